import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertThinnestAIStack } from "./convert-thinnestai-stack.js";

describe("convertThinnestAIStack", () => {
  it("maps the seed's model, transcriber and voice to llm, stt and tts", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIStack(ctx, seed)).toEqual({
      llm: { provider: "groq", model: "llama-3.3-70b-versatile" },
      stt: { provider: "deepgram", model: "nova-3" },
      tts: { provider: "cartesia", model: "sonic-3", voiceId: "be79f378-47fe-..." },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("reads model_id (not model) for the LLM and leaves absent parts absent", () => {
    expect(
      convertThinnestAIStack(new Ctx("thinnestai"), {
        model: { provider: "groq", model: "ignored" },
        voice: { provider: "cartesia", voice_id: "v1" },
      }),
    ).toEqual({ llm: { provider: "groq" }, tts: { provider: "cartesia", voiceId: "v1" } });
  });

  it("leaves out a block without provider, with a warning, and is absent when nothing is left", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIStack(ctx, { transcriber: { model: "nova-3" } })).toBeUndefined();
    expect(ctx.warnings).toEqual(["transcriber.provider: missing; the block stays in raw only"]);
    expect(convertThinnestAIStack(new Ctx("thinnestai"), {})).toBeUndefined();
  });
});
