import { expect, describe as group, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeUnknownCall } from "../normalize.js";
import { describe } from "./context.js";

/** `{ a: { a: … 1 } }`, `depth` levels deep. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

group("values nested ~4 100 levels deep", () => {
  const deep = nested(4100);
  it.each([
    ["openmic", { call_id: "c", agent_id: "a", from_number: deep, dynamic_variables: deep }],
    ["zudu", { call_id: "c", agent_id: "a", call_status: deep, from_number: deep, metadata: deep }],
    ["butter", { call_sid: "c", agent_id: "a", start_time: deep, status: deep }],
    ["thinnestai", { id: 1, agent_id: "a", status: deep, started_at: deep }],
  ])(
    "%s: a deep value in a typed or free-form field is a warning, and the call serialises",
    async (provider, call) => {
      const result = normalizeUnknownCall(provider, call);
      expect(result.warnings.some((w) => /got (an )?object/.test(w))).toBe(true);
      // Serialised from a fresh stack, as the CLI does (JSON.stringify's depth limit depends on the stack in use).
      const text = await new Promise<string>((resolve) =>
        setImmediate(() => resolve(JSON.stringify(result))),
      );
      expect(JSON.parse(text)).toMatchObject({ provider, warnings: result.warnings });
    },
  );

  it.each([
    ["openmic", "from_number", { call_id: "c", agent_id: "a" }],
    ["butter", "start_time", { call_sid: "c", agent_id: "a" }],
    ["thinnestai", "started_at", { id: 1, agent_id: "a" }],
  ])("%s: a value 50 000 levels deep in %s is a warning, not a RangeError", (provider, path, ids) => {
    const call = { ...ids, [path]: nested(50_000) };
    expect(normalizeUnknownCall(provider, call).warnings).toContain(
      `${path}: expected a string, got an object`,
    );
  });

  it("a deep value where the call id belongs is a NormalizeError", () => {
    expect(() => normalizeUnknownCall("openmic", { call_id: deep, agent_id: "a" })).toThrow(NormalizeError);
  });

  it("describe names a value too deep to stringify by its type", () => {
    expect(describe(nested(100_000))).toBe("an object");
    expect(describe({ a: 1 })).toBe('object {"a":1}');
  });
});
