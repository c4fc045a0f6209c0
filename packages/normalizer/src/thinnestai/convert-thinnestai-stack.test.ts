import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertThinnestAIStack } from "./convert-thinnestai-stack.js";

describe("convertThinnestAIStack", () => {
  it("maps model, transcriber and voice to llm, stt and tts", () => {
    expect(
      convertThinnestAIStack(new Ctx("thinnestai"), {
        model: { provider: "groq", model_id: "llama" },
        voice: { provider: "cartesia", voice_id: "v1" },
      }),
    ).toEqual({ llm: { provider: "groq", model: "llama" }, tts: { provider: "cartesia", voiceId: "v1" } });
  });

  it("leaves out a block without provider, with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIStack(ctx, { transcriber: { model: "nova-3" } })).toBeUndefined();
    expect(ctx.warnings).toEqual(["transcriber.provider: missing; the block stays in raw only"]);
  });
});
