import type { CallStatus, Sentiment, UnifiedStatus } from "../call.js";
import type { Ctx, JsonObject } from "./context.js";

/** Each frozen table's own entries as a `Map`, built on its first lookup. */
const FROZEN_TABLES = new WeakMap<object, Map<string, unknown>>();

/**
 * `table[value]` compared case-insensitively: the value as sent first (the tables are keyed by the
 * documented lower-case words, which is what providers send), lower-cased only when that misses, so the
 * usual value costs no new string. `undefined` when neither is a key (an inherited key such as
 * `constructor` never matches).
 *
 * A frozen table (every table in this package is one) is read through a `Map` of its own entries, made once:
 * one table serves every provider's lookups, and reading a `Map` stays fast where property lookups on many
 * differently shaped objects do not (a transcript looks its speaker up once per turn). Any other table is
 * read as it is now.
 */
export function lookupFolded<U>(table: Readonly<Record<string, U>>, value: string): U | undefined {
  let entries = FROZEN_TABLES.get(table) as Map<string, U> | undefined;
  if (entries === undefined) {
    if (!Object.isFrozen(table)) {
      if (Object.hasOwn(table, value)) return table[value];
      const lower = value.toLowerCase();
      return lower !== value && Object.hasOwn(table, lower) ? table[lower] : undefined;
    }
    entries = new Map(Object.entries(table));
    FROZEN_TABLES.set(table, entries);
  }
  const hit = entries.get(value);
  if (hit !== undefined) return hit;
  const lower = value.toLowerCase();
  return lower !== value ? entries.get(lower) : undefined;
}

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
  const raw = ctx.string(obj?.[key], path);
  if (raw === undefined) return undefined;
  const unified = lookupFolded(table, raw);
  if (unified !== undefined) return { unified, raw };
  ctx.warn(path, `unknown value ${JSON.stringify(raw)}; mapped to "${fallback}"`);
  return { unified: fallback, raw };
}

/**
 * The required unified status: `call[key]` mapped through `table` ({@link mapEnum}, unknown values →
 * `unknown` with a warning). A missing value gives `{ unified: "unknown" }` and a warning; a mistyped one
 * only the type warning. Never throws.
 */
export function mapStatus(
  ctx: Ctx,
  call: JsonObject,
  key: string,
  table: Readonly<Record<string, UnifiedStatus>>,
): CallStatus {
  const status = mapEnum(ctx, call, key, key, table, "unknown");
  if (status) return status;
  const value = call[key];
  if (value === undefined || value === null || value === "") ctx.warn(key, "missing; status is unknown");
  return { unified: "unknown" };
}

const SENTIMENTS: Readonly<Record<string, Sentiment>> = Object.freeze({
  positive: "positive",
  neutral: "neutral",
  negative: "negative",
});

/**
 * A sentiment, compared case-insensitively (`"Positive"` → `"positive"`). Anything else is left out with a
 * warning naming `path`; absent → `undefined`.
 */
export function mapSentiment(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): Sentiment | undefined {
  const raw = ctx.string(obj?.[key], path);
  if (raw === undefined) return undefined;
  const sentiment = lookupFolded(SENTIMENTS, raw);
  if (sentiment !== undefined) return sentiment;
  ctx.warn(path, `unknown value ${JSON.stringify(raw)}; left out`);
  return undefined;
}
