import type { Analysis } from "../call.js";
import { type Ctx, cloneData, type JsonObject, nonEmpty } from "../common/context.js";

/**
 * Bland's post-call analysis → `analysis` (https://docs.bland.ai/api-v1/get/calls-id):
 * - `summary` ("a short summary of the call … generated when the call ends") → `summary`;
 * - `analysis` ("the structured data extracted from the call during post-call analysis", an object) →
 *   `data` (a copy);
 * - `disposition_tag` (the call's outcome label, e.g. `COMPLETED_ACTION`, in the post-call webhook examples,
 *   https://docs.bland.ai/tutorials/post-call-webhooks) → `tags: [disposition_tag]`.
 * Bland gives no success flag, evaluation, sentiment or score. Nothing given → `undefined`.
 */
export function convertBlandAnalysis(ctx: Ctx, call: JsonObject): Analysis | undefined {
  const disposition = ctx.string(call?.disposition_tag, "disposition_tag");
  return nonEmpty({
    summary: ctx.string(call?.summary, "summary"),
    data: cloneData(ctx.object(call?.analysis, "analysis")),
    tags: disposition === undefined ? undefined : [disposition],
  });
}
