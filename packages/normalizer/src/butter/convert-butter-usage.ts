import type { Usage } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../common/context.js";
import { count } from "../common/count.js";

/**
 * Converts `call.usage` into unified usage. Source: https://docs.getbutter.ai/api-reference/calls/get `usage`
 * {`llm` {`input_tokens`,
 * `output_tokens`, `total_tokens`}, `tts` {`total_characters`}, `stt` {`total_duration_seconds`}}; issue rule
 * "usage":
 * - `usage.llm.input_tokens` → `llmInputTokens`, `usage.llm.output_tokens` → `llmOutputTokens` (integers);
 * - `usage.tts.total_characters` → `ttsCharacters` (integer);
 * - `usage.stt.total_duration_seconds` → `sttSeconds` (seconds, as given).
 * `usage.llm.total_tokens` and the `summary` totals are derived and stay in `raw`. Negative, fractional
 * counts or wrong types are warned about (full path) and left out. No `usage` or nothing usable → `undefined`.
 */
export function convertButterUsage(ctx: Ctx, call: JsonObject): Usage | undefined {
  const usage = ctx.object(call?.usage, "usage");
  if (!usage) return undefined;
  const llm = ctx.object(usage?.llm, "usage.llm");
  const tts = ctx.object(usage?.tts, "usage.tts");
  const stt = ctx.object(usage?.stt, "usage.stt");
  return nonEmpty({
    llmInputTokens: count(ctx, llm, "input_tokens", "usage.llm.input_tokens"),
    llmOutputTokens: count(ctx, llm, "output_tokens", "usage.llm.output_tokens"),
    ttsCharacters: count(ctx, tts, "total_characters", "usage.tts.total_characters"),
    sttSeconds: ctx.number(stt?.total_duration_seconds, "usage.stt.total_duration_seconds", {
      nonNegative: true,
    }),
  });
}
