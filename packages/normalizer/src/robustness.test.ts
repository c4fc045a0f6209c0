import { describe, expect, it } from "vitest";
import type { Provider } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeUnknownCall } from "./normalize.js";
import { leafPaths, seedCall, withLeaf } from "./test-support/seeds.js";
import { unifiedCallErrors } from "./test-support/unified-schema.js";

/** Per provider: how to build an n-turn transcript of `bytesPerTurn` characters per turn. */
const TRANSCRIPTS: Partial<Record<Provider, (n: number, text: string) => Record<string, unknown>>> = {
  openmic: (n, text) => ({
    transcript: Array.from({ length: n }, (_, i) => [i % 2 ? "user" : "assistant", text]),
  }),
  vapi: (n, text) => ({
    artifact: {
      messages: Array.from({ length: n }, (_, i) => ({
        role: i % 2 ? "user" : "bot",
        message: text,
        time: 1725966906512 + i * 1000,
        endTime: 1725966907012 + i * 1000,
        secondsFromStart: i,
      })),
    },
  }),
  bland: (n, text) => ({
    transcripts: Array.from({ length: n }, (_, i) => ({
      id: i,
      user: i % 2 ? "user" : "assistant",
      text,
      created_at: new Date(Date.UTC(2024, 3, 27, 23, 51, 25) + i * 1000).toISOString(),
    })),
  }),
  retell: (n, text) => ({
    transcript_with_tool_calls: undefined,
    transcript_object: Array.from({ length: n }, (_, i) => ({
      role: i % 2 ? "user" : "agent",
      content: text,
      words: [{ word: text.slice(0, 8), start: i, end: i + 0.5 }],
    })),
  }),
};
/** The `getCall` example each provider is tested from (default `seed`). */
const SEED_EXAMPLE: Partial<Record<Provider, string>> = { vapi: "realistic" };

const providers = Object.keys(TRANSCRIPTS) as Provider[];
const HOSTILE = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  "not-a-number",
  null,
  {},
  [],
  true,
];

describe.each(providers)("%s: hostile and unexpected input", (provider) => {
  const seed = seedCall(provider, SEED_EXAMPLE[provider]);

  it("NaN, Infinity, negatives, wrong types and null in any field give warnings or NormalizeError, never a TypeError", () => {
    let cases = 0;
    for (const path of leafPaths(seed)) {
      for (const value of HOSTILE) {
        cases++;
        const input = withLeaf(seed, path, value);
        try {
          const call = normalizeUnknownCall(provider, input);
          expect(unifiedCallErrors(call), `${path.join(".")} = ${String(value)}`).toEqual([]);
        } catch (error) {
          expect(error, `${path.join(".")} = ${String(value)}`).toBeInstanceOf(NormalizeError);
          expect((error as NormalizeError).path).not.toBe(undefined);
        }
      }
    }
    expect(cases).toBeGreaterThan(50);
  });

  it("__proto__, constructor and prototype keys pollute no prototype and stay in raw", () => {
    const hostile =
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": 1}';
    const input = JSON.parse(JSON.stringify(seed)) as Record<string, unknown>;
    // Define the keys as own data properties, as JSON.parse does (Object.assign would set a prototype).
    const plant = (target: object) => {
      for (const [key, value] of Object.entries(JSON.parse(hostile))) {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      }
    };
    for (const path of leafPaths(seed)) {
      // Put the hostile object in every object-valued position (metadata, dynamic variables, …).
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], input);
      if (parent && typeof parent === "object" && !Array.isArray(parent)) plant(parent);
    }
    plant(input);
    const call = normalizeUnknownCall(provider, input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(unifiedCallErrors(call)).toEqual([]);
    expect(Object.hasOwn(call.raw, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(call.metadata)).toBe(Object.prototype);
    expect(JSON.stringify(call)).toContain('"__proto__"');
  });

  it("keeps the call with warnings for unknown enum values, extra fields and missing optional blocks", () => {
    const input: Record<string, unknown> = { ...seed, brand_new_field: { nested: [1, 2] } };
    for (const [key, value] of Object.entries(seed)) {
      if (typeof value === "string" && /status|type|direction|transport|reason/.test(key))
        input[key] = "SOMETHING_NEW";
      if (value && typeof value === "object" && /cost|latency|analysis|usage|summary/.test(key))
        delete input[key];
    }
    const call = normalizeUnknownCall(provider, input);
    expect(call.warnings.length).toBeGreaterThan(0);
    expect(call.raw).toEqual(input);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  // Sizes only: how the time grows with them is a benchmark's business (scripts/bench), not a timed test's.
  it("normalizes 100,000 turns and a 10 MB transcript, every turn kept", () => {
    const build = TRANSCRIPTS[provider] as (n: number, text: string) => Record<string, unknown>;
    for (const [n, text] of [
      [100_000, "hello there"],
      [1_000, "x".repeat(10_000)], // 1,000 turns × 10 kB = 10 MB of text
    ] as const) {
      const call = normalizeUnknownCall(provider, { ...seed, ...build(n, text) });
      expect(call.transcript).toHaveLength(n);
      expect(call.transcript?.[n - 1]?.text).toBe(text);
    }
  });
});
