import type { Usage } from "../call.js";
import { type Ctx, isObject, type JsonObject, nonEmpty } from "../common/context.js";
import { count } from "../common/count.js";

/**
 * Converts Vapi's usage counts. Source: https://docs.vapi.ai/api-reference/calls/get (`costBreakdown`
 * {`llmPromptTokens`, `llmCompletionTokens`, `ttsCharacters`}; `costs[]` of `type: "transcriber"` with
 * `minutes`): `llmPromptTokens` → `llmInputTokens`, `llmCompletionTokens` → `llmOutputTokens`,
 * `ttsCharacters` → `ttsCharacters`, the transcriber `minutes` (summed, × 60) → `sttSeconds`.
 * Non-integer or negative counts are left out with a warning. Nothing known → `undefined`.
 */
export function convertVapiUsage(ctx: Ctx, call: JsonObject): Usage | undefined {
  const cb = ctx.object(call?.costBreakdown, "costBreakdown");
  let sttMinutes: number | undefined;
  const costs = Array.isArray(call.costs) ? call.costs : [];
  costs.forEach((item, i) => {
    if (!isObject(item) || item.type !== "transcriber") return;
    const minutes = ctx.number(item?.minutes, `costs[${i}].minutes`, { nonNegative: true });
    if (minutes !== undefined) sttMinutes = (sttMinutes ?? 0) + minutes;
  });
  return nonEmpty({
    llmInputTokens: count(ctx, cb, "llmPromptTokens", "costBreakdown.llmPromptTokens"),
    llmOutputTokens: count(ctx, cb, "llmCompletionTokens", "costBreakdown.llmCompletionTokens"),
    ttsCharacters: count(ctx, cb, "ttsCharacters", "costBreakdown.ttsCharacters"),
    sttSeconds: sttMinutes === undefined ? undefined : sttMinutes * 60,
  });
}
