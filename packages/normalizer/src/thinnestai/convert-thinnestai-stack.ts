import type { Stack, StackComponent } from "../call.js";
import { type Ctx, compact, type JsonObject, nonEmpty } from "../common/context.js";

/**
 * Converts ThinnestAI's `model`, `transcriber` and `voice` blocks into the unified stack. Source:
 * https://docs.thinnest.ai/api-reference/calls/get
 * ("Stack": model = "LLM provider + model used", transcriber = "STT provider + model used", voice = "TTS
 * provider + voice used") and the product issue rules:
 * - `model` {`provider`, `model_id`} → `llm` {`provider`, `model`};
 * - `transcriber` {`provider`, `model`} → `stt` {`provider`, `model`};
 * - `voice` {`provider`, `model`, `voice_id`} → `tts` {`provider`, `model`, `voiceId`}.
 * A block without a `provider` is left out with a warning (our decision: the unified component requires
 * `provider`; the block stays in `raw`). No blocks → `undefined`. Never throws.
 */
export function convertThinnestAIStack(ctx: Ctx, call: JsonObject): Stack | undefined {
  const component = (key: string, modelKey: string): StackComponent | undefined => {
    const block = ctx.object(call?.[key], key);
    if (!block) return undefined;
    const provider = ctx.string(block?.provider, `${key}.provider`);
    if (!provider) {
      ctx.warn(`${key}.provider`, "missing; the block stays in raw only");
      return undefined;
    }
    return compact({
      provider,
      model: ctx.string(block?.[modelKey], `${key}.${modelKey}`),
      voiceId: key === "voice" ? ctx.string(block?.voice_id, "voice.voice_id") : undefined,
    });
  };
  return nonEmpty({
    llm: component("model", "model_id"),
    stt: component("transcriber", "model"),
    tts: component("voice", "model"),
  });
}
