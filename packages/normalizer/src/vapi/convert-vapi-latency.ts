import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, isObject, type JsonObject, nonEmpty } from "../common/context.js";
import { summarise } from "../common/stats.js";

/** `turnLatencies[]` key and `…Average` key of each unified stage. */
const STAGES = [
  ["e2e", "turnLatency", "turnLatencyAverage"],
  ["llm", "modelLatency", "modelLatencyAverage"],
  ["tts", "voiceLatency", "voiceLatencyAverage"],
  ["stt", "transcriberLatency", "transcriberLatencyAverage"],
] as const;

/**
 * Converts `artifact.performanceMetrics` into latencies in **ms**. Source:
 * https://docs.vapi.ai/api-reference/calls/get (`PerformanceMetrics`: `turnLatencies[]` {`turnLatency`,
 * `modelLatency`, `voiceLatency`, `transcriberLatency`, `endpointingLatency`} and their `…Average`). The
 * reference states ms only for the transport averages; the per-turn values are ms-sized and taken as ms.
 * `turnLatency` → e2e, `modelLatency` → llm (time to first token), `voiceLatency` → tts,
 * `transcriberLatency` → stt. Each stage is summarised from the per-turn samples (min, mean, p50, p90, p95,
 * p99, max, count); without samples, the `…Average` alone gives `mean`. Negative or non-numeric samples are
 * left out with a warning. Nothing known → `undefined`.
 */
export function convertVapiLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const artifact = ctx.object(call?.artifact, "artifact");
  const metrics = ctx.object(artifact?.performanceMetrics, "artifact.performanceMetrics");
  if (!metrics) return undefined;
  const base = "artifact.performanceMetrics";
  const turns = ctx.array(metrics?.turnLatencies, `${base}.turnLatencies`) ?? [];
  const latency: Record<string, LatencyStats | undefined> = {};
  for (const [stage, key, averageKey] of STAGES) {
    const samples: number[] = [];
    turns.forEach((turn, i) => {
      if (!isObject(turn)) return;
      const value = ctx.number(turn?.[key], `${base}.turnLatencies[${i}].${key}`, { nonNegative: true });
      if (value !== undefined) samples.push(value);
    });
    const average = ctx.number(metrics?.[averageKey], `${base}.${averageKey}`, { nonNegative: true });
    latency[stage] = summarise(samples) ?? (average === undefined ? undefined : { mean: average });
  }
  turns.forEach((turn, i) => {
    if (!isObject(turn)) ctx.warn(`${base}.turnLatencies[${i}]`, "expected an object; left out");
  });
  return nonEmpty(latency as Latency);
}
