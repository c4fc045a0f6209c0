import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * ThinnestAI `ended_reason` → unified end reason, compared case-insensitively. Source:
 * https://docs.thinnest.ai/api-reference/calls/get
 * (`ended_reason` "Why the call ended", an open string; the example is `user_hangup`) and the product issue
 * rules: `user_hangup` → `user_hangup`; the other plausible values are our table (ThinnestAI does not
 * enumerate them), written in the documented example's snake_case:
 * - `agent_hangup`, `assistant_hangup` → `agent_hangup`;
 * - `transfer`, `call_transfer`, `transferred` → `transfer`;
 * - `voicemail`, `voicemail_detected` → `voicemail`;
 * - `no_answer` → `no_answer`; `busy` → `busy`;
 * - `max_duration`, `max_duration_reached` → `max_duration`;
 * - `inactivity`, `silence_timeout`, `idle_timeout` → `inactivity`;
 * - `error`, `failed` → `error`.
 * A bare `timeout` is deliberately not in the table (it could be either `max_duration` or `inactivity`).
 * Anything else → `unknown` with a warning (product issue rule); absent or `null` → `undefined`.
 */
export const THINNESTAI_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  assistant_hangup: "agent_hangup",
  transfer: "transfer",
  call_transfer: "transfer",
  transferred: "transfer",
  voicemail: "voicemail",
  voicemail_detected: "voicemail",
  no_answer: "no_answer",
  busy: "busy",
  max_duration: "max_duration",
  max_duration_reached: "max_duration",
  inactivity: "inactivity",
  silence_timeout: "inactivity",
  idle_timeout: "inactivity",
  error: "error",
  failed: "error",
});

/** Maps `call.ended_reason` → `{unified, raw}`; see {@link THINNESTAI_END_REASON}. Never throws. */
export function mapThinnestAIEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  return mapEnum(ctx, call, "ended_reason", "ended_reason", THINNESTAI_END_REASON, "unknown");
}
