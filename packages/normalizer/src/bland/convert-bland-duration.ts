import { type Ctx, describe, type JsonObject } from "../common/context.js";
import { secondsToMs } from "../common/time.js";

/** A decimal number of seconds, as Bland sends `corrected_duration` (`"45"`). */
const SECONDS = /^\s*\d+(\.\d+)?\s*$/;
/** How far `call_length` may be from `corrected_duration` before a warning (rounding of both), ms. */
export const DURATION_TOLERANCE_MS = 1500;

/**
 * The call's duration in integer **milliseconds**. Bland gives two durations
 * (https://docs.bland.ai/api-v1/get/calls-id):
 * - `corrected_duration`: "the corrected duration of the call in seconds. This is the actual length of the
 *   call" — a **string** of seconds (`"45"` → 45000). It is **authoritative** and wins.
 * - `call_length`: "the length of the call in **minutes**" (`0.75` → 45000), used only when
 *   `corrected_duration` is absent or unreadable (List Calls rows carry only `call_length`).
 *
 * A numeric `corrected_duration` is read as seconds with a warning (the type is documented as string);
 * any other non-numeric value is left out with a warning. When both are given and differ by more than
 * {@link DURATION_TOLERANCE_MS}, a warning on `call_length` names both. Negative or out-of-range values are
 * warnings. Neither usable → `undefined`.
 */
export function convertBlandDuration(ctx: Ctx, call: JsonObject): number | undefined {
  const corrected = correctedMs(ctx, call);
  const minutes = ctx.number(call?.call_length, "call_length", { nonNegative: true });
  let lengthMs = minutes === undefined ? undefined : Math.round(minutes * 60_000);
  if (lengthMs !== undefined && !Number.isSafeInteger(lengthMs)) {
    ctx.warn("call_length", `out of range: ${minutes}`);
    lengthMs = undefined;
  }
  if (
    corrected !== undefined &&
    lengthMs !== undefined &&
    Math.abs(corrected - lengthMs) > DURATION_TOLERANCE_MS
  ) {
    ctx.warn(
      "call_length",
      `${minutes} min (${lengthMs} ms) disagrees with corrected_duration (${corrected} ms); corrected_duration used`,
    );
  }
  return corrected ?? lengthMs;
}

/** `corrected_duration` (string seconds) → ms, or `undefined` with a warning when unreadable. */
function correctedMs(ctx: Ctx, call: JsonObject): number | undefined {
  const value = call.corrected_duration;
  if (value === undefined || value === null || value === "") return undefined;
  let seconds: number;
  if (typeof value === "string" && SECONDS.test(value)) seconds = Number(value);
  else if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    ctx.warn("corrected_duration", `expected a string of seconds, got number ${value}; read as seconds`);
    seconds = value;
  } else {
    ctx.warn("corrected_duration", `expected a string of seconds ≥ 0 (e.g. "45"), got ${describe(value)}`);
    return undefined;
  }
  const ms = secondsToMs(seconds);
  if (Number.isSafeInteger(ms)) return ms;
  ctx.warn("corrected_duration", `out of range: ${describe(value)}`);
  return undefined;
}
