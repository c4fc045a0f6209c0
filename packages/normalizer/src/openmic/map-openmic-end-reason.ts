import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapEnum } from "../shared/enum.js";

/**
 * OpenMic end reason → unified end reason. The Get Call page
 * (https://docs.openmic.ai/api-reference/calls/get-call) has no end-reason field; OpenMic's
 * post-call webhook (https://docs.openmic.ai/post-call-webhook) sends `disconnectionReason` (e.g.
 * `user_ended_call`), and the API's
 * Retell-style record may carry it as `disconnection_reason`. When present it is mapped:
 * `user_ended_call`/`user_hangup` → `user_hangup`; `agent_ended_call`/`agent_hangup` → `agent_hangup`;
 * `call_transfer` → `transfer`; `voicemail_reached` → `voicemail`; `dial_no_answer` → `no_answer`;
 * `dial_busy` → `busy`; `max_duration_reached` → `max_duration`; `inactivity` → `inactivity`;
 * `error`/`dial_failed` → `error`. Other values → `other` with a warning. Absent → `undefined`.
 */
export const OPENMIC_END_REASON: Readonly<Record<string, UnifiedEndReason>> = {
  user_ended_call: "user_hangup",
  user_hangup: "user_hangup",
  agent_ended_call: "agent_hangup",
  agent_hangup: "agent_hangup",
  call_transfer: "transfer",
  voicemail_reached: "voicemail",
  dial_no_answer: "no_answer",
  dial_busy: "busy",
  max_duration_reached: "max_duration",
  inactivity: "inactivity",
  error: "error",
  dial_failed: "error",
};

/** Maps `call.disconnection_reason`; see {@link OPENMIC_END_REASON}. */
export function mapOpenMicEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  return mapEnum(ctx, call, "disconnection_reason", "disconnection_reason", OPENMIC_END_REASON, "other");
}
