import fc from "fast-check";
import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("bland");

const isTurn = (t: unknown) =>
  t !== null &&
  typeof t === "object" &&
  !Array.isArray(t) &&
  typeof (t as { text?: unknown }).text === "string";

/**
 * Turns expected from a generated call: the well-formed entries (objects with a string `text`) of
 * `transcripts` when it is an array, else of `corrected_transcript` (https://docs.bland.ai/tutorials/post-call-webhooks).
 */
const wellFormedTurns = (input: Record<string, unknown>) => {
  if (Array.isArray(input.transcripts)) return input.transcripts.filter(isTurn).length;
  const transcripts = input.transcripts;
  if (transcripts !== undefined && transcripts !== null) return 0;
  return Array.isArray(input.corrected_transcript) ? input.corrected_transcript.filter(isTurn).length : 0;
};

const schemas = (spec.components as { schemas: Record<string, { allOf?: Record<string, unknown>[] }> })
  .schemas;
const call = arbitraryFromSchema(spec, { $ref: "#/components/schemas/Call" });
/** The webhook body: a call plus the webhook-only fields (the second member of `PostCallWebhook.allOf`). */
const webhookExtras = arbitraryFromSchema(spec, schemas.PostCallWebhook?.allOf?.[1] ?? {});
const webhook = fc
  .tuple(call, webhookExtras)
  .map(([c, extras]) => ({ ...(extras as object), ...(c as object) }));

describe("normalizeBlandCall on calls generated from specs/bland.yaml", () => {
  it("holds the normalizer properties for Call", () => {
    assertNormalizerProperties("bland", call, wellFormedTurns);
  });

  it("holds the normalizer properties for PostCallWebhook (corrected_transcript and other webhook fields)", () => {
    assertNormalizerProperties("bland", webhook, wellFormedTurns);
  });
});
