import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";
import { latencyStats } from "../common/stats.js";

/**
 * Retell latency stage → unified stage. Source: https://docs.retellai.com/api-references/get-call,
 * `latency.{e2e, asr, llm, llm_websocket_network_rtt, tts, knowledge_base, s2s}`: `e2e` → `e2e` (user stops
 * talking → agent starts), `llm` → `llm`, `tts` → `tts`, `asr` (transcription) → `stt`. The
 * `llm_websocket_network_rtt`, `knowledge_base` and `s2s` stages have no unified field and stay in `raw`.
 */
export const RETELL_LATENCY_STAGE: Readonly<Record<string, keyof Latency>> = Object.freeze({
  e2e: "e2e",
  llm: "llm",
  tts: "tts",
  asr: "stt",
});

/**
 * Converts `call.latency` into unified latency. Each stage is `{p50, p90, p95, p99, max, min, num,
 * values[]}` in **milliseconds** ("measured in milliseconds", per the reference), so values are copied
 * as they are: `p50`/`p90`/`p95`/`p99`/`min`/`max` → same names, `num` (number of data points) → `count`.
 * The mean is not derived from `values` (the reference's example has `values: [123]` beside `p50: 800`, so
 * `values` may be a sample). Negative or non-number values, and a `num` that is not a whole number, are
 * left out with a warning. No `latency` or no usable stage → `undefined`.
 */
export function convertRetellLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const latency = ctx.object(call?.latency, "latency");
  if (!latency) return undefined;
  const out: Latency = {};
  for (const [stage, unified] of Object.entries(RETELL_LATENCY_STAGE)) {
    const stats = ctx.object(latency?.[stage], `latency.${stage}`);
    if (!stats) continue;
    const read = (key: string) => ctx.number(stats?.[key], `latency.${stage}.${key}`, { nonNegative: true });
    let count = read("num");
    if (count !== undefined && !Number.isInteger(count)) {
      ctx.warn(`latency.${stage}.num`, `expected a whole number, got ${count}`);
      count = undefined;
    }
    const result: LatencyStats | undefined = latencyStats({
      min: read("min"),
      p50: read("p50"),
      p90: read("p90"),
      p95: read("p95"),
      p99: read("p99"),
      max: read("max"),
      count,
    });
    if (result) out[unified] = result;
  }
  return nonEmpty(out);
}
