import type { Ctx, JsonObject } from "../common/context.js";

/** E.164: `+`, a country code not starting with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Bland `from`/`to` → the unified `from`/`to`, **as given**. Bland's Call Details and webhook examples give
 * E.164 numbers (`+12223334444`), but the List Calls example has `"to": "5551234567"`
 * (https://docs.bland.ai/api-v1/get/calls): a value that is not E.164 is kept unchanged (no country is
 * guessed) and a warning on `key` says so. `""`/absent → `undefined`.
 */
export function mapBlandPhone(ctx: Ctx, call: JsonObject, key: "from" | "to"): string | undefined {
  const value = ctx.string(call?.[key], key);
  if (value !== undefined && !E164.test(value)) {
    ctx.warn(key, `${JSON.stringify(value.slice(0, 32))} is not an E.164 number; kept as given`);
  }
  return value;
}
