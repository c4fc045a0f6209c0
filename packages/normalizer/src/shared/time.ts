import type { Ctx, JsonObject } from "./context.js";

/** Latest epoch ms a Date can hold (±8.64e15); beyond it `toISOString` throws. */
const MAX_DATE_MS = 8.64e15;

/** Epoch milliseconds → ISO 8601 UTC with ms (`2023-03-15T13:20:00.000Z`); warns and returns `undefined` when invalid. */
export function epochMsToIso(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): string | undefined {
  const ms = ctx.number(obj, key, path);
  if (ms === undefined) return undefined;
  if (Math.abs(ms) > MAX_DATE_MS) {
    ctx.warn(path, `epoch milliseconds out of range: ${ms}`);
    return undefined;
  }
  return new Date(ms).toISOString();
}

/**
 * An ISO 8601 date-time string → ISO 8601 UTC with ms. A string without a zone (`2026-03-25T10:20:57`) is read
 * as UTC and warned about; an unparseable one is warned about and dropped.
 */
export function isoToIso(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): string | undefined {
  const text = ctx.string(obj, key, path);
  if (text === undefined) return undefined;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim());
  const isDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text.trim());
  const ms = isDateTime ? Date.parse(hasZone ? text : `${text.trim().replace(" ", "T")}Z`) : Number.NaN;
  if (Number.isNaN(ms)) {
    ctx.warn(path, `expected an ISO 8601 date-time, got ${JSON.stringify(text.slice(0, 40))}`);
    return undefined;
  }
  if (!hasZone) ctx.warn(path, "date-time has no time zone; read as UTC");
  return new Date(ms).toISOString();
}

/** Seconds → integer milliseconds (rounded to the nearest ms). */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/**
 * The call's duration in integer ms: the provider's own duration when given, else `end − start` when both
 * are known and `end ≥ start`; `undefined` otherwise.
 */
export function durationMs(
  given: number | undefined,
  startedAt: string | undefined,
  endedAt: string | undefined,
): number | undefined {
  if (given !== undefined) return Math.round(given);
  if (startedAt === undefined || endedAt === undefined) return undefined;
  const diff = Date.parse(endedAt) - Date.parse(startedAt);
  return diff >= 0 ? diff : undefined;
}
