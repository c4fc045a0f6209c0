import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../shared/context.js";
import { count } from "../shared/count.js";
import { latencyStats } from "../shared/stats.js";

/**
 * Zudu latency stage → unified stage. Source: seed 002 (`e2e`, `llm`) and Retell's stage names (`tts`,
 * `asr` = speech recognition → `stt`). Other stages (e.g. `knowledge_base`, `s2s`) stay in `raw`.
 */
export const ZUDU_LATENCY_STAGE: Readonly<Record<string, keyof Latency>> = {
  e2e: "e2e",
  llm: "llm",
  tts: "tts",
  stt: "stt",
  asr: "stt",
};

/**
 * Converts `call.latency` (already **milliseconds**, providers.md) into unified latency: each stage's
 * `min`, `max`, `p50`, `p90`, `p95`, `p99` as given and `num` → `count`. No mean is computed from `values`,
 * which is a sample of the measurements (5 values for `num: 15` in the seed), not all of them.
 */
export function convertZuduLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const latency = ctx.object(call, "latency", "latency");
  if (!latency) return undefined;
  const out: Latency = {};
  for (const [stage, target] of Object.entries(ZUDU_LATENCY_STAGE)) {
    const block = ctx.object(latency, stage, `latency.${stage}`);
    if (!block) continue;
    const read = (key: string) => ctx.number(block, key, `latency.${stage}.${key}`, { nonNegative: true });
    const stats: LatencyStats | undefined = latencyStats({
      min: read("min"),
      p50: read("p50"),
      p90: read("p90"),
      p95: read("p95"),
      p99: read("p99"),
      max: read("max"),
      count: count(ctx, block, "num", `latency.${stage}.num`),
    });
    if (stats) out[target] = stats;
  }
  return nonEmpty(out);
}
