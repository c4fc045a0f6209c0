import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("vapi");
const call = { $ref: "#/components/schemas/Call" };

const text = (value: unknown) => typeof value === "string" && value !== "";

/**
 * The messages that make a turn: an object with a string `role` other than `system`, and text (`message`;
 * for `tool_calls` a `message` or a named function; for `tool_call_result` a `result`). Taken from
 * `artifact.messages`, else the legacy top-level `messages`.
 */
const wellFormedTurns = (input: Record<string, unknown>) => {
  const artifact = input.artifact as Record<string, unknown> | undefined;
  const messages = Array.isArray(artifact?.messages)
    ? artifact.messages
    : Array.isArray(input.messages)
      ? input.messages
      : [];
  return messages.filter((m: Record<string, unknown>) => {
    if (!text(m?.role) || m.role === "system") return false;
    if (m.role === "tool_call_result") return text(m.result);
    if (m.role === "tool_calls")
      return (
        text(m.message) ||
        (Array.isArray(m.toolCalls) &&
          m.toolCalls.some((c: { function?: { name?: unknown } }) => typeof c?.function?.name === "string"))
      );
    return text(m.message);
  }).length;
};

describe("normalizeVapiCall on calls generated from specs/vapi.yaml", () => {
  it("holds the normalizer properties", () => {
    assertNormalizerProperties("vapi", arbitraryFromSchema(spec, call), wellFormedTurns);
  });
});
