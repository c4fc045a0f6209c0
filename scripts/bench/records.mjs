/**
 * Realistic, reproducible call records for the benchmarks: each provider's seed example (the `getCall`
 * example named `seed` in specs/<provider>.yaml) with a 20-turn transcript and varied ids, times, durations,
 * costs and statuses, drawn by fast-check from a fixed seed. What varies, and how, is each provider's paging
 * style's `benchRecord` (packages/testing): no provider is named here.
 */

import { loadPagingStyles } from "@switchboard/testing";
import fc from "fast-check";
import { loadSpec, seedCall as seedOf } from "../specs.mjs";

/** The seed call of a provider (envelopes unwrapped), or undefined when the spec has none. */
export function seedCall(provider) {
  return seedOf(loadSpec(provider));
}

/**
 * Per provider: its paging style's record builder (`benchRecord`, in
 * packages/testing/src/paging-styles/<provider>.ts): the seed call varied by one drawn sample and an index.
 */
const VARY = Object.fromEntries(
  (await loadPagingStyles())
    .filter((style) => style.benchRecord)
    .map((style) => [style.provider, style.benchRecord]),
);

/**
 * The field holding each provider's call id (ThinnestAI's is an integer), to give cycled records fresh ids:
 * its paging style's `idField`.
 */
export const ID_FIELD = Object.fromEntries(
  (await loadPagingStyles()).filter((style) => style.idField).map((style) => [style.provider, style.idField]),
);

/** The providers with a seed example and a record builder. */
export function benchProviders() {
  return Object.keys(VARY).filter((p) => seedCall(p) !== undefined);
}

/** `count` varied call records of `provider`, reproducible (fast-check seed 42). */
export function makeRecords(provider, count) {
  const seed = seedCall(provider);
  const samples = fc.sample(
    fc.record({
      id: fc.string({
        minLength: 6,
        maxLength: 12,
        unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
      }),
      offsetMs: fc.integer({ min: 0, max: 365 * 24 * 3600 * 1000 }),
      durationMs: fc.integer({ min: 5_000, max: 1_800_000 }),
      cost: fc.double({ min: 0.001, max: 5, noNaN: true }),
      latencyS: fc.double({ min: 0.2, max: 3, noNaN: true }),
      choice: fc.nat(),
    }),
    { seed: 42, numRuns: count },
  );
  return samples.map((s, i) =>
    VARY[provider](seed, { ...s, pick: (list) => list[s.choice % list.length] }, i),
  );
}
