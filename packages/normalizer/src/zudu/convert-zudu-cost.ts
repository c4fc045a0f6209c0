import type { Cost, CostBreakdown, CostKind } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";

/**
 * Zudu `call_cost.product_costs[].product` → unified breakdown component, by exact name (lower-cased).
 * Source: https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`inbound_call`, `llm_usage`) and the
 * product issue's rule: `llm_usage` → `llm`;
 * `inbound_call`/`outbound_call`/`web_call`/`telephony`/`twilio` → `telephony`; `platform` → `platform`.
 * Names not listed here are matched by what they contain ({@link ZUDU_PRODUCT_PATTERNS}).
 */
export const ZUDU_PRODUCT: Readonly<Record<string, CostKind>> = Object.freeze({
  llm_usage: "llm",
  inbound_call: "telephony",
  outbound_call: "telephony",
  web_call: "telephony",
  phone_call: "telephony",
  telephony: "telephony",
  twilio: "telephony",
  platform: "platform",
});

/**
 * Product names not in {@link ZUDU_PRODUCT}, matched in this order by what the lower-cased name contains
 * (first match wins). Source: the product issue's rule (`tts` → tts; `stt`/`asr`/`transcri` → stt;
 * `telephony`/`twilio` → telephony; `platform` → platform), extended with Retell-style vendor and model
 * names (`elevenlabs_tts`, `deepgram`, `gpt_4o_mini`, …). Speech components are tried before `llm` so that a
 * speech model named after an LLM vendor (`gpt_4o_mini_tts`, `gpt_4o_transcribe`) is counted as speech.
 */
export const ZUDU_PRODUCT_PATTERNS: ReadonlyArray<readonly [RegExp, CostKind]> = [
  [/tts|text_to_speech|elevenlabs|cartesia/, "tts"],
  [/stt|asr|transcri|speech_to_text|deepgram/, "stt"],
  [/llm|gpt|claude|gemini/, "llm"],
  [/telephony|twilio|telnyx|vonage|sip/, "telephony"],
  [/platform/, "platform"],
];

/**
 * The breakdown component of a product name: {@link ZUDU_PRODUCT}, then {@link ZUDU_PRODUCT_PATTERNS},
 * else `other` (unknown products are summed into `other`, product issue rule).
 */
export function zuduProductComponent(product: string): CostKind {
  const key = product.toLowerCase();
  if (Object.hasOwn(ZUDU_PRODUCT, key)) return ZUDU_PRODUCT[key] as CostKind;
  return ZUDU_PRODUCT_PATTERNS.find(([pattern]) => pattern.test(key))?.[1] ?? "other";
}

/**
 * Converts `call.call_cost` (`{combined_cost, product_costs: [{product, cost, unit_price}], …}`) into a
 * unified cost in **USD**. Source: the product issue's rule,
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id: Zudu names no
 * currency, and the values are dollar-sized (0.15 in total for a 300 s call, `unit_price` 0.02), so `USD`
 * (not cents, unlike Retell's `combined_cost`).
 *
 * - `combined_cost` → `total`, unrounded.
 * - `product_costs[].cost` → `breakdown`, summed per component ({@link zuduProductComponent}); products
 *   with no known component are summed into `other`.
 * - `combined_cost` missing but product costs given → `total` = their sum, with a warning.
 * - `total_duration_seconds`, `total_duration_unit_price`, `total_one_time_price`, `unit_price` stay in `raw`.
 * - `null` or no `call_cost`, or neither a total nor a product cost → `undefined` (not a made-up zero).
 *
 * Warnings: a product entry that is not an object, or whose `cost` is not a finite number, is left out; a
 * missing or non-string `product` name counts as `other`. Never throws.
 */
export function convertZuduCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call?.call_cost, "call_cost");
  if (!cost) return undefined;
  const breakdown: CostBreakdown = {};
  let productCount = 0;
  const products = ctx.array(cost?.product_costs, "call_cost.product_costs") ?? [];
  products.forEach((item, i) => {
    const path = `call_cost.product_costs[${i}]`;
    if (!isObject(item)) {
      ctx.warn(path, `expected {product, cost}, got ${describe(item)}; left out`);
      return;
    }
    const value = ctx.number(item?.cost, `${path}.cost`);
    if (value === undefined) return;
    const product = ctx.string(item?.product, `${path}.product`);
    if (product === undefined) ctx.warn(`${path}.product`, 'no product name; cost counted as "other"');
    const component = product === undefined ? "other" : zuduProductComponent(product);
    breakdown[component] = (breakdown[component] ?? 0) + value;
    productCount++;
  });
  let total = ctx.number(cost?.combined_cost, "call_cost.combined_cost");
  if (total === undefined) {
    if (productCount === 0) return undefined;
    total = (Object.values(breakdown) as number[]).reduce((a, b) => a + b, 0);
    ctx.warn("call_cost.combined_cost", "missing; total is the sum of the product costs");
  }
  return { total, currency: "USD", breakdown };
}
