import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../shared/context.js";
import { mapSentiment } from "../shared/enum.js";

/**
 * Converts ThinnestAI's `analysis` block. Source: seed 003 ("Analysis"): `summary.overview` → `summary`;
 * `sentiment` (positive, neutral, negative; compared case-insensitively, other values absent + warning) →
 * `sentiment`; `score.score` (0–100; outside → absent + warning) → `score`; `score.reasoning` →
 * `evaluation`; `tags` → `tags`; `summary.key_topics`, `summary.action_items`, `summary.outcome` and
 * `knowledge_gaps` → `data` (copied). No `analysis` → `undefined`.
 */
export function convertThinnestAIAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call, "analysis", "analysis");
  if (!analysis) return undefined;
  const summary = ctx.object(analysis, "summary", "analysis.summary");
  const score = ctx.object(analysis, "score", "analysis.score");
  const sentiment = mapSentiment(ctx, analysis, "sentiment", "analysis.sentiment");
  let scoreValue = ctx.number(score, "score", "analysis.score.score");
  if (scoreValue !== undefined && (scoreValue < 0 || scoreValue > 100)) {
    ctx.warn("analysis.score.score", `expected 0–100, got ${scoreValue}`);
    scoreValue = undefined;
  }
  return nonEmpty({
    summary: ctx.string(summary, "overview", "analysis.summary.overview"),
    sentiment,
    score: scoreValue,
    evaluation: ctx.string(score, "reasoning", "analysis.score.reasoning"),
    tags: ctx.strings(analysis, "tags", "analysis.tags"),
    data: nonEmpty({
      key_topics: cloneData(ctx.array(summary, "key_topics", "analysis.summary.key_topics")),
      action_items: cloneData(ctx.array(summary, "action_items", "analysis.summary.action_items")),
      outcome: ctx.string(summary, "outcome", "analysis.summary.outcome"),
      knowledge_gaps: cloneData(ctx.array(analysis, "knowledge_gaps", "analysis.knowledge_gaps")),
    }),
  });
}
