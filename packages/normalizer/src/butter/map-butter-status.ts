import type { CallStatus, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapStatus } from "../common/enum.js";

/**
 * Butter `status` → unified status. Butter documents two vocabularies
 * (https://docs.getbutter.ai/resources/disconnect-codes, "Status values differ
 * between pages"): its own `completed | ringing | in_progress`, and Twilio's `queued | initiated | ringing |
 * in-progress | completed | busy | no-answer | failed | canceled`. Both are accepted (issue rule "Status"):
 * - `completed` → `ended`; `in_progress`/`in-progress` → `in_progress`; `ringing` → `ringing`;
 * - `queued`/`initiated` → `queued` (created, not yet answered);
 * - `busy`/`no-answer`/`canceled` → `not_connected`; `failed` → `error`.
 *
 * Keys are lower-case; values are compared case-insensitively ({@link mapEnum}).
 */
export const BUTTER_STATUS: Readonly<Record<string, UnifiedStatus>> = Object.freeze({
  completed: "ended",
  in_progress: "in_progress",
  "in-progress": "in_progress",
  ringing: "ringing",
  queued: "queued",
  initiated: "queued",
  busy: "not_connected",
  "no-answer": "not_connected",
  canceled: "not_connected",
  failed: "error",
});

/**
 * Maps `call.status` (a string) through {@link BUTTER_STATUS} into `{unified, raw}`. Any other value →
 * `{unified: "unknown", raw}` with a warning on `status`; a missing or mistyped status → `{unified: "unknown"}`
 * with a warning (the unified `status` is required). Never throws.
 */
export function mapButterStatus(ctx: Ctx, call: JsonObject): CallStatus {
  return mapStatus(ctx, call, "status", BUTTER_STATUS);
}
