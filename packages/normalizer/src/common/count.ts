import type { Ctx, JsonObject } from "./context.js";

/**
 * An optional whole-number count ≥ 0 (tokens, characters, interruptions, turns), for the unified fields that
 * the schema types as `integer, minimum 0`. Absent/`null` → `undefined`; a wrong type, a negative or a
 * fractional value → `undefined` with a warning naming `path`. Never throws.
 */
export function count(ctx: Ctx, obj: JsonObject | undefined, key: string, path: string): number | undefined {
  const value = ctx.number(obj?.[key], path, { nonNegative: true });
  if (value === undefined || Number.isSafeInteger(value)) return value;
  ctx.warn(path, `expected a whole number, got ${value}`);
  return undefined;
}
