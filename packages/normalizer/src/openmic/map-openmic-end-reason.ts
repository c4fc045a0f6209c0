import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * OpenMic end reason → unified end reason. The Get Call page has no end-reason field; the post-call webhook
 * sends `disconnectionReason` and lists its 13 values (https://docs.openmic.ai/post-call-webhook, "Disconnection
 * Reasons"); the REST record may carry the same value as `disconnection_reason`. Mapping:
 * - natural endings: `user_ended_call` → `user_hangup`; `agent_ended_call` → `agent_hangup`; `call_completed`
 *   ("reached natural conclusion", no side named) → `other`;
 * - connection issues: `dial_failed` → `error`; `dial_no_answer` → `no_answer`; `dial_busy` → `busy`;
 *   `network_error` → `error`;
 * - system issues: `agent_error` → `error`; `timeout` ("exceeded maximum duration") → `max_duration`;
 *   `system_error` → `error`;
 * - transfers: `transferred_to_human`, `transferred_to_external` → `transfer`; `voicemail` → `voicemail`.
 * Retell-style spellings seen on the REST record are accepted too (`user_hangup`, `agent_hangup`,
 * `call_transfer`, `voicemail_reached`, `max_duration_reached`, `inactivity`, `error`). Any other value → `unknown`
 * with a warning. Absent → `undefined`.
 */
export const OPENMIC_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  user_ended_call: "user_hangup",
  agent_ended_call: "agent_hangup",
  call_completed: "other",
  dial_failed: "error",
  dial_no_answer: "no_answer",
  dial_busy: "busy",
  network_error: "error",
  agent_error: "error",
  timeout: "max_duration",
  system_error: "error",
  transferred_to_human: "transfer",
  transferred_to_external: "transfer",
  voicemail: "voicemail",
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  call_transfer: "transfer",
  voicemail_reached: "voicemail",
  max_duration_reached: "max_duration",
  inactivity: "inactivity",
  error: "error",
});

/** OpenMic's 13 documented webhook `disconnectionReason` values (https://docs.openmic.ai/post-call-webhook). */
export const OPENMIC_DISCONNECTION_REASONS = Object.keys(OPENMIC_END_REASON).slice(0, 13);

/**
 * Maps `call.disconnection_reason` (REST record) or, with `key: "disconnectionReason"`, the webhook's field; see
 * {@link OPENMIC_END_REASON}.
 */
export function mapOpenMicEndReason(
  ctx: Ctx,
  call: JsonObject,
  key: "disconnection_reason" | "disconnectionReason" = "disconnection_reason",
): EndReason | undefined {
  return mapEnum(ctx, call, key, key, OPENMIC_END_REASON, "unknown");
}
