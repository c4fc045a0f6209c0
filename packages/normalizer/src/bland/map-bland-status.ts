import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * Bland `status` → unified status. `status` is "the most up-to-date status of the call, but is only present
 * for calls that have been successfully created" (https://docs.bland.ai/api-v1/get/calls-id, `status`):
 * `completed` (human or voicemail answered) → `ended`; `failed` → `error`; `busy`, `no-answer`, `canceled` →
 * `not_connected`; `unknown` → `unknown`.
 */
export const BLAND_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  completed: "ended",
  failed: "error",
  busy: "not_connected",
  "no-answer": "not_connected",
  canceled: "not_connected",
  cancelled: "not_connected",
  unknown: "unknown",
});

/**
 * Bland `queue_status` → unified status, used when `status` is absent (List Calls rows, calls not yet
 * created). Source: https://docs.bland.ai/api-v1/get/calls-id (`queue_status`): `new`, `queued`, `allocated`
 * → `queued`; `started` (live) → `in_progress`; `complete` (and `completed`, which the Call Details example
 * shows) → `ended`; `pre_queue_error`, `queue_error`, `call_error` → `error`; `complete_error` ("error
 * after the call was completed, e.g. a post-call webhook failed": the call itself ended) → `ended`.
 */
export const BLAND_QUEUE_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  new: "queued",
  queued: "queued",
  allocated: "queued",
  started: "in_progress",
  complete: "ended",
  completed: "ended",
  pre_queue_error: "error",
  queue_error: "error",
  call_error: "error",
  complete_error: "ended",
});

/**
 * The unified status of a Bland call, `{ unified, raw }` with `raw` the value of the field that decided it:
 * 1. `status` when present ({@link BLAND_STATUS}; an unknown value → `unknown` with a warning);
 * 2. else `queue_status` ({@link BLAND_QUEUE_STATUS}); but `completed: true` wins over a `queue_status` that
 *    still says queued or in progress ("If it differs from the value of `queue_status`, this will be the
 *    most up-to-date status", https://docs.bland.ai/api-v1/get/calls-id, `completed`) → `ended`, with `raw`
 *    the `queue_status`;
 * 3. else `completed: true` → `ended` (no `raw`: no status string was sent);
 * 4. else `{ unified: "unknown" }` with a warning on `status`. Never throws.
 */
export function mapBlandStatus(ctx: Ctx, call: JsonObject): CallStatus {
  const status = mapEnum(ctx, call, "status", "status", BLAND_STATUS, "unknown");
  if (status) return status;
  const completed = ctx.boolean(call?.completed, "completed");
  const queue = mapEnum(ctx, call, "queue_status", "queue_status", BLAND_QUEUE_STATUS, "unknown");
  if (queue) {
    const inFlight = queue.unified === "queued" || queue.unified === "in_progress";
    return completed === true && inFlight ? { unified: "ended", raw: queue.raw } : queue;
  }
  if (completed === true) return { unified: "ended" };
  ctx.warn("status", "missing, and no queue_status either; status is unknown");
  return { unified: "unknown" };
}
