import fc from "fast-check";
import { expect } from "vitest";
import type { Provider } from "../call.js";
import { NormalizeError } from "../errors.js";
import { normalizeUnknownCall } from "../normalize.js";
import { unifiedCallErrors } from "./unified-schema.js";

/** Cases per property: `FUZZ_RUNS` (set by `pnpm fuzz` to 10 000), else 200 in the test suite. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/**
 * The test suite runs a fixed seed, so CI is deterministic; `pnpm fuzz` (FUZZ_RUNS set) draws a new seed
 * each run to explore, and prints it on failure (keep it as a regression test).
 */
const SEED = process.env.FUZZ_RUNS ? undefined : 20261123;

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Asserts the normalizer properties every provider must have, on `inputs` generated from its spec:
 * it throws nothing but `NormalizeError`; every output validates against `specs/unified.yaml`; `raw` is the
 * input, unmodified (deep-equal to a copy taken before); `durationMs ≥ 0`; the transcript has exactly
 * `wellFormedTurns(input)` turns (absent, with `detail: "summary"`, when the input has no transcript field); times are ISO 8601 UTC with ms that round-trip through `Date`.
 * Failures report fast-check's seed and path, to be kept as regression cases.
 */
export function assertNormalizerProperties(
  provider: Provider,
  inputs: fc.Arbitrary<unknown>,
  wellFormedTurns: (input: Record<string, unknown>) => number,
  runs: number = RUNS,
): void {
  fc.assert(
    fc.property(inputs, (input) => {
      const before = structuredClone(input);
      let call: ReturnType<typeof normalizeUnknownCall>;
      try {
        call = normalizeUnknownCall(provider, input);
      } catch (error) {
        expect(error).toBeInstanceOf(NormalizeError);
        expect((error as NormalizeError).provider).toBe(provider);
        return;
      }
      expect(input).toEqual(before);
      expect(call.raw).toBe(input);
      expect(unifiedCallErrors(call)).toEqual([]);
      if (call.durationMs !== undefined) expect(call.durationMs).toBeGreaterThanOrEqual(0);
      expect(call.transcript?.length ?? 0).toBe(wellFormedTurns(input as Record<string, unknown>));
      expect(call.detail).toBe(call.transcript === undefined ? "summary" : "full");
      for (const time of [call.startedAt, call.endedAt]) {
        if (time === undefined) continue;
        expect(time).toMatch(ISO_MS);
        expect(new Date(time).toISOString()).toBe(time);
      }
    }),
    { numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED }) },
  );
}
