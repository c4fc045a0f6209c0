import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * OpenMic `call_status` → unified status. Source: OpenMic "Get Call" reference
 * (https://docs.openmic.ai/api-reference/calls/get-call), `call_status`
 * enum `registered | ongoing | ended | error`:
 * `registered` → `queued` (created, not yet connected), `ongoing` → `in_progress`, `ended` → `ended`,
 * `error` → `error`. Any other value → `unknown` with a warning; a missing value → `unknown` with a warning
 * (the field is required by the reference).
 */
export const OPENMIC_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  registered: "queued",
  ongoing: "in_progress",
  ended: "ended",
  error: "error",
});

/** Maps `call.call_status`; see {@link OPENMIC_STATUS}. */
export function mapOpenMicStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "call_status", OPENMIC_STATUS);
}
