import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";
import { latencyStats } from "../common/stats.js";

/**
 * Seconds → milliseconds rounded to the microsecond, which removes binary floating-point noise
 * (0.58 s → 580 ms, not 580.0000000000001).
 */
function toMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.round(seconds * 1e6) / 1e3;
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
  const stage = (fields: StageFields): LatencyStats | undefined => {
    const min = toMs(ctx.number(latency[fields.min[0]], fields.min[1], NON_NEGATIVE));
    const p50 = toMs(ctx.number(latency[fields.p50[0]], fields.p50[1], NON_NEGATIVE));
    const p90 = toMs(ctx.number(latency[fields.p90[0]], fields.p90[1], NON_NEGATIVE));
    // The usual block has all three: built at once; a partial one leaves the absent ones out.
    if (min !== undefined && p50 !== undefined && p90 !== undefined) return { min, p50, p90 };
    return latencyStats({ min, p50, p90 });
  };
  const e2e = stage(FIELDS.e2e);
  const llm = stage(FIELDS.llm);
  const tts = stage(FIELDS.tts);
  if (e2e && llm && tts) return { e2e, llm, tts };
  return nonEmpty({ e2e, llm, tts });
}

const NON_NEGATIVE = { nonNegative: true } as const;
type StageFields = Record<"min" | "p50" | "p90", readonly [key: string, path: string]>;
/** OpenMic's latency keys per stage and statistic (`e2e_median_latency` → p50), with their field paths. */
const FIELDS: Record<"e2e" | "llm" | "tts", StageFields> = Object.fromEntries(
  (["e2e", "llm", "tts"] as const).map((name) => [
    name,
    Object.fromEntries(
      (
        [
          ["min", "min"],
          ["p50", "median"],
          ["p90", "p90"],
        ] as const
      ).map(([stat, word]) => [
        stat,
        [`${name}_${word}_latency`, `latency.${name}_${word}_latency`] as const,
      ]),
    ),
  ]),
) as Record<"e2e" | "llm" | "tts", StageFields>;
