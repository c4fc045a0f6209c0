import type { Cost, CostBreakdown } from "../call.js";
import { type Ctx, isObject, type JsonObject } from "../shared/context.js";

/**
 * Zudu `call_cost.product_costs[].product` → unified breakdown component. Source: seed 002 (`inbound_call`,
 * `llm_usage`) and Retell's product names: exact names first, then by what the name contains — `llm` →
 * `llm`; `tts`/`voice` → `tts`; `stt`/`asr`/`transcri` → `stt`; `call`/`telephony`/`twilio`/`sip`/`minute`
 * → `telephony`; `platform` → `platform`. Unknown products are summed into `other`.
 */
export const ZUDU_PRODUCT: Readonly<Record<string, keyof CostBreakdown>> = {
  llm_usage: "llm",
  inbound_call: "telephony",
  outbound_call: "telephony",
  web_call: "telephony",
  telephony: "telephony",
  platform: "platform",
};

const PATTERNS: ReadonlyArray<[RegExp, keyof CostBreakdown]> = [
  [/llm|gpt|claude|gemini/, "llm"],
  [/tts|voice|elevenlabs/, "tts"],
  [/stt|asr|transcri|deepgram/, "stt"],
  [/call|telephony|twilio|sip|minute/, "telephony"],
  [/platform/, "platform"],
];

/** The breakdown component of a product name; see {@link ZUDU_PRODUCT}. */
export function zuduProductComponent(product: string): keyof CostBreakdown {
  const key = product.toLowerCase();
  if (Object.hasOwn(ZUDU_PRODUCT, key)) return ZUDU_PRODUCT[key] as keyof CostBreakdown;
  return PATTERNS.find(([pattern]) => pattern.test(key))?.[1] ?? "other";
}

/**
 * Converts `call.call_cost` into a unified cost in **USD**. Source: the product rule and providers.md: Zudu
 * names no currency, and the values (0.15 for a 300 s call) are dollar-sized, so `USD`. `combined_cost` is
 * the total; `product_costs[].cost` are summed into the breakdown by product ({@link zuduProductComponent}).
 * When `combined_cost` is missing but products are given, the total is their sum, with a warning.
 * `null` or no `call_cost` → `undefined`.
 */
export function convertZuduCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call, "call_cost", "call_cost");
  if (!cost) return undefined;
  const breakdown: CostBreakdown = {};
  const products = ctx.array(cost, "product_costs", "call_cost.product_costs") ?? [];
  products.forEach((item, i) => {
    const path = `call_cost.product_costs[${i}]`;
    if (!isObject(item)) {
      ctx.warn(path, "expected an object; left out");
      return;
    }
    const value = ctx.number(item, "cost", `${path}.cost`);
    if (value === undefined) return;
    const product = typeof item.product === "string" ? item.product : "";
    const component = zuduProductComponent(product);
    breakdown[component] = (breakdown[component] ?? 0) + value;
  });
  let total = ctx.number(cost, "combined_cost", "call_cost.combined_cost");
  if (total === undefined) {
    const parts = Object.values(breakdown) as number[];
    if (parts.length === 0) return undefined;
    total = parts.reduce((a, b) => a + b, 0);
    ctx.warn("call_cost.combined_cost", "missing; total is the sum of the product costs");
  }
  return { total, currency: "USD", breakdown };
}
