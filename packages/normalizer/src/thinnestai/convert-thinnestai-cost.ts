import type { Cost, CostBreakdown } from "../call.js";
import { type Ctx, type JsonObject, nonEmpty } from "../shared/context.js";

/**
 * ThinnestAI `cost.breakdown.*` key → unified breakdown component. Source: seed 003 (`platform_fee`, `stt`,
 * `tts`, `llm`, `telephony`: "Per-component costs (platform, STT, TTS, LLM, telephony)"). Other keys are
 * summed into `other`.
 */
export const THINNESTAI_COST_COMPONENT: Readonly<Record<string, keyof CostBreakdown>> = {
  platform_fee: "platform",
  platform: "platform",
  stt: "stt",
  tts: "tts",
  llm: "llm",
  telephony: "telephony",
};

/**
 * Converts `call.cost` into a unified cost in **USD**. Source: seed 003: `cost.total_usd` "Total cost in
 * USD" is the total; the breakdown is USD too (its parts sum to `total_usd`); `0.00` is a real zero and is
 * kept. `total_inr` is not this currency: the normalizer keeps it in `metadata.total_inr`. When `total_usd`
 * is missing but a breakdown is given, the total is its sum, with a warning. No `cost` → `undefined`.
 */
export function convertThinnestAICost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call, "cost", "cost");
  if (!cost) return undefined;
  const breakdownIn = ctx.object(cost, "breakdown", "cost.breakdown");
  const breakdown: CostBreakdown = {};
  if (breakdownIn) {
    for (const key of Object.keys(breakdownIn)) {
      const value = ctx.number(breakdownIn, key, `cost.breakdown.${key}`);
      if (value === undefined) continue;
      const component = Object.hasOwn(THINNESTAI_COST_COMPONENT, key)
        ? THINNESTAI_COST_COMPONENT[key]
        : "other";
      breakdown[component as keyof CostBreakdown] =
        (breakdown[component as keyof CostBreakdown] ?? 0) + value;
    }
  }
  let total = ctx.number(cost, "total_usd", "cost.total_usd");
  if (total === undefined) {
    const parts = Object.values(breakdown) as number[];
    if (parts.length === 0) return undefined;
    total = parts.reduce((a, b) => a + b, 0);
    ctx.warn("cost.total_usd", "missing; total is the sum of the breakdown");
  }
  return { total, currency: "USD", breakdown: nonEmpty(breakdown) ?? {} };
}
