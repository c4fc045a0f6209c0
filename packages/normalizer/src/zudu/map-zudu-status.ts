import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * Zudu `call_status` → unified status, compared case-insensitively
 * (https://docs.zudu.ai/api-reference/calls/get-calls-call-id: documented upper case,
 * one page shows lower case). Source: https://docs.zudu.ai/api-reference/calls/list enum `REGISTERED,
 * ONGOING, ENDED, ERROR, SCHEDULED` and
 * the product issue's rule: `REGISTERED`/`SCHEDULED` → `queued` (created, not yet connected), `ONGOING` →
 * `in_progress` (the https://docs.zudu.ai/api-reference/calls/get-calls-call-id call), `ENDED` → `ended`,
 * `ERROR` → `error`.
 */
export const ZUDU_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  registered: "queued",
  scheduled: "queued",
  ongoing: "in_progress",
  ended: "ended",
  error: "error",
});

/**
 * Maps `call.call_status` through {@link ZUDU_STATUS} to `{unified, raw}` (`raw` as sent). Any other value →
 * `unknown` with a warning; a missing (or mistyped) value → `{unified: "unknown"}` with a warning, since the
 * unified `status` is required. Never throws.
 */
export function mapZuduStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "call_status", ZUDU_STATUS);
}
