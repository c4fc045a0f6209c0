import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("thinnestai");

/** A transcript entry is well formed when it is an object with a string `content` (https://docs.thinnest.ai/api-reference/calls/get). */
const wellFormedTurns = (input: Record<string, unknown>) =>
  Array.isArray(input.transcript)
    ? input.transcript.filter(
        (t) => t !== null && typeof t === "object" && !Array.isArray(t) && typeof t.content === "string",
      ).length
    : 0;

describe("normalizeThinnestAICall on calls generated from specs/thinnestai.yaml", () => {
  it.each(["Call", "CallSummary"])("holds the normalizer properties for %s", (schema) => {
    assertNormalizerProperties(
      "thinnestai",
      arbitraryFromSchema(spec, { $ref: `#/components/schemas/${schema}` }),
      wellFormedTurns,
    );
  });
});
