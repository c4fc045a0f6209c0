import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapEnum } from "../shared/enum.js";

/**
 * Zudu `call_status` → unified status, compared case-insensitively (providers.md: documented upper case,
 * one page shows lower case). Source: providers.md enum `REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED`:
 * `REGISTERED`/`SCHEDULED` → `queued` (created, not yet connected), `ONGOING` → `in_progress`, `ENDED` →
 * `ended`, `ERROR` → `error`. Anything else → `unknown` with a warning; missing → `unknown` with a warning.
 */
export const ZUDU_STATUS: Readonly<Record<string, UnifiedStatus>> = {
  registered: "queued",
  scheduled: "queued",
  ongoing: "in_progress",
  ended: "ended",
  error: "error",
};

/** Maps `call.call_status`; see {@link ZUDU_STATUS}. */
export function mapZuduStatus(ctx: Ctx, call: JsonObject): CallStatus {
  const status = mapEnum(ctx, call, "call_status", "call_status", ZUDU_STATUS, "unknown");
  if (status) return status;
  ctx.warn("call_status", "missing; status is unknown");
  return { unified: "unknown" };
}
