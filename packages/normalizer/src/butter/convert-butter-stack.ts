import type { Stack, StackComponent } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";

/**
 * Converts `call.agent_config` into the unified stack. Source:
 * https://docs.getbutter.ai/api-reference/calls/get `agent_config` {`llm_model`,
 * `llm_provider`, `llm_temperature`, `tts_provider`, `stt_provider`, `speak_first`}; issue rule "agent_config":
 * - `llm_provider` → `llm.provider`, `llm_model` → `llm.model`;
 * - `tts_provider` → `tts.provider`; `stt_provider` → `stt.provider`.
 * A component needs its provider (the unified `StackComponent.provider` is required): an `llm_model` without
 * `llm_provider` is left out of the stack with a warning (it is still in `metadata.agent_config`).
 * Every other setting (temperature, speak_first…) is only in `metadata.agent_config` and `raw`.
 * No `agent_config` or no provider named → `undefined`.
 */
export function convertButterStack(ctx: Ctx, call: JsonObject): Stack | undefined {
  const config = ctx.object(call?.agent_config, "agent_config");
  if (!config) return undefined;
  const component = (stage: "llm" | "tts" | "stt"): StackComponent | undefined => {
    const provider = ctx.string(config?.[`${stage}_provider`], `agent_config.${stage}_provider`);
    const model = stage === "llm" ? ctx.string(config?.llm_model, "agent_config.llm_model") : undefined;
    if (provider === undefined) {
      if (model !== undefined) {
        ctx.warn("agent_config.llm_model", "given without llm_provider; left out of stack");
      }
      return undefined;
    }
    return model === undefined ? { provider } : { provider, model };
  };
  return nonEmpty({ llm: component("llm"), tts: component("tts"), stt: component("stt") });
}
