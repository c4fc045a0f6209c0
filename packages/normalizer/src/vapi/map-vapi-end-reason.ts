import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * Vapi `endedReason` values with their own unified reason. Source: https://docs.vapi.ai/calls/call-ended-reason
 * ("Assistant actions", "Customer actions", "Timeouts", "Call hooks", "Other reasons").
 */
export const VAPI_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  "customer-ended-call": "user_hangup",
  "customer-ended-call-before-warm-transfer": "user_hangup",
  "customer-ended-call-after-warm-transfer-attempt": "user_hangup",
  "customer-ended-call-during-transfer": "user_hangup",
  "call.ringing.sip-inbound-caller-hungup-before-call-connect": "user_hangup",
  "customer-busy": "busy",
  "call.forwarding.operator-busy": "busy",
  "customer-did-not-answer": "no_answer",
  "call.forwarding.no-answer": "no_answer",
  "customer-did-not-give-microphone-permission": "other",
  "assistant-ended-call": "agent_hangup",
  "assistant-ended-call-after-message-spoken": "agent_hangup",
  "assistant-ended-call-with-hangup-task": "agent_hangup",
  "assistant-said-end-call-phrase": "agent_hangup",
  "call.ringing.hook-executed-say": "agent_hangup",
  "call.ending.hook-executed-say": "agent_hangup",
  "assistant-forwarded-call": "transfer",
  "call.ringing.hook-executed-transfer": "transfer",
  "call.ending.hook-executed-transfer": "transfer",
  "silence-timed-out": "inactivity",
  "exceeded-max-duration": "max_duration",
  voicemail: "voicemail",
  "manually-canceled": "other",
  "call-deleted": "other",
  "scheduled-call-deleted": "other",
  "vonage-disconnected": "other",
  "vonage-completed": "other",
  "call.in-progress.twilio-completed-call": "other",
  "call.in-progress.sip-completed-call": "other",
});

/**
 * Families of `endedReason` (Vapi's reference lists several hundred values and adds more), by prefix, after the exact
 * values of {@link VAPI_END_REASON}. Source: https://docs.vapi.ai/calls/call-ended-reason ("Understanding
 * error prefixes", "Call start errors", "Pipeline errors", "Transfer errors", "Transport and connectivity"):
 * - `pipeline-error-*`, `pipeline-no-available-*` (provider errors, legacy), `call.start.*` (`call.start.error-*`, `call.start.assistant-version-error-*`) and
 *   `call-start-error-*` (before the call connects), `call.in-progress.error-*` (`vapifault`/`providerfault`
 *   during the call), `call.ringing.error-*`, `assistant-request-*`, `assistant-not-*`,
 *   `assistant-join-timed-out`, `twilio-*`/`vonage-*` connection failures, `phone-call-provider-*`,
 *   `worker-*` → `error`;
 * - `customer-ended-call*` → `user_hangup`; `assistant-ended-call*` → `agent_hangup`.
 */
export const VAPI_END_REASON_FAMILIES: readonly (readonly [prefix: string, unified: UnifiedEndReason])[] = [
  ["customer-ended-call", "user_hangup"],
  ["assistant-ended-call", "agent_hangup"],
  ["pipeline-error-", "error"],
  ["pipeline-no-available-", "error"],
  ["call.start.", "error"],
  ["call-start-error-", "error"],
  ["call.in-progress.error-", "error"],
  ["call.ringing.error-", "error"],
  ["assistant-request-", "error"],
  ["assistant-not-", "error"],
  ["assistant-join-timed-out", "error"],
  ["twilio-", "error"],
  ["vonage-", "error"],
  ["phone-call-provider-", "error"],
  ["worker-", "error"],
];

/**
 * Maps `obj[key]` (`endedReason`) by exact value ({@link VAPI_END_REASON}), then by family
 * ({@link VAPI_END_REASON_FAMILIES}). Any other value → `unknown`, with a warning; `raw` always keeps the value
 * as sent (Vapi's own guides show `hangup` and `assistantEndedCall`, outside its enum). Absent → `undefined`;
 * a non-string → a warning and `undefined`.
 */
export function mapVapiEndReason(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key = "endedReason",
  path = key,
): EndReason | undefined {
  const raw = ctx.string(obj?.[key], path);
  if (raw === undefined) return undefined;
  if (Object.hasOwn(VAPI_END_REASON, raw)) return { unified: VAPI_END_REASON[raw] as UnifiedEndReason, raw };
  for (const [prefix, unified] of VAPI_END_REASON_FAMILIES) {
    if (raw.startsWith(prefix)) return { unified, raw };
  }
  ctx.warn(path, `unknown value ${JSON.stringify(raw)}; mapped to "unknown"`);
  return { unified: "unknown", raw };
}
