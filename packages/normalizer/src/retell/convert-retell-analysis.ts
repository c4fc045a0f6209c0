import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../common/context.js";
import { mapSentiment } from "../common/enum.js";

/**
 * Converts `call.call_analysis` (present once the `call_analyzed` webhook has fired) into a unified
 * analysis. Source: https://docs.retellai.com/api-references/get-call, `call_analysis` {`call_summary`,
 * `in_voicemail`, `user_sentiment` ∈ `Negative | Positive | Neutral | Unknown`, `call_successful`,
 * `custom_analysis_data`}:
 * `call_summary` → `summary`; `call_successful` → `successful`; `user_sentiment` → `sentiment`
 * (case-insensitive; Retell's documented `Unknown` means "no sentiment" and is left out without a warning,
 * any other value with a warning); `custom_analysis_data` → `data` (a copy). `in_voicemail` is not
 * analysis: the normalizer puts it in `metadata.in_voicemail`. Absent or nothing usable → `undefined`.
 */
export function convertRetellAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call?.call_analysis, "call_analysis");
  if (!analysis) return undefined;
  const rawSentiment = analysis.user_sentiment;
  const sentiment =
    typeof rawSentiment === "string" && rawSentiment.toLowerCase() === "unknown"
      ? undefined
      : mapSentiment(ctx, analysis, "user_sentiment", "call_analysis.user_sentiment");
  return nonEmpty({
    summary: ctx.string(analysis?.call_summary, "call_analysis.call_summary"),
    successful: ctx.boolean(analysis?.call_successful, "call_analysis.call_successful"),
    sentiment,
    data: cloneData(ctx.object(analysis?.custom_analysis_data, "call_analysis.custom_analysis_data")),
  });
}
