import type { Ctx, JsonObject } from "../common/context.js";
import { formatEpochMs, instantMs, isoToIso } from "../common/time.js";

/** Latest epoch ms a Date can hold. */
const MAX_DATE_MS = 8.64e15;

/**
 * `startedAt` and `endedAt` of a Bland call (ISO 8601 UTC with ms).
 * - `startedAt` ← `started_at`, "the time the call was connected" (https://docs.bland.ai/api-v1/get/calls-id).
 *   `created_at` (when the request was created) is not a start time and is not used.
 * - `endedAt` = `startedAt + durationMs` (the duration from {@link convertBlandDuration}). Bland has **no**
 *   end-time field: `end_at` is documented as "the time that the call will automatically be ended at if
 *   it's still connected (because of `max_duration`)" — a scheduled cut-off, and in the post-call webhook
 *   examples it is after the real end (https://docs.bland.ai/tutorials/post-call-webhooks: started
 *   20:39:03.168, 11 s long, `end_at` 20:39:21). So `end_at` is never read as the end; it stays in
 *   `metadata.end_at` and `raw`. Without a start or a duration, `endedAt` is absent.
 */
export function convertBlandTimes(
  ctx: Ctx,
  call: JsonObject,
  durationMs: number | undefined,
): { startedAt?: string; endedAt?: string } {
  const startedAt = isoToIso(ctx, call, "started_at", "started_at");
  if (startedAt === undefined || durationMs === undefined) return { startedAt };
  const end = instantMs(startedAt) + durationMs;
  if (Math.abs(end) > MAX_DATE_MS) {
    ctx.warn("started_at", "started_at + duration is out of the date range; endedAt left out");
    return { startedAt };
  }
  return { startedAt, endedAt: formatEpochMs(end) };
}
