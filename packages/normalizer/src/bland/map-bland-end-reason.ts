import type { EndReason } from "../call.js";
import { type Ctx, isObject, type JsonObject } from "../common/context.js";

/**
 * The documented `error_message` for a busy line ("Call failed. The number you dialed is busy. Please try
 * again later.", SIP 486; https://docs.bland.ai/tutorials/post-call-webhooks, Error Message Reference).
 */
const BUSY_MESSAGE = /number you dialed is busy/i;

/**
 * A non-empty string field, else `undefined` — silently: these fields are type-checked (and warned about)
 * where they are mapped themselves (status, metadata), so a wrong type is reported once.
 */
function text(call: JsonObject, key: string): string | undefined {
  const value = call[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Why a Bland call ended, `{ unified, raw }`, with `raw` the value of the field that decided it. Bland has
 * no single end-reason field; the first rule that applies wins:
 *
 * | field (https://docs.bland.ai/api-v1/get/calls-id)             | unified        | raw               |
 * | ------------------------------------------------------------- | -------------- | ----------------- |
 * | `status: busy`                                                | `busy`         | `busy`            |
 * | `status: no-answer`, or `answered_by: no-answer`              | `no_answer`    | `no-answer`       |
 * | `status: canceled` ("canceled before completion")             | `other`        | `canceled`        |
 * | `status: failed` with the busy `error_message`                | `busy`         | the message       |
 * | `status: failed`, `queue_status` `pre_queue_error`/`queue_error`/`call_error` | `error` | `error_message` when given, else the status value |
 * | `answered_by: voicemail`                                      | `voicemail`    | `voicemail`       |
 * | `transferred_to` set, or `warm_transfer_call.state: MERGED`   | `transfer`     | `transferred_to` (or `MERGED`) |
 * | `call_ended_by: ASSISTANT` / `USER`                           | `agent_hangup` / `user_hangup` | the value |
 *
 * Nothing applies → `undefined`. `error_message` on a call whose `status` is `completed` (the webhook
 * examples show one) does not make it an error: `status` is the most up-to-date state. An undocumented
 * `call_ended_by` → `unknown` with a warning (enum drift: the value is new to us). Wrong types count as absent here (they are warned about where those fields are mapped). Never throws.
 */
export function mapBlandEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  const status = text(call, "status")?.toLowerCase();
  const queueStatus = text(call, "queue_status")?.toLowerCase();
  const answeredBy = text(call, "answered_by")?.toLowerCase();
  const errorMessage = text(call, "error_message");

  if (status === "busy") return { unified: "busy", raw: call.status as string };
  if (status === "no-answer") return { unified: "no_answer", raw: call.status as string };
  if (status === undefined && answeredBy === "no-answer")
    return { unified: "no_answer", raw: call.answered_by as string };
  if (status === "canceled" || status === "cancelled")
    return { unified: "other", raw: call.status as string };
  const failedQueue =
    queueStatus === "pre_queue_error" || queueStatus === "queue_error" || queueStatus === "call_error";
  if (status === "failed" || (status === undefined && failedQueue)) {
    if (errorMessage !== undefined && BUSY_MESSAGE.test(errorMessage))
      return { unified: "busy", raw: errorMessage };
    return {
      unified: "error",
      raw: errorMessage ?? ((status === "failed" ? call.status : call.queue_status) as string),
    };
  }
  if (answeredBy === "voicemail") return { unified: "voicemail", raw: call.answered_by as string };
  if (answeredBy === "no-answer") return { unified: "no_answer", raw: call.answered_by as string };

  const transferredTo = text(call, "transferred_to");
  if (transferredTo !== undefined) return { unified: "transfer", raw: transferredTo };
  const warm = call.warm_transfer_call;
  if (isObject(warm) && typeof warm.state === "string" && warm.state.toUpperCase() === "MERGED")
    return { unified: "transfer", raw: warm.state };

  const endedBy = ctx.string(call?.call_ended_by, "call_ended_by");
  if (endedBy === undefined) return undefined;
  const upper = endedBy.toUpperCase();
  if (upper === "ASSISTANT") return { unified: "agent_hangup", raw: endedBy };
  if (upper === "USER") return { unified: "user_hangup", raw: endedBy };
  ctx.warn("call_ended_by", `unknown value ${JSON.stringify(endedBy)}; mapped to "unknown"`);
  return { unified: "unknown", raw: endedBy };
}
