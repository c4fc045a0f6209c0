import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";
import { latencyStats } from "../common/stats.js";

/**
 * Seconds → milliseconds rounded to the microsecond, which removes binary floating-point noise
 * (0.58 s → 580 ms, not 580.0000000000001).
 */
function toMs(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e3;
}

/**
 * Converts `call.latency` (**seconds**) into unified latency (**milliseconds**). Source:
 * https://docs.openmic.ai/api-reference/calls/get-call `latency`
 * {`e2e|llm|tts`_`min|median|p90`_`latency`}; the example's 0.5 / 1.2 / 2.1 are seconds
 * (https://docs.openmic.ai/api-reference/calls/get-call).
 * `min` → `min`, `median` → `p50`, `p90` → `p90`. No `latency` block → `undefined`.
 */
export function convertOpenMicLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const latency = ctx.object(call?.latency, "latency");
  if (!latency) return undefined;
  // Each key is read by name (one shape, no keyed lookups); paths are built only for a warning.
  const e2e = stage(ctx, "e2e", latency.e2e_min_latency, latency.e2e_median_latency, latency.e2e_p90_latency);
  const llm = stage(ctx, "llm", latency.llm_min_latency, latency.llm_median_latency, latency.llm_p90_latency);
  const tts = stage(ctx, "tts", latency.tts_min_latency, latency.tts_median_latency, latency.tts_p90_latency);
  if (e2e && llm && tts) return { e2e, llm, tts };
  return nonEmpty({ e2e, llm, tts });
}

const NON_NEGATIVE = { nonNegative: true } as const;

/** A finite number ≥ 0: the usual latency value, read without a warning path. */
const plain = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

/**
 * One stage's `{name}_min_latency`, `{name}_median_latency` and `{name}_p90_latency` (seconds) → `{min, p50,
 * p90}` (ms). A value that is not a finite number ≥ 0 is left out with a warning naming its path
 * (`latency.e2e_p90_latency`); a stage with none → `undefined`.
 */
function stage(
  ctx: Ctx,
  name: string,
  min: unknown,
  median: unknown,
  p90: unknown,
): LatencyStats | undefined {
  // The usual block has all three: built at once.
  if (plain(min) && plain(median) && plain(p90)) return { min: toMs(min), p50: toMs(median), p90: toMs(p90) };
  const read = (value: unknown, word: string): number | undefined => {
    const seconds = ctx.number(value, `latency.${name}_${word}_latency`, NON_NEGATIVE);
    return seconds === undefined ? undefined : toMs(seconds);
  };
  return latencyStats({ min: read(min, "min"), p50: read(median, "median"), p90: read(p90, "p90") });
}
