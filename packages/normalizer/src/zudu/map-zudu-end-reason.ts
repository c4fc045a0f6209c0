import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * Zudu `disconnection_reason` → unified end reason, keys lower-case (compared case-insensitively, so
 * `USER_HANGUP` and `user_hangup` agree). Sources: https://docs.zudu.ai/api-reference/calls/get (Zudu
 * documents only `USER_HANGUP` and says
 * its call object mirrors Retell AI's), the product issue's rule, and Retell's documented disconnection
 * reasons (docs.retellai.com "Debug call disconnection"):
 *
 * | raw (any case)                                                | unified        |
 * | ------------------------------------------------------------- | -------------- |
 * | `USER_HANGUP`                                                 | `user_hangup`  |
 * | `AGENT_HANGUP`                                                | `agent_hangup` |
 * | `CALL_TRANSFER`, `TRANSFER_BRIDGED`                           | `transfer`     |
 * | `VOICEMAIL_REACHED`, `MACHINE_DETECTED`                       | `voicemail`    |
 * | `DIAL_NO_ANSWER`, `NO_ANSWER`                                 | `no_answer`    |
 * | `DIAL_BUSY`, `BUSY`, `USER_DECLINED`                          | `busy`         |
 * | `MAX_DURATION_REACHED`                                        | `max_duration` |
 * | `INACTIVITY`                                                  | `inactivity`   |
 * | `ERROR`, every `ERROR_*` (e.g. `ERROR_LLM_WEBSOCKET_OPEN`), `DIAL_FAILED`, `INVALID_DESTINATION`, `TELEPHONY_PROVIDER_PERMISSION_DENIED`, `TELEPHONY_PROVIDER_UNAVAILABLE`, `SIP_ROUTING_ERROR`, `MARKED_AS_SPAM`, `CONCURRENCY_LIMIT_REACHED`, `NO_VALID_PAYMENT`, `SCAM_DETECTED`, `REGISTERED_CALL_TIMEOUT` | `error` |
 * | `IVR_REACHED`, `TRANSFER_CANCELLED` (documented, no unified equivalent; no warning) | `other` |
 *
 * Decisions beyond the rule: `MACHINE_DETECTED` (Retell drops the call when an answering machine is
 * detected) → `voicemail`; `USER_DECLINED` (the callee rejected the call; carriers report a rejection as
 * busy) → `busy`; Retell's connection/billing/spam failures → `error`, as Retell itself classes them.
 * The `ERROR_*` family is matched by prefix in {@link mapZuduEndReason}.
 */
export const ZUDU_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  call_transfer: "transfer",
  transfer_bridged: "transfer",
  voicemail_reached: "voicemail",
  machine_detected: "voicemail",
  dial_no_answer: "no_answer",
  no_answer: "no_answer",
  dial_busy: "busy",
  busy: "busy",
  user_declined: "busy",
  max_duration_reached: "max_duration",
  inactivity: "inactivity",
  error: "error",
  dial_failed: "error",
  invalid_destination: "error",
  telephony_provider_permission_denied: "error",
  telephony_provider_unavailable: "error",
  sip_routing_error: "error",
  marked_as_spam: "error",
  concurrency_limit_reached: "error",
  no_valid_payment: "error",
  scam_detected: "error",
  registered_call_timeout: "error",
  ivr_reached: "other",
  transfer_cancelled: "other",
});

/**
 * Maps `call.disconnection_reason` to `{unified, raw}` (`raw` as sent) through {@link ZUDU_END_REASON};
 * a value starting with `error` (any case: Retell's `ERROR_*` family) → `error`. `null`/absent (an ongoing
 * call, as in https://docs.zudu.ai/api-reference/calls/get-calls-call-id) → `undefined`; any other value →
 * `unknown` with a warning; a non-string → `undefined`
 * with a warning. Never throws.
 */
export function mapZuduEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  const value = call.disconnection_reason;
  if (typeof value === "string" && value.toLowerCase().startsWith("error")) {
    return { unified: "error", raw: value };
  }
  return mapEnum(ctx, call, "disconnection_reason", "disconnection_reason", ZUDU_END_REASON, "unknown");
}
