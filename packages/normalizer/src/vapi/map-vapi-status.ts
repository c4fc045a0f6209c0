import type { CallStatus, EndReason, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * Vapi `status` → unified status. Source: https://docs.vapi.ai/api-reference/calls/get (`status` enum) and
 * the status events of https://docs.vapi.ai/server-url/events:
 * - `scheduled`/`queued` → `queued`; `ringing` → `ringing`; `in-progress`/`forwarding` → `in_progress`;
 * - `ended` → `ended`;
 * - `not-found`/`deletion-failed` (the call could not be found or deleted) → `error`.
 */
export const VAPI_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  scheduled: "queued",
  queued: "queued",
  ringing: "ringing",
  "in-progress": "in_progress",
  forwarding: "in_progress",
  ended: "ended",
  "not-found": "error",
  "deletion-failed": "error",
});

/**
 * Maps `call.status` through {@link VAPI_STATUS}. An `ended` call whose end reason says it never connected
 * (`busy`, `no_answer`, or `manually-canceled`) is `not_connected`, and one that ended on an error
 * (`pipeline-error-*`, `call.start.error-*`, …; see `mapVapiEndReason`) is `error`: Vapi reports every
 * finished call as `ended` and says why in `endedReason` (https://docs.vapi.ai/calls/call-ended-reason).
 * Unknown values → `unknown` with a warning; missing → `unknown` with a warning. Never throws.
 */
export function mapVapiStatus(ctx: Ctx, call: JsonObject, endReason: EndReason | undefined): CallStatus {
  const status = mapStatus(ctx, call, "status", VAPI_STATUS);
  if (status.unified !== "ended" || !endReason) return status;
  if (
    endReason.unified === "busy" ||
    endReason.unified === "no_answer" ||
    endReason.raw === "manually-canceled"
  ) {
    return { ...status, unified: "not_connected" };
  }
  if (endReason.unified === "error") return { ...status, unified: "error" };
  return status;
}
