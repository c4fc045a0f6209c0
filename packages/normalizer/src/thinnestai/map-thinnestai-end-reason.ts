import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapEnum } from "../shared/enum.js";

/**
 * ThinnestAI `ended_reason` → unified end reason. Source: seed 003 gives `user_hangup` ("Why the call
 * ended", values not enumerated); the product rule maps `user_hangup` → `user_hangup`. The other values are
 * the common voice-agent vocabulary, compared case-insensitively: `agent_hangup`/`assistant_hangup` →
 * `agent_hangup`; `transfer`/`call_transfer`/`transferred` → `transfer`; `voicemail` → `voicemail`;
 * `no_answer` → `no_answer`; `busy` → `busy`; `max_duration`/`max_duration_reached`/`timeout` →
 * `max_duration`; `inactivity`/`silence_timeout`/`idle_timeout` → `inactivity`; `error`/`failed` → `error`.
 * Anything else → `other` with a warning; absent or `null` → `undefined`.
 */
export const THINNESTAI_END_REASON: Readonly<Record<string, UnifiedEndReason>> = {
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  assistant_hangup: "agent_hangup",
  transfer: "transfer",
  call_transfer: "transfer",
  transferred: "transfer",
  voicemail: "voicemail",
  no_answer: "no_answer",
  busy: "busy",
  max_duration: "max_duration",
  max_duration_reached: "max_duration",
  timeout: "max_duration",
  inactivity: "inactivity",
  silence_timeout: "inactivity",
  idle_timeout: "inactivity",
  error: "error",
  failed: "error",
};

/** Maps `call.ended_reason`; see {@link THINNESTAI_END_REASON}. */
export function mapThinnestAIEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  return mapEnum(ctx, call, "ended_reason", "ended_reason", THINNESTAI_END_REASON, "other");
}
