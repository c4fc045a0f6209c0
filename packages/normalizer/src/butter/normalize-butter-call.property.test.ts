import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("butter");

/** A transcript entry is well formed when it is an object with a string `text` (https://docs.getbutter.ai/api-reference/calls/get, `transcript[]`). */
const wellFormedTurns = (input: Record<string, unknown>) =>
  Array.isArray(input.transcript)
    ? input.transcript.filter(
        (t) => t !== null && typeof t === "object" && !Array.isArray(t) && typeof t.text === "string",
      ).length
    : 0;

describe("normalizeButterCall on calls generated from specs/butter.yaml", () => {
  it.each(["Call", "CallListItem"])("holds the normalizer properties for %s", (schema) => {
    assertNormalizerProperties(
      "butter",
      arbitraryFromSchema(spec, { $ref: `#/components/schemas/${schema}` }),
      wellFormedTurns,
    );
  });
});
