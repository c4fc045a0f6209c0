import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapStatus } from "../shared/enum.js";

/**
 * ThinnestAI `status` → unified status. Source: ThinnestAI "Get Call" reference (seed 003), `status`:
 * `active, ended, error, pending, deleted`; the product rule maps `active` → `in_progress` and
 * `pending` → `queued`. `ended` → `ended`, `error` → `error`. `deleted` is documented but has no unified
 * equivalent: it maps to `unknown` without a warning (the raw value says it). Anything else → `unknown`
 * with a warning; a missing status → `unknown` with a warning.
 */
export const THINNESTAI_STATUS: Readonly<Record<string, UnifiedStatus>> = {
  active: "in_progress",
  pending: "queued",
  ended: "ended",
  error: "error",
  deleted: "unknown",
};

/** Maps `call.status`; see {@link THINNESTAI_STATUS}. */
export function mapThinnestAIStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "status", THINNESTAI_STATUS);
}
