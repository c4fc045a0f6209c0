import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("openmic");
const call = { $ref: "#/components/schemas/Call" };

/** A transcript entry OpenMic documents: a `[speaker, message]` pair of strings. */
const wellFormedTurns = (input: Record<string, unknown>) =>
  Array.isArray(input.transcript)
    ? input.transcript.filter(
        (t) => Array.isArray(t) && t.length === 2 && t.every((s) => typeof s === "string"),
      ).length
    : 0;

describe("normalizeOpenMicCall on calls generated from specs/openmic.yaml", () => {
  it("holds the normalizer properties", () => {
    assertNormalizerProperties("openmic", arbitraryFromSchema(spec, call), wellFormedTurns);
  });
});
