import type { Cost, CostBreakdown, CostKind } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";

/** Cents → US dollars, unrounded (the quotient is the double nearest to the exact value). */
export function centsToUsd(cents: number): number {
  return cents / 100;
}

/**
 * Which unified cost component a Retell `product_costs[].product` belongs to. Retell publishes no list of
 * product names (the reference's example is `elevenlabs_tts`), so this is by name, case-insensitively:
 * `tts`/`voice` → `tts`; `stt`/`asr`/`transcri` → `stt`; `llm`/`gpt`/`claude`/`gemini` → `llm`;
 * `telephony`/`twilio`/`telnyx`/`vonage`/`sip`/`phone` → `telephony`; `platform`/`retell` → `platform`;
 * anything else → `other`.
 */
export function retellCostComponent(product: string): CostKind {
  const name = product.toLowerCase();
  if (/tts|voice/.test(name)) return "tts";
  if (/stt|asr|transcri/.test(name)) return "stt";
  if (/llm|gpt|claude|gemini/.test(name)) return "llm";
  if (/telephony|twilio|telnyx|vonage|sip|phone/.test(name)) return "telephony";
  if (/platform|retell/.test(name)) return "platform";
  return "other";
}

/**
 * Converts `call.call_cost` — **cents** (source: https://docs.retellai.com/api-references/get-call:
 * `combined_cost` "Combined cost of all individual costs in cents", `product_costs[].cost` "Cost for the
 * product in cents") — into a unified cost in **US dollars** (Retell names no currency; its prices are
 * USD). `combined_cost` / 100 → `total`; the products' `cost`s are summed per component
 * ({@link retellCostComponent}), transfer-leg costs included. Without `combined_cost`, the total is the sum
 * of the product costs, with a warning. A product entry without a finite `cost` is left out of the
 * breakdown with a warning (it stays in `raw`). No `call_cost`, or nothing usable → `undefined`.
 */
export function convertRetellCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call?.call_cost, "call_cost");
  if (!cost) return undefined;
  const cents: CostBreakdown = {};
  let sumCents = 0;
  let counted = 0;
  const products = ctx.array(cost?.product_costs, "call_cost.product_costs") ?? [];
  products.forEach((entry, i) => {
    const path = `call_cost.product_costs[${i}]`;
    if (!isObject(entry)) {
      ctx.warn(path, `expected an object, got ${describe(entry)}; left out of the breakdown`);
      return;
    }
    const value = ctx.number(entry?.cost, `${path}.cost`);
    if (value === undefined) {
      if (entry.cost === undefined || entry.cost === null)
        ctx.warn(`${path}.cost`, "missing; left out of the breakdown");
      return;
    }
    const product = typeof entry.product === "string" ? entry.product : "";
    const component = retellCostComponent(product);
    cents[component] = (cents[component] ?? 0) + value;
    sumCents += value;
    counted++;
  });
  // Summed in cents, converted once, so 5 + 2.5 cents is 0.075 dollars, not 0.07500000000000001.
  const breakdown: CostBreakdown = {};
  for (const [component, value] of Object.entries(cents) as [CostKind, number][])
    breakdown[component] = centsToUsd(value);
  const combined = ctx.number(cost?.combined_cost, "call_cost.combined_cost");
  if (combined !== undefined) return { total: centsToUsd(combined), currency: "USD", breakdown };
  if (counted === 0) return undefined;
  ctx.warn("call_cost.combined_cost", "missing; total is the sum of the product costs");
  return { total: centsToUsd(sumCents), currency: "USD", breakdown };
}
