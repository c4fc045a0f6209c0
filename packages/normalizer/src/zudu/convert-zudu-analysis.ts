import type { Analysis, Sentiment } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../shared/context.js";

const SENTIMENTS: ReadonlySet<string> = new Set(["positive", "neutral", "negative"]);

/**
 * Converts Zudu's `call_analysis` (nullable), which uses Retell's names (providers.md): `call_summary` →
 * `summary`, `call_successful` → `successful`, `user_sentiment` ("Positive" → "positive"; "Neutral",
 * "Negative" likewise, case-insensitive; anything else such as "Unknown" is left out with a warning),
 * `custom_analysis_data` → `data` (copied). `in_voicemail` is read by the normalizer into metadata.
 */
export function convertZuduAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call, "call_analysis", "call_analysis");
  if (!analysis) return undefined;
  const raw = ctx.string(analysis, "user_sentiment", "call_analysis.user_sentiment");
  let sentiment: Sentiment | undefined;
  if (raw !== undefined) {
    if (SENTIMENTS.has(raw.toLowerCase())) sentiment = raw.toLowerCase() as Sentiment;
    else ctx.warn("call_analysis.user_sentiment", `unknown value ${JSON.stringify(raw)}; left out`);
  }
  return nonEmpty({
    summary: ctx.string(analysis, "call_summary", "call_analysis.call_summary"),
    successful: ctx.boolean(analysis, "call_successful", "call_analysis.call_successful"),
    sentiment,
    data: cloneData(ctx.object(analysis, "custom_analysis_data", "call_analysis.custom_analysis_data")),
  });
}
