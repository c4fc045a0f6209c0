import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiUsage } from "./convert-vapi-usage.js";

describe("convertVapiUsage", () => {
  it("maps LLM tokens and TTS characters from costBreakdown, STT seconds from the transcriber minutes", () => {
    const usage = convertVapiUsage(new Ctx("vapi"), realistic);
    expect(usage).toMatchObject({ llmInputTokens: 5240, llmOutputTokens: 212, ttsCharacters: 688 });
    expect(usage?.sttSeconds).toBeCloseTo(92.442);
  });

  it("leaves out fractional or negative counts with a warning; nothing → undefined", () => {
    const ctx = new Ctx("vapi");
    expect(
      convertVapiUsage(ctx, { costBreakdown: { llmPromptTokens: 1.5, ttsCharacters: -3 } }),
    ).toBeUndefined();
    expect(ctx.warnings).toEqual([
      "costBreakdown.llmPromptTokens: expected a whole number, got 1.5",
      "costBreakdown.ttsCharacters: expected a number ≥ 0, got -3",
    ]);
  });
});
