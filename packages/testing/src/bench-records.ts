/**
 * What a paging style needs to build realistic call records for the benchmarks (`scripts/bench/records.mjs`):
 * a drawn sample, a fixed start time and a few transcript lines. Each provider's own record builder is its
 * style's `benchRecord` (`src/paging-styles/<provider>.ts`), beside the rest of what the tests know of it.
 */

/** One drawn sample (fast-check, fixed seed): what varies between the records of one provider. */
export interface BenchSample {
  /** A short random id suffix. */
  id: string;
  /** The call's start, in ms after {@link BENCH_T0}. */
  offsetMs: number;
  /** The call's duration, in ms. */
  durationMs: number;
  /** The call's cost, in USD. */
  cost: number;
  /** A latency, in seconds. */
  latencyS: number;
  /** One item of `list`, chosen by the sample. */
  pick<T>(list: readonly T[]): T;
}

/** A provider's seed call (its spec's `seed` example): objects are spread, so a field's shape is open. */
export type BenchSeed = Record<string, unknown> & { [field: string]: unknown };

/** The start time the samples' `offsetMs` count from: 2026-03-09T10:00:00Z. */
export const BENCH_T0 = Date.parse("2026-03-09T10:00:00Z");

const TEXTS = [
  "Hello! How can I help you today?",
  "I'd like to check the status of my order, please.",
  "Of course. Could you give me the order number?",
  "It's 4471-2209, placed last Tuesday.",
  "Thanks. The order shipped yesterday and should arrive on Friday.",
];

/** Transcript line `i` (five lines, cycled). */
export const benchText = (i: number): string => TEXTS[i % TEXTS.length] as string;

/** A field of the seed call as an object to spread (`{}` when absent). */
export const seedObject = (seed: BenchSeed, field: string): Record<string, unknown> =>
  typeof seed[field] === "object" && seed[field] !== null ? (seed[field] as Record<string, unknown>) : {};
