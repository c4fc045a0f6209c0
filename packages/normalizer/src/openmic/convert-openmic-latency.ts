import type { Latency } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../shared/context.js";
import { latencyStats } from "../shared/stats.js";

/** Seconds → milliseconds, without binary floating-point noise (1.2 s → 1200 ms, not 1199.9999999999998). */
function toMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Number((seconds * 1000).toPrecision(12));
}

/**
 * Converts `call.latency` (**seconds**) into unified latency (**milliseconds**). Source: seed 000 `latency`
 * {`e2e|llm|tts`_`min|median|p90`_`latency`}; the example's 0.5 / 1.2 / 2.1 are seconds (providers.md).
 * `min` → `min`, `median` → `p50`, `p90` → `p90`. No `latency` block → `undefined`.
 */
export function convertOpenMicLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const latency = ctx.object(call, "latency", "latency");
  if (!latency) return undefined;
  const stage = (name: "e2e" | "llm" | "tts") => {
    const read = (stat: string) =>
      toMs(
        ctx.number(latency, `${name}_${stat}_latency`, `latency.${name}_${stat}_latency`, {
          nonNegative: true,
        }),
      );
    return latencyStats({ min: read("min"), p50: read("median"), p90: read("p90") });
  };
  return nonEmpty({ e2e: stage("e2e"), llm: stage("llm"), tts: stage("tts") });
}
