import type { LatencyStats } from "../call.js";
import { nonEmpty } from "./context.js";

/** Builds a {@link LatencyStats} (ms), leaving out absent values; `undefined` when nothing is known. */
export function latencyStats(
  values: Partial<Record<keyof LatencyStats, number | undefined>>,
): LatencyStats | undefined {
  return nonEmpty(values as LatencyStats);
}

/** Multiplies every defined value by `factor` (e.g. 1000 for seconds → ms). */
export function scale(
  values: Partial<Record<keyof LatencyStats, number | undefined>>,
  factor: number,
): Partial<Record<keyof LatencyStats, number | undefined>> {
  const out: Partial<Record<keyof LatencyStats, number | undefined>> = {};
  for (const [key, value] of Object.entries(values) as [keyof LatencyStats, number | undefined][]) {
    out[key] = value === undefined || key === "count" ? value : value * factor;
  }
  return out;
}

/**
 * Summarises raw samples (ms) into min/mean/p50/p90/p95/p99/max/count; percentiles by the nearest-rank method
 * on the sorted samples. `undefined` for an empty list.
 */
export function summarise(samples: number[]): LatencyStats | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    min: sorted[0] as number,
    mean: sum / sorted.length,
    p50: rank(50),
    p90: rank(90),
    p95: rank(95),
    p99: rank(99),
    max: sorted[sorted.length - 1] as number,
    count: sorted.length,
  };
}
