import type { Stack, StackComponent } from "../call.js";
import { type Ctx, isObject, type JsonObject, nonEmpty } from "../common/context.js";

/** `costs[].type` → the stack slot and the key of its vendor object. */
const SLOTS = [
  ["model", "model", "llm"],
  ["transcriber", "transcriber", "stt"],
  ["voice", "voice", "tts"],
] as const;

/**
 * The LLM, STT and TTS vendors of the call, from `costs[]`. Source: https://docs.vapi.ai/api-reference/calls/get
 * (`ModelCost.model`, `TranscriberCost.transcriber`, `VoiceCost.voice`: "the model/transcriber/voice that was
 * used during the call", each with its `provider`, and `model` or `voiceId`). The first cost item of each type
 * gives the slot (a squad call has one per assistant). Items without a string `provider` are skipped.
 * `assistantVersion` (the published version of the assistant that ran the call, e.g. `v3`; null for the
 * current draft: https://docs.vapi.ai/assistants/versioning/overview, https://docs.vapi.ai/calls/call-outbound)
 * → `agentVersion`. Nothing known → `undefined`.
 */
export function convertVapiStack(ctx: Ctx, call: JsonObject): Stack | undefined {
  const costs = Array.isArray(call.costs) ? call.costs : [];
  const stack: Record<string, StackComponent | string | undefined> = {};
  stack.agentVersion =
    call?.assistantVersion === null ? undefined : ctx.string(call?.assistantVersion, "assistantVersion");
  for (const [type, key, slot] of SLOTS) {
    const i = costs.findIndex((item) => isObject(item) && item.type === type && isObject(item[key]));
    if (i < 0) continue;
    const vendor = (costs[i] as JsonObject)[key] as JsonObject;
    const provider = ctx.string(vendor?.provider, `costs[${i}].${key}.provider`);
    if (provider === undefined) continue;
    stack[slot] = nonEmpty({
      provider,
      model: ctx.string(vendor?.model, `costs[${i}].${key}.model`),
      voiceId: ctx.string(vendor?.voiceId, `costs[${i}].${key}.voiceId`),
    }) as StackComponent;
  }
  return nonEmpty(stack as Stack);
}
