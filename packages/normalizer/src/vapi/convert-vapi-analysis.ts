import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../common/context.js";

/**
 * Converts `call.analysis` into the unified analysis. Source: https://docs.vapi.ai/api-reference/calls/get
 * (`Analysis` {`summary`, `structuredData`, `structuredDataMulti`, `successEvaluation`}); Vapi has no
 * sentiment field.
 * - `summary` → `summary`; `structuredData` → `data` (a copy);
 * - `successEvaluation` (a string whatever the rubric) → `evaluation` as sent, and → `successful` when it
 *   is `"true"` or `"false"` (the default pass/fail rubric; compared case-insensitively). Other rubrics
 *   (numbers, grades) leave `successful` absent.
 * `structuredDataMulti` stays in `raw`. Nothing known → `undefined`.
 */
export function convertVapiAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const analysis = ctx.object(call?.analysis, "analysis");
  if (!analysis) return undefined;
  const evaluation = ctx.string(analysis?.successEvaluation, "analysis.successEvaluation");
  const verdict = evaluation?.trim().toLowerCase();
  return nonEmpty({
    summary: ctx.string(analysis?.summary, "analysis.summary"),
    evaluation,
    successful: verdict === "true" ? true : verdict === "false" ? false : undefined,
    data: cloneData(ctx.object(analysis?.structuredData, "analysis.structuredData")),
  });
}
