import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertButterStack } from "./convert-butter-stack.js";

describe("convertButterStack", () => {
  it("reads the seed's agent_config providers and LLM model", () => {
    const ctx = new Ctx("butter");
    expect(convertButterStack(ctx, seed.data)).toEqual({
      llm: { provider: "openai", model: "gpt-4" },
      tts: { provider: "elevenlabs" },
      stt: { provider: "deepgram" },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("omits components whose provider is not named", () => {
    expect(convertButterStack(new Ctx("butter"), { agent_config: { stt_provider: "deepgram" } })).toEqual({
      stt: { provider: "deepgram" },
    });
    expect(convertButterStack(new Ctx("butter"), { agent_config: { speak_first: true } })).toBeUndefined();
    expect(convertButterStack(new Ctx("butter"), {})).toBeUndefined();
  });

  it("warns about a model without provider and about mistyped values", () => {
    const ctx = new Ctx("butter");
    expect(
      convertButterStack(ctx, { agent_config: { llm_model: "gpt-4", tts_provider: 3 } }),
    ).toBeUndefined();
    expect(ctx.warnings).toEqual([
      "agent_config.llm_model: given without llm_provider; left out of stack",
      "agent_config.tts_provider: expected a string, got number 3",
    ]);
  });
});
