import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../common/context.js";
import { mapSentiment } from "../common/enum.js";

/**
 * Zudu `call_analysis.user_sentiment` → unified sentiment, compared case-insensitively. Source:
 * https://docs.retellai.com/api-references/get-call
 * (Retell's names, example `"Positive"`) and the product issue's rule: `Positive`/`Neutral`/`Negative` →
 * `positive`/`neutral`/`negative`; anything else (Retell's `Unknown`, …) is left out with a warning.
 */
/**
 * Converts Zudu's `call_analysis` (nullable: `null` until analysed, as in
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id), which uses Retell's names
 * (https://docs.retellai.com/api-references/get-call), into a unified analysis. Source: the product issue's
 * rule: `call_summary` → `summary`,
 * `call_successful` → `successful`, `user_sentiment` → `sentiment` (case-insensitive; other values are left out with a warning),
 * `custom_analysis_data` → `data` (a copy). `in_voicemail` is not analysis: the normalizer puts it in
 * `metadata.in_voicemail`. `null`/absent, or nothing usable → `undefined`. Mistyped fields are left out with
 * a warning. Never throws.
 */
export function convertZuduAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call?.call_analysis, "call_analysis");
  if (!analysis) return undefined;
  const sentiment = mapSentiment(ctx, analysis, "user_sentiment", "call_analysis.user_sentiment");
  return nonEmpty({
    summary: ctx.string(analysis?.call_summary, "call_analysis.call_summary"),
    successful: ctx.boolean(analysis?.call_successful, "call_analysis.call_successful"),
    sentiment,
    data: cloneData(ctx.object(analysis?.custom_analysis_data, "call_analysis.custom_analysis_data")),
  });
}
