import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * Retell `call_status` → unified status. Source: https://docs.retellai.com/api-references/get-call,
 * `call_status` ∈ `registered | not_connected | ongoing | ended | error`: `registered` (call id issued, not
 * started) → `queued`; `not_connected` → `not_connected`; `ongoing` → `in_progress`; `ended` → `ended`;
 * `error` → `error`. Any other value → `unknown` with a warning; missing → `unknown` with a warning (the
 * reference marks the field required).
 */
export const RETELL_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  registered: "queued",
  not_connected: "not_connected",
  ongoing: "in_progress",
  ended: "ended",
  error: "error",
});

/** Maps `call.call_status`; see {@link RETELL_STATUS}. */
export function mapRetellStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "call_status", RETELL_STATUS);
}
