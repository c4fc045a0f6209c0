import type { Latency, LatencyStats } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject, nonEmpty } from "../common/context.js";
import { summarise } from "../common/stats.js";

/** The stages whose `ttfb` Butter reports in `turns[].events[].metadata.<stage>` (https://docs.getbutter.ai/api-reference/calls/get: `llm`). */
export const BUTTER_LATENCY_STAGES = ["llm", "tts", "stt"] as const;

/** Seconds → milliseconds, without binary floating-point noise (0.35 s → 350 ms, not 349.99999999999994). */
function toMs(seconds: number): number {
  return Number((seconds * 1000).toPrecision(12));
}

/**
 * Summarises Butter's per-event time-to-first-byte into unified latency (**milliseconds**).
 * Source: https://docs.getbutter.ai/api-reference/calls/get, `turns[].events[].metadata.llm.ttfb` (0.5 in the
 * example: **seconds**; the page says
 * `turns` carry "LLM metadata, TTS metadata, and STT metadata"); issue rule "Latency".
 * - Every `turns[i].events[j].metadata.<stage>.ttfb`, stage ∈ {@link BUTTER_LATENCY_STAGES}, is one sample;
 *   seconds → ms, then `summarise` (min/mean/p50/p90/p95/p99/max/count, nearest rank) → `latency.<stage>`.
 *   Seed: one sample 0.5 s → `llm` {min 500, mean 500, p50 500, p90 500, p95 500, p99 500, max 500, count 1}.
 * - A negative or non-number `ttfb` is warned about (full path) and skipped; a turn or event that is not an
 *   object is warned about and skipped; a missing `metadata`/stage/`ttfb` is simply not a sample.
 * - A stage without samples is absent; no samples at all → `undefined`. Butter gives no end-to-end latency,
 *   so `e2e` is absent.
 */
export function convertButterLatency(ctx: Ctx, call: JsonObject): Latency | undefined {
  const samples: Record<(typeof BUTTER_LATENCY_STAGES)[number], number[]> = { llm: [], tts: [], stt: [] };
  const turns = ctx.array(call?.turns, "turns") ?? [];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i];
    if (!isObject(turn)) {
      ctx.warn(`turns[${i}]`, `expected an object, got ${describe(turn)}`);
      continue;
    }
    const events = ctx.array(turn.events, () => `turns[${i}].events`) ?? [];
    for (let j = 0; j < events.length; j++) {
      const event = events[j];
      // Paths are built only for a warning.
      const path = (rest = "") => `turns[${i}].events[${j}]${rest}`;
      if (!isObject(event)) {
        ctx.warn(path(), `expected an object, got ${describe(event)}`);
        continue;
      }
      const metadata = ctx.object(event.metadata, () => path(".metadata"));
      for (const stage of BUTTER_LATENCY_STAGES) {
        const block = ctx.object(metadata?.[stage], () => path(`.metadata.${stage}`));
        const ttfb = ctx.number(block?.ttfb, () => path(`.metadata.${stage}.ttfb`), { nonNegative: true });
        if (ttfb === undefined) continue;
        const ms = toMs(ttfb);
        if (Number.isFinite(ms)) samples[stage].push(ms);
        else ctx.warn(path(`.metadata.${stage}.ttfb`), `out of range: ${ttfb}`);
      }
    }
  }
  const stats = (stage: (typeof BUTTER_LATENCY_STAGES)[number]): LatencyStats | undefined => {
    const summary = summarise(samples[stage]);
    if (summary && !Object.values(summary).every(Number.isFinite)) {
      ctx.warn("turns", `${stage} ttfb samples are out of range; latency.${stage} left out`);
      return undefined;
    }
    return summary;
  };
  return nonEmpty({ llm: stats("llm"), tts: stats("tts"), stt: stats("stt") });
}
