import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertThinnestAITranscript } from "./convert-thinnestai-transcript.js";

describe("convertThinnestAITranscript", () => {
  it("turns the seed's three messages into agent/user turns with startMs from the string seconds", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAITranscript(ctx, seed)).toEqual([
      { role: "agent", text: "नमस्ते, मैं प्रिया हूँ...", startMs: 0 },
      { role: "user", text: "मुझे मदद चाहिए", startMs: 5200 },
      { role: "agent", text: "जी बिल्कुल, बताइए...", startMs: 6100 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("returns no turns for a list row without transcript", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAITranscript(ctx, {})).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps a turn without startMs when its timestamp is missing, silently", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAITranscript(ctx, { transcript: [{ role: "USER", content: "Hi" }] })).toEqual([
      { role: "user", text: "Hi" },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it.each(["soon", "", "-1", "1e3", "0x10", "Infinity"])(
    "keeps the turn without startMs and warns for the unparseable timestamp %j",
    (timestamp) => {
      const ctx = new Ctx("thinnestai");
      expect(
        convertThinnestAITranscript(ctx, { transcript: [{ role: "user", content: "Hm", timestamp }] }),
      ).toEqual([{ role: "user", text: "Hm" }]);
      expect(ctx.warnings).toEqual([
        `transcript[0].timestamp: expected a string of seconds ≥ 0, got string ${JSON.stringify(timestamp)}`,
      ]);
    },
  );

  it.each([
    ["12", 12000],
    ["7.", 7000],
    [".5", 500],
    ["0.125", 125],
    ["12.600000000000001", 12600],
    ["0.0126", 13],
    ["0.0124", 12],
    ["1.0005", 1001],
    ["1.0004999", 1000],
    [" 4.2 ", 4200],
    ["1234567890.5", 1234567890500],
  ])("reads the string seconds %j as %i ms, rounded to the nearest ms", (timestamp, ms) => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAITranscript(ctx, { transcript: [{ role: "user", content: "x", timestamp }] }),
    ).toEqual([{ role: "user", text: "x", startMs: ms }]);
    expect(ctx.warnings).toEqual([]);
  });

  it("reads every plain decimal string as Math.round(Number(text) × 1000) (fast-check)", () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: max });
    const stamp = fc
      .tuple(digits(12), fc.boolean(), digits(20))
      .map(([whole, dot, fraction]) => (dot ? `${whole}.${fraction}` : whole))
      .filter((text) => /\d/.test(text));
    fc.assert(
      fc.property(stamp, (timestamp) => {
        const ctx = new Ctx("thinnestai");
        const [turn] = convertThinnestAITranscript(ctx, {
          transcript: [{ role: "user", content: "x", timestamp }],
        });
        const expected = Math.round(Number(timestamp) * 1000);
        expect(turn?.startMs).toBe(Number.isSafeInteger(expected) ? expected : undefined);
      }),
    );
  });

  it("accepts a numeric timestamp as seconds", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAITranscript(ctx, { transcript: [{ role: "user", content: "x", timestamp: 12.345 }] }),
    ).toEqual([{ role: "user", text: "x", startMs: 12345 }]);
    expect(ctx.warnings).toEqual([]);
  });

  it("maps any role but assistant/user to other with a warning, and leaves out an entry without content", () => {
    const ctx = new Ctx("thinnestai");
    const turns = convertThinnestAITranscript(ctx, {
      transcript: [{ role: "tool", content: "{}" }, "not a turn", { content: "…" }, { role: "user" }],
    });
    expect(turns).toEqual([
      { role: "other", text: "{}" },
      { role: "other", text: "…" },
    ]);
    expect(ctx.warnings).toEqual([
      'transcript[0].role: unknown role "tool"; role "other"',
      'transcript[1]: expected {role, content: string, timestamp}, got string "not a turn"; turn left out',
      'transcript[2].role: missing; role "other"',
      'transcript[3]: expected {role, content: string, timestamp}, got object {"role":"user"}; turn left out',
    ]);
  });

  it("does not read a role named like an Object.prototype key (fuzz regression, fast-check seed 1846012671)", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAITranscript(ctx, {
        transcript: [
          { role: "__proto__", content: "" },
          { role: "constructor", content: "x" },
        ],
      }),
    ).toEqual([
      { role: "other", text: "" },
      { role: "other", text: "x" },
    ]);
    expect(ctx.warnings).toHaveLength(2);
  });
});
