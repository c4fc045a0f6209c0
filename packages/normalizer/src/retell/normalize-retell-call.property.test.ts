import { describe, it } from "vitest";
import { arbitraryFromSchema, loadSpec } from "../test-support/arbitrary.js";
import { assertNormalizerProperties } from "../test-support/properties.js";

const spec = loadSpec("retell");
const call = { $ref: "#/components/schemas/Call" };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const SPECIAL = new Set([
  "tool_call_invocation",
  "tool_call_result",
  "dtmf",
  "sms",
  "injected",
  "node_transition",
]);

/** One transcript_with_tool_calls entry that makes a turn (see convertRetellTranscript). */
const itemTurns = (item: unknown): number => {
  if (!isObject(item)) return 0;
  const role = typeof item.role === "string" ? item.role : undefined;
  if (role === undefined || !SPECIAL.has(role)) return typeof item.content === "string" ? 1 : 0;
  if (role === "node_transition") return 0;
  if (role === "tool_call_invocation") return typeof item.name === "string" ? 1 : 0;
  return typeof item[role === "dtmf" ? "digit" : "content"] === "string" ? 1 : 0;
};

/** The documented turns: tool-call list first, else utterances, else the lines of the plain text. */
const wellFormedTurns = (input: Record<string, unknown>): number => {
  const items = input.transcript_with_tool_calls;
  if (Array.isArray(items) && items.length > 0) return items.reduce((n: number, i) => n + itemTurns(i), 0);
  const utterances = input.transcript_object;
  if (Array.isArray(utterances) && utterances.length > 0)
    return utterances.filter((u) => isObject(u) && typeof u.content === "string").length;
  if (typeof input.transcript !== "string") return 0;
  const lines = input.transcript.split("\n").filter((l) => l.trim() !== "");
  const prefixed = lines.filter((l) => /^(Agent|User):/.test(l)).length;
  return lines.length > 0 && !/^(Agent|User):/.test(lines[0] as string) ? prefixed + 1 : prefixed;
};

describe("normalizeRetellCall on calls generated from specs/retell.yaml", () => {
  it("holds the normalizer properties", () => {
    assertNormalizerProperties("retell", arbitraryFromSchema(spec, call), wellFormedTurns);
  });
});
