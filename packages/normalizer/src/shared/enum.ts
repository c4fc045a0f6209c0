import type { Ctx, JsonObject } from "./context.js";

/**
 * Maps a provider's enum value through `table` (keys compared lower-case, so `ENDED` and `ended` agree).
 * Returns `{ unified, raw }`: an unknown value gives `fallback` and a warning naming `path`; an absent value
 * gives `undefined`.
 */
export function mapEnum<U extends string>(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
  table: Readonly<Record<string, U>>,
  fallback: U,
): { unified: U; raw: string } | undefined {
  const raw = ctx.string(obj, key, path);
  if (raw === undefined) return undefined;
  const unified = Object.hasOwn(table, raw.toLowerCase()) ? table[raw.toLowerCase()] : undefined;
  if (unified !== undefined) return { unified, raw };
  ctx.warn(path, `unknown value ${JSON.stringify(raw)}; mapped to "${fallback}"`);
  return { unified: fallback, raw };
}
