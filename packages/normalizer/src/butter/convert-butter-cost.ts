import type { Cost, CostBreakdown, CostKind } from "../call.js";
import { type Ctx, compact, describe, isObject, type JsonObject } from "../common/context.js";

/**
 * Butter `cost_breakdown` key → unified breakdown component. Source:
 * https://docs.getbutter.ai/api-reference/calls/get `cost_breakdown`
 * {`llm_input`, `llm_output`, `tts`, `stt`, `telephony`} (issue rule "Cost"): `llm_input` + `llm_output` →
 * `llm`; `tts`, `stt`, `telephony` as named. Any other key is summed into `other` (no warning: it is still
 * counted). Keys compared as sent (lower-case in the reference).
 */
export const BUTTER_COST_COMPONENT: Readonly<Record<string, CostKind>> = Object.freeze({
  llm_input: "llm",
  llm_output: "llm",
  tts: "tts",
  stt: "stt",
  telephony: "telephony",
});

/**
 * Converts `total_cost` and `cost_breakdown` into a unified cost in **credits** (`currency: "credits"`).
 * Sources: https://docs.getbutter.ai/api-reference/calls/get "total_cost — Total cost in credits";
 * https://docs.getbutter.ai/api-reference/calls/get "Costs are credits, not money".
 * - `total_cost` → `total`, unrounded.
 * - `cost_breakdown.<key>.cost_credits` → `breakdown` per {@link BUTTER_COST_COMPONENT}; components sharing a
 *   unified key are added. The `units` counts are not costs and stay in `raw` (usage comes from `usage`).
 *   An entry that is not an object, or lacks a numeric `cost_credits`, is warned about and not counted.
 * - No `total_cost` but a breakdown → total = sum of the breakdown, with a warning on `total_cost`.
 * - Neither → `undefined` (a List Calls row has `total_cost` only → empty breakdown).
 */
export function convertButterCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  let total = ctx.number(call?.total_cost, "total_cost");
  const costs = ctx.object(call?.cost_breakdown, "cost_breakdown");
  const sums: Partial<Record<CostKind, number>> = {};
  for (const [key, entry] of Object.entries(costs ?? {})) {
    const path = `cost_breakdown.${key}`;
    if (entry === null || entry === undefined) continue;
    if (!isObject(entry)) {
      ctx.warn(path, `expected an object, got ${describe(entry)}; not counted`);
      continue;
    }
    const credits = ctx.number(entry?.cost_credits, `${path}.cost_credits`);
    if (credits === undefined) {
      if (entry.cost_credits === undefined || entry.cost_credits === null) {
        ctx.warn(`${path}.cost_credits`, "missing; component not counted");
      }
      continue;
    }
    const component = Object.hasOwn(BUTTER_COST_COMPONENT, key) ? BUTTER_COST_COMPONENT[key] : "other";
    if (component === undefined) continue;
    sums[component] = (sums[component] ?? 0) + credits;
  }
  const breakdown: CostBreakdown = compact({
    llm: sums.llm,
    tts: sums.tts,
    stt: sums.stt,
    telephony: sums.telephony,
    other: sums.other,
  });
  for (const [key, value] of Object.entries(breakdown) as [CostKind, number][]) {
    if (!Number.isFinite(value)) {
      ctx.warn("cost_breakdown", `the ${key} sum is out of range; left out`);
      delete breakdown[key];
    }
  }
  const parts = Object.values(breakdown) as number[];
  if (total === undefined) {
    if (parts.length === 0) return undefined;
    total = parts.reduce((a, b) => a + b, 0);
    ctx.warn("total_cost", "missing; total is the sum of cost_breakdown");
  }
  if (!Number.isFinite(total)) {
    ctx.warn("total_cost", "sum of cost_breakdown is out of range; cost left out");
    return undefined;
  }
  return { total, currency: "credits", breakdown };
}
