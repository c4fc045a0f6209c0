import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * Retell `disconnection_reason` → unified end reason, for every documented value (the `DisconnectionReason`
 * enum of specs/retell.yaml): those of Retell's SDK (https://github.com/RetellAI/retell-typescript-sdk,
 * `src/resources/call.ts`; the reference https://docs.retellai.com/api-references/get-call lists them) and the
 * retired ones older records may carry
 * (`machine_detected`, `error_inbound_webhook`, `error_twilio`, `error_frontend_corrupted_payload`).
 * Meanings: https://docs.retellai.com/reliability/debug-call-disconnect.
 * - `user_hangup` → `user_hangup`; `agent_hangup` → `agent_hangup`;
 * - `call_transfer`, `transfer_bridged` (the transfer connected) and `call_take_over` (a human took the
 *   call over) → `transfer`;
 * - `voicemail_reached` and `machine_detected` (an answering machine) → `voicemail`; `inactivity` → `inactivity`; `max_duration_reached` → `max_duration`;
 * - `dial_busy` and `user_declined` (a declined call is signalled like a busy line) → `busy`;
 *   `dial_no_answer` → `no_answer`;
 * - every `error_*` value (the retired `error_inbound_webhook`, `error_twilio`,
 *   `error_frontend_corrupted_payload` included), `dial_failed`, `invalid_destination`, `sip_routing_error`,
 *   `telephony_provider_permission_denied`, `telephony_provider_unavailable`, `concurrency_limit_reached`,
 *   `no_concurrency_fallback`, `no_valid_payment` → `error`;
 * - `ivr_reached` (an automated menu, not a voicemail), `scam_detected`, `marked_as_spam`,
 *   `registered_call_timeout`, `transfer_cancelled`, `manual_stopped` → `other` (documented values with no
 *   unified equivalent: no warning).
 * A value not listed → `unknown` with a warning (drift: a value new to us); `raw` always keeps Retell's value. Absent → `undefined`.
 */
export const RETELL_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  user_hangup: "user_hangup",
  agent_hangup: "agent_hangup",
  call_transfer: "transfer",
  transfer_bridged: "transfer",
  call_take_over: "transfer",
  voicemail_reached: "voicemail",
  machine_detected: "voicemail",
  inactivity: "inactivity",
  max_duration_reached: "max_duration",
  dial_busy: "busy",
  user_declined: "busy",
  dial_no_answer: "no_answer",
  dial_failed: "error",
  invalid_destination: "error",
  sip_routing_error: "error",
  telephony_provider_permission_denied: "error",
  telephony_provider_unavailable: "error",
  concurrency_limit_reached: "error",
  no_concurrency_fallback: "error",
  no_valid_payment: "error",
  error_llm_websocket_open: "error",
  error_llm_websocket_lost_connection: "error",
  error_llm_websocket_runtime: "error",
  error_llm_websocket_corrupt_payload: "error",
  error_no_audio_received: "error",
  error_asr: "error",
  error_retell: "error",
  error_unknown: "error",
  error_user_not_joined: "error",
  error_inbound_webhook: "error",
  error_twilio: "error",
  error_frontend_corrupted_payload: "error",
  ivr_reached: "other",
  scam_detected: "other",
  marked_as_spam: "other",
  registered_call_timeout: "other",
  transfer_cancelled: "other",
  manual_stopped: "other",
});

/** Maps `call.disconnection_reason`; see {@link RETELL_END_REASON}. */
export function mapRetellEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  return mapEnum(ctx, call, "disconnection_reason", "disconnection_reason", RETELL_END_REASON, "unknown");
}
