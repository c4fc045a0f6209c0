import type { EndReason, WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx, compact, nonEmpty } from "../common/context.js";
import { isoToIso, secondsToMs } from "../common/time.js";
import { webhookEvent } from "../common/webhook.js";
import type { ButterWebhookEvent } from "./butter-call.js";
import { mapButterStatus } from "./map-butter-status.js";

/**
 * Butter status → event type (https://docs.getbutter.ai/advanced/webhooks): `in-progress` ("answered and the bot
 * is active") → `call.started`; the final statuses `completed`, `failed`, `busy`, `no-answer`, `canceled` →
 * `call.ended`; `queued`, `initiated`, `ringing` and anything else → `call.status`.
 */
const TYPE: Readonly<Record<string, WebhookEventType>> = Object.freeze({
  "in-progress": "call.started",
  in_progress: "call.started",
  completed: "call.ended",
  failed: "call.ended",
  busy: "call.ended",
  "no-answer": "call.ended",
  canceled: "call.ended",
});
/** Final statuses that also say why the call ended (https://docs.getbutter.ai/resources/disconnect-codes). */
const END_REASON: Readonly<Record<string, EndReason["unified"]>> = Object.freeze({
  busy: "busy",
  "no-answer": "no_answer",
  failed: "error",
});

/**
 * Normalizes a Butter status webhook `{call_sid, status, duration, timestamp, error_code, error_message}`
 * (https://docs.getbutter.ai/advanced/webhooks) into a {@link WebhookEvent}.
 *
 * - `status` is `raw.type` and → `type` (see `TYPE` above) and `call.status` (the REST status table, e.g.
 *   `no-answer` → `not_connected`, `completed` → `ended`); `busy`/`no-answer`/`failed` also give `endReason`
 *   (`busy`/`no_answer`/`error`).
 * - `call_sid` → `callId` and `call.id`; `timestamp` (ISO) → `occurredAt`; `duration` (**seconds**, Twilio's
 *   `CallDuration`) → `durationMs`; `error_code`/`error_message` → `call.metadata`.
 *
 * @throws {NormalizeError} when the payload is not an object or `call_sid`/`status` is missing/not a string.
 */
export function normalizeButterWebhook(payload: ButterWebhookEvent | unknown): WebhookEvent {
  const ctx = new Ctx("butter");
  const input = ctx.root(payload);
  const id = ctx.id(input?.call_sid, "call_sid");
  const rawType = ctx.id(input?.status, "status");
  const key = rawType.toLowerCase();
  const seconds = ctx.number(input?.duration, "duration", { nonNegative: true });
  const errorCode = input.error_code;
  return webhookEvent(ctx, input, {
    type: Object.hasOwn(TYPE, key) ? (TYPE[key] as WebhookEventType) : "call.status",
    rawType,
    occurredAt: isoToIso(ctx, input, "timestamp", "timestamp"),
    callId: id,
    call: compact({
      provider: "butter" as const,
      id,
      status: mapButterStatus(ctx, input),
      durationMs: seconds === undefined ? undefined : secondsToMs(seconds),
      endReason: Object.hasOwn(END_REASON, key)
        ? { unified: END_REASON[key] as EndReason["unified"], raw: rawType }
        : undefined,
      metadata: nonEmpty({
        error_code: typeof errorCode === "string" || typeof errorCode === "number" ? errorCode : undefined,
        error_message: ctx.string(input?.error_message, "error_message"),
      }),
      raw: input,
      warnings: ctx.warnings,
    }),
  });
}
