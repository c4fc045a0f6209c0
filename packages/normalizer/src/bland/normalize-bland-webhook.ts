import type { WebhookCall, WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx } from "../common/context.js";
import { webhookEvent } from "../common/webhook.js";
import { normalizeBlandCall } from "./normalize-bland-call.js";
import type { BlandPostCallWebhook } from "./types.js";

/** `raw.type` of a post-call body that names no `event_type` (Bland's standard post-call webhook). */
export const BLAND_POST_CALL = "post-call";

/**
 * Live-event categories that report the call's progress (`Call enqueued`, `Call connected`, …) → `call.status`;
 * every other category (`latency`, `webhook`, `tool`, `dynamic_data`, `citations`, `evals`,
 * `post_transfer_transcript`) is a log line → `other`. Source: https://docs.bland.ai/api-v1/post/calls
 * (`webhook_events`).
 */
const STATUS_CATEGORIES: ReadonlySet<string> = new Set(["queue", "call"]);

/**
 * Normalizes a Bland webhook body into a {@link WebhookEvent}. Bland POSTs two kinds of body to a call's
 * `webhook` URL:
 *
 * - The post-call webhook (https://docs.bland.ai/tutorials/post-call-webhooks): the call details with
 *   `transcripts` → `call.ended`, `call` normalized exactly as `GET /v1/calls/{id}` ({@link normalizeBlandCall}:
 *   `corrected_duration` seconds → `durationMs`, `price` USD, transcript offsets from `started_at`); `raw.type` is
 *   its `event_type` on the delayed delivery (`citations`, `post_transfer_transcript`, `multiple`), else
 *   `"post-call"`; `occurredAt` is the call's `endedAt`.
 * - A live call event `{ message, call_id, category, log_level }` (https://docs.bland.ai/api-v1/post/calls,
 *   `webhook_events`), recognised by a string `category`: `raw.type` is the category; `queue` and `call` →
 *   `call.status` (the message is the only detail: `call` has no status), anything else → `other`; `call_id` →
 *   `callId`. Bland sends no event time, so `occurredAt` is absent.
 *
 * @throws {NormalizeError} when the payload is not an object, or has no string (or integer) `call_id`.
 */
export function normalizeBlandWebhook(payload: BlandPostCallWebhook | unknown): WebhookEvent {
  const ctx = new Ctx("bland");
  const input = ctx.root(payload);
  if (typeof input.category === "string" && input.category !== "") {
    const callId = ctx.id(input?.call_id, "call_id", { integer: true });
    const category = input.category;
    const type: WebhookEventType = STATUS_CATEGORIES.has(category) ? "call.status" : "other";
    const call: WebhookCall | undefined =
      type === "call.status" ? { provider: "bland", id: callId, raw: input, warnings: [] } : undefined;
    return webhookEvent(ctx, input, { type, rawType: category, callId, call });
  }
  const eventType = ctx.string(input?.event_type, "event_type");
  const call = normalizeBlandCall(input);
  return webhookEvent(ctx, input, {
    type: "call.ended",
    rawType: eventType ?? BLAND_POST_CALL,
    occurredAt: call.endedAt,
    callId: call.id,
    call,
  });
}
