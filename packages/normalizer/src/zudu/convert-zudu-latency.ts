import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";
import { count } from "../common/count.js";
import { latencyStats } from "../common/stats.js";

/**
 * Zudu latency stage → unified stage. Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id
 * (`e2e`, `llm`), https://docs.retellai.com/api-references/get-call (Retell's stage names)
 * and the product issue's rule: `e2e`, `llm`, `tts`, `stt` as named, and Retell's `asr` (automatic speech
 * recognition) → `stt`. When both `stt` and `asr` are given, `stt` is used and `asr` stays in `raw`. Every
 * other stage (e.g. Retell's `knowledge_base`, `s2s`, `llm_websocket_network_rtt`) stays in `raw` only.
 */
export const ZUDU_LATENCY_STAGE: Readonly<Record<string, keyof Latency>> = Object.freeze({
  e2e: "e2e",
  llm: "llm",
  tts: "tts",
  stt: "stt",
  asr: "stt",
});

/**
 * Converts `call.latency` (`{<stage>: {max, min, num, p50, p90, p95, p99, values}}`, already
 * **milliseconds**: https://docs.zudu.ai/api-reference/calls/get-calls-call-id) into unified latency (ms,
 * unchanged). Source: the product
 * issue's rule: each stage's `min`, `max`, `p50`, `p90`, `p95`, `p99` are kept as given and `num` → `count`.
 * No `mean` is computed: `values` is a sample of the measurements (5 values for `num: 15` in the documented example), not
 * all of them. A negative or non-numeric statistic, or a `num` that is not a whole number ≥ 0, is left out
 * with a warning; a stage that is not an object is a warning. No `latency` block (or nothing usable) →
 * `undefined`. Never throws.
 */
export function convertZuduLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const latency = ctx.object(call?.latency, "latency");
  if (!latency) return undefined;
  const out: Latency = {};
  for (const [stage, target] of Object.entries(ZUDU_LATENCY_STAGE)) {
    if (out[target] !== undefined) continue;
    const block = ctx.object(latency?.[stage], `latency.${stage}`);
    if (!block) continue;
    const read = (key: string) => ctx.number(block?.[key], `latency.${stage}.${key}`, { nonNegative: true });
    const stats: LatencyStats | undefined = latencyStats({
      min: read("min"),
      max: read("max"),
      p50: read("p50"),
      p90: read("p90"),
      p95: read("p95"),
      p99: read("p99"),
      count: count(ctx, block, "num", `latency.${stage}.num`),
    });
    if (stats) out[target] = stats;
  }
  return nonEmpty(out);
}
