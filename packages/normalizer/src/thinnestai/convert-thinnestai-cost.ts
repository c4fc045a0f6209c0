import type { Cost, CostBreakdown, CostKind } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * ThinnestAI `cost.breakdown.*` key → unified breakdown component. Source:
 * https://docs.thinnest.ai/api-reference/calls/get (`platform_fee`, `stt`,
 * `tts`, `llm`, `telephony`; "Per-component costs (platform, STT, TTS, LLM, telephony)") and the product
 * issue rule: `platform_fee` → `platform`, `stt`, `tts`, `llm`, `telephony` as named. `platform` (the word
 * the page's table uses) is accepted as an alias (our decision). Any other key is summed into `other`.
 */
export const THINNESTAI_COST_COMPONENT: Readonly<Record<string, CostKind>> = Object.freeze({
  platform_fee: "platform",
  platform: "platform",
  stt: "stt",
  tts: "tts",
  llm: "llm",
  telephony: "telephony",
});

/**
 * Converts `call.cost` into a unified cost `{total, currency: "USD", breakdown}` in US dollars, unrounded.
 * Source: https://docs.thinnest.ai/api-reference/calls/get (`cost.total_usd` "Total cost in USD";
 * `cost.breakdown.*` floats whose parts sum to
 * `total_usd`, so they are USD too) and the product issue rule: `total_usd` is the total; `0.00` is a real
 * zero and is kept (`telephony: 0`); other breakdown keys are summed into `other`
 * ({@link THINNESTAI_COST_COMPONENT}). `total_inr` is another currency and is not read here: the normalizer
 * puts it in `metadata.total_inr`.
 *
 * Our decisions: a list row's `cost` {`total_usd`, `total_inr`} has no breakdown → `breakdown: {}` (the
 * unified schema requires the key; an empty breakdown says no component was reported). When `total_usd` is
 * missing but breakdown parts are given, the total is their sum, with a warning. No `cost`, or one with
 * neither `total_usd` nor a breakdown → `undefined`. A non-numeric value is left out with a warning naming
 * its path. Never throws.
 */
export function convertThinnestAICost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call?.cost, "cost");
  if (!cost) return undefined;
  const breakdownIn = ctx.object(cost?.breakdown, "cost.breakdown");
  const breakdown: CostBreakdown = {};
  for (const key of breakdownIn ? Object.keys(breakdownIn) : []) {
    // The path is built only for a warning.
    const value = ctx.number(breakdownIn?.[key], () => `cost.breakdown.${key}`);
    if (value === undefined) continue;
    const component = Object.hasOwn(THINNESTAI_COST_COMPONENT, key)
      ? (THINNESTAI_COST_COMPONENT[key] as CostKind)
      : "other";
    breakdown[component] = (breakdown[component] ?? 0) + value;
  }
  let total = ctx.number(cost?.total_usd, "cost.total_usd");
  if (total === undefined) {
    const parts = Object.values(breakdown) as number[];
    if (parts.length === 0) return undefined;
    total = parts.reduce((a, b) => a + b, 0);
    ctx.warn("cost.total_usd", "missing; total is the sum of the breakdown");
  }
  return { total, currency: "USD", breakdown };
}
