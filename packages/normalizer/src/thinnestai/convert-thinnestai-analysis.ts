import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../common/context.js";
import { mapSentiment } from "../common/enum.js";

/**
 * Converts ThinnestAI's `analysis` block into the unified analysis. Source:
 * https://docs.thinnest.ai/api-reference/calls/get ("Analysis":
 * `analysis.summary` object, `analysis.sentiment` "positive, neutral, negative", `analysis.score` "Call
 * quality score (0-100)", `analysis.tags`) and the product issue rules:
 * - `summary.overview` → `summary`;
 * - `sentiment` → `sentiment`, case-insensitive; any other value → absent + warning;
 * - `score.score` → `score` (0–100; outside → absent + warning); `score.reasoning` → `evaluation`;
 * - `tags` → `tags` (non-string items left out with a warning);
 * - `summary.key_topics`, `summary.action_items`, `summary.outcome` and `analysis.knowledge_gaps` →
 *   `data`, copied as given (free-form: any JSON value is kept, `null` counts as absent; the documented example's empty
 *   `knowledge_gaps: []` is kept).
 * No `analysis` block, or one with nothing mappable → `undefined`. ThinnestAI has no success flag, so
 * `successful` is never set. Never throws.
 */
export function convertThinnestAIAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call?.analysis, "analysis");
  if (!analysis) return undefined;
  const summary = ctx.object(analysis?.summary, "analysis.summary");
  const score = ctx.object(analysis?.score, "analysis.score");
  let scoreValue = ctx.number(score?.score, "analysis.score.score");
  if (scoreValue !== undefined && (scoreValue < 0 || scoreValue > 100)) {
    ctx.warn("analysis.score.score", `expected 0–100, got ${scoreValue}`);
    scoreValue = undefined;
  }
  const copy = (obj: JsonObject | undefined, key: string) =>
    obj?.[key] === null ? undefined : cloneData(obj?.[key]);
  return nonEmpty({
    summary: ctx.string(summary?.overview, "analysis.summary.overview"),
    sentiment: mapSentiment(ctx, analysis, "sentiment", "analysis.sentiment"),
    score: scoreValue,
    evaluation: ctx.string(score?.reasoning, "analysis.score.reasoning"),
    tags: ctx.strings(analysis?.tags, "analysis.tags"),
    data: nonEmpty({
      key_topics: copy(summary, "key_topics"),
      action_items: copy(summary, "action_items"),
      outcome: copy(summary, "outcome"),
      knowledge_gaps: copy(analysis, "knowledge_gaps"),
    }),
  });
}
