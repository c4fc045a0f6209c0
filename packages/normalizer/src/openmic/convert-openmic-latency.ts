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
  // Each key is read by name, with its path as a literal: no keyed lookups, no path built per call.
  const ms = (value: unknown, path: string): number | undefined => {
    const seconds = ctx.number(value, path, NON_NEGATIVE);
    return seconds === undefined ? undefined : toMs(seconds);
  };
  const e2e = stats(
    ms(latency.e2e_min_latency, "latency.e2e_min_latency"),
    ms(latency.e2e_median_latency, "latency.e2e_median_latency"),
    ms(latency.e2e_p90_latency, "latency.e2e_p90_latency"),
  );
  const llm = stats(
    ms(latency.llm_min_latency, "latency.llm_min_latency"),
    ms(latency.llm_median_latency, "latency.llm_median_latency"),
    ms(latency.llm_p90_latency, "latency.llm_p90_latency"),
  );
  const tts = stats(
    ms(latency.tts_min_latency, "latency.tts_min_latency"),
    ms(latency.tts_median_latency, "latency.tts_median_latency"),
    ms(latency.tts_p90_latency, "latency.tts_p90_latency"),
  );
  if (e2e && llm && tts) return { e2e, llm, tts };
  return nonEmpty({ e2e, llm, tts });
}

const NON_NEGATIVE = { nonNegative: true } as const;

/** One stage's `{min, p50, p90}` (ms): the usual block has all three and is built at once; absent ones are left out. */
function stats(
  min: number | undefined,
  p50: number | undefined,
  p90: number | undefined,
): LatencyStats | undefined {
  if (min !== undefined && p50 !== undefined && p90 !== undefined) return { min, p50, p90 };
  return latencyStats({ min, p50, p90 });
}
