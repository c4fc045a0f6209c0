import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * ThinnestAI `status` → unified status, compared case-insensitively. Source:
 * https://docs.thinnest.ai/api-reference/calls/get, `status` "active,
 * ended, error, pending, deleted"; mapping by the product issue rules: `active` → `in_progress`,
 * `pending` → `queued`, `ended` → `ended`, `error` → `error`, `deleted` → `unknown` **without** a warning
 * (documented, but with no unified equivalent; `raw` says `deleted`).
 */
export const THINNESTAI_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  active: "in_progress",
  pending: "queued",
  ended: "ended",
  error: "error",
  deleted: "unknown",
});

/**
 * Maps `call.status` → `{unified, raw}`; see {@link THINNESTAI_STATUS}. Any other value → `unknown` with a
 * warning (product issue rule); a missing status → `{unified: "unknown"}` with a warning (the reference
 * lists it as a core field). Never throws.
 */
export function mapThinnestAIStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "status", THINNESTAI_STATUS);
}
