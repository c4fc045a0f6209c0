import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapEnum } from "../shared/enum.js";

/**
 * Zudu `disconnection_reason` → unified end reason, compared case-insensitively. Source: providers.md
 * (`USER_HANGUP`; the field set mirrors Retell AI's call object, whose documented values are used):
 * `USER_HANGUP` → `user_hangup`; `AGENT_HANGUP` → `agent_hangup`; `CALL_TRANSFER` → `transfer`;
 * `VOICEMAIL_REACHED` → `voicemail`; `DIAL_NO_ANSWER`/`NO_ANSWER` → `no_answer`; `DIAL_BUSY`/`BUSY` →
 * `busy`; `MAX_DURATION_REACHED` → `max_duration`; `INACTIVITY` → `inactivity`; `ERROR`, `DIAL_FAILED`
 * and Retell's `ERROR_*` family → `error`. Anything else → `other` with a warning; `null` (an ongoing
 * call, as in the seed) → `undefined`.
 */
export const ZUDU_END_REASON: Readonly<Record<string, UnifiedEndReason>> = {
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  call_transfer: "transfer",
  voicemail_reached: "voicemail",
  dial_no_answer: "no_answer",
  no_answer: "no_answer",
  dial_busy: "busy",
  busy: "busy",
  max_duration_reached: "max_duration",
  inactivity: "inactivity",
  error: "error",
  dial_failed: "error",
};

/** Maps `call.disconnection_reason`; see {@link ZUDU_END_REASON}. */
export function mapZuduEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  const raw = ctx.string(call, "disconnection_reason", "disconnection_reason");
  if (raw?.toLowerCase().startsWith("error")) return { unified: "error", raw };
  return mapEnum(ctx, call, "disconnection_reason", "disconnection_reason", ZUDU_END_REASON, "other");
}
