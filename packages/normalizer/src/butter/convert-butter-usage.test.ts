import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertButterUsage } from "./convert-butter-usage.js";

describe("convertButterUsage", () => {
  it("reads the seed's tokens, characters and STT seconds", () => {
    const ctx = new Ctx("butter");
    expect(convertButterUsage(ctx, seed.data)).toEqual({
      llmInputTokens: 100,
      llmOutputTokens: 50,
      ttsCharacters: 500,
      sttSeconds: 120,
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves out what was not reported", () => {
    expect(
      convertButterUsage(new Ctx("butter"), { usage: { stt: { total_duration_seconds: 7.5 } } }),
    ).toEqual({
      sttSeconds: 7.5,
    });
    expect(convertButterUsage(new Ctx("butter"), {})).toBeUndefined();
    expect(convertButterUsage(new Ctx("butter"), { usage: { llm: { total_tokens: 5 } } })).toBeUndefined();
  });

  it("warns about fractional, negative or mistyped counts", () => {
    const ctx = new Ctx("butter");
    expect(
      convertButterUsage(ctx, { usage: { llm: { input_tokens: 1.5, output_tokens: -1 }, tts: "many" } }),
    ).toBeUndefined();
    expect(ctx.warnings).toEqual([
      'usage.tts: expected an object, got string "many"',
      "usage.llm.input_tokens: expected a whole number, got 1.5",
      "usage.llm.output_tokens: expected a number ≥ 0, got -1",
    ]);
  });
});
