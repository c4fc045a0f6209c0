import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("zudu");

/** A `transcript_object` entry is well formed when it is an object with a string `content` (https://docs.zudu.ai/api-reference/calls/get-calls-call-id). */
const wellFormedTurns = (input: Record<string, unknown>) =>
  Array.isArray(input.transcript_object)
    ? input.transcript_object.filter(
        (t) => t !== null && typeof t === "object" && !Array.isArray(t) && typeof t.content === "string",
      ).length
    : 0;

describe("normalizeZuduCall on calls generated from specs/zudu.yaml", () => {
  it("holds the normalizer properties", () => {
    assertNormalizerProperties(
      "zudu",
      arbitraryFromSchema(spec, { $ref: "#/components/schemas/Call" }),
      wellFormedTurns,
    );
  });
});
