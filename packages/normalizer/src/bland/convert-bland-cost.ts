import type { Cost } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * Bland `price` → cost in **USD**: "The cost of the call in USD" (https://docs.bland.ai/api-v1/get/calls-id),
 * kept unrounded (`0.068`). Bland gives no breakdown, so `breakdown` is `{}`. Absent/`null` → `undefined`;
 * a negative or non-numeric price → `undefined` with a warning on `price`.
 */
export function convertBlandCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const price = ctx.number(call?.price, "price", { nonNegative: true });
  return price === undefined ? undefined : { total: price, currency: "USD", breakdown: {} };
}
