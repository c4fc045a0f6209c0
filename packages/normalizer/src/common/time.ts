import { Temporal } from "temporal-polyfill";
import type { Ctx, JsonObject } from "./context.js";

/**
 * The instants the unified schema can hold: RFC 3339 `date-time` has a four-digit year, so
 * `0000-01-01T00:00:00.000Z` to `9999-12-31T23:59:59.999Z` (epoch milliseconds).
 */
export const MIN_EPOCH_MS = -62_167_219_200_000;
export const MAX_EPOCH_MS = 253_402_300_799_999;

/** A value for a warning: JSON text cut at 40 characters. */
const show = (value: unknown): string => {
  const text =
    typeof value === "string"
      ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
      : String(value);
  return text;
};

/** Epoch ms → ISO 8601 UTC with ms, or `undefined` with a warning naming `path` and the value when out of range. */
function fromEpochMs(ctx: Ctx, ms: number, path: string, shown: unknown): string | undefined {
  if (ms < MIN_EPOCH_MS || ms > MAX_EPOCH_MS) {
    ctx.warn(path, `timestamp out of range (years 0000–9999): ${show(shown)}`);
    return undefined;
  }
  return new Date(ms).toISOString();
}

/**
 * Epoch milliseconds → ISO 8601 UTC with ms (`2023-03-15T13:20:00.000Z`). A value outside years 0000–9999
 * (which the unified schema's `date-time` cannot hold) is absent, with a warning naming the path and value.
 */
export function epochMsToIso(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): string | undefined {
  const ms = ctx.number(obj, key, path);
  if (ms === undefined) return undefined;
  return fromEpochMs(ctx, ms, path, ms);
}

/** `YYYY-MM-DDTHH:mm:ss[.fraction]` in UTC (`Z` or `+00:00`): the forms providers send almost always. */
const UTC_FORM = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(?:Z|\+00:00)$/;

/**
 * The fast path of {@link isoToIso}: for a UTC date-time in the common form, the canonical
 * `YYYY-MM-DDTHH:mm:ss.sssZ` text (fraction cut or padded to ms) when `Date.parse` reads it AND
 * `Date#toISOString` gives back exactly that text. The round trip keeps it strict: a day that does not exist
 * (`2026-02-30`), hour 24, minute 60 or second 60 would roll over and no longer match, so it is left to
 * Temporal (which rejects it with a warning), as is every other form. `undefined` when not taken.
 */
function canonicalUtc(text: string): string | undefined {
  const match = UTC_FORM.exec(text);
  if (match === null) return undefined;
  const canonical = `${match[1]}.${(match[2] ?? "").padEnd(3, "0").slice(0, 3)}Z`;
  const ms = Date.parse(canonical);
  if (Number.isNaN(ms) || ms < MIN_EPOCH_MS || ms > MAX_EPOCH_MS) return undefined;
  const iso = new Date(ms).toISOString();
  return iso === canonical ? iso : undefined;
}

/**
 * An ISO 8601 / RFC 3339 date-time string → ISO 8601 UTC with ms, parsed strictly by Temporal
 * (`Temporal.Instant.from`, the TC39 Temporal API through `temporal-polyfill`): a day that does not exist
 * (`2026-02-30`), hour 24 (`T24:00`), or any other invalid text is absent with a warning naming the path and
 * the value, never rolled over to the next valid date. A date-time without a zone (`2026-03-25T10:20:57`)
 * is read as UTC (`Temporal.PlainDateTime`) and warned about; a date without a time is invalid. Years
 * outside 0000–9999 are absent with a warning. Sub-millisecond digits are cut to milliseconds. The common
 * UTC forms (`…T10:20:57Z`, `…T10:20:57.123456+00:00`) take a fast path that gives the same result
 * (`Date.parse` checked by a round trip through `toISOString`); everything else goes through Temporal.
 */
export function isoToIso(
  ctx: Ctx,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): string | undefined {
  const text = ctx.string(obj, key, path);
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const fast = canonicalUtc(trimmed);
  if (fast !== undefined) return fast;
  let ms: number | undefined;
  let zoned = true;
  try {
    ms = Temporal.Instant.from(trimmed).epochMilliseconds;
  } catch {
    // A date-time with no zone (PlainDateTime also accepts a bare date, which is not a date-time).
    if (/[T ]\d{2}:\d{2}/i.test(trimmed)) {
      try {
        ms = Temporal.PlainDateTime.from(trimmed).toZonedDateTime("UTC").epochMilliseconds;
        zoned = false;
      } catch {
        ms = undefined;
      }
    }
  }
  if (ms === undefined) {
    ctx.warn(path, `expected an ISO 8601 date-time, got ${show(text)}`);
    return undefined;
  }
  const iso = fromEpochMs(ctx, ms, path, text);
  if (iso !== undefined && !zoned) ctx.warn(path, "date-time has no time zone; read as UTC");
  return iso;
}

/** Seconds → integer milliseconds (rounded to the nearest ms). */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** Where the start and end times came from, to warn when the end is before the start. */
export interface TimeOrderCheck {
  ctx: Ctx;
  /** Provider path of the start time, e.g. `start_timestamp`. */
  startPath: string;
  /** Provider path of the end time, e.g. `end_timestamp`. */
  endPath: string;
}

/**
 * The call's duration in integer ms: the provider's own duration when given, else `end − start` when both
 * are known and `end ≥ start`; `undefined` otherwise. With `order`, an end before the start is a warning
 * naming both paths and values (both times are kept as the provider gave them).
 */
export function durationMs(
  given: number | undefined,
  startedAt: string | undefined,
  endedAt: string | undefined,
  order?: TimeOrderCheck,
): number | undefined {
  const diff =
    startedAt === undefined || endedAt === undefined
      ? undefined
      : Date.parse(endedAt) - Date.parse(startedAt);
  if (order && diff !== undefined && diff < 0) {
    order.ctx.warn(
      order.endPath,
      `ends before the start: ${order.endPath} ${endedAt} < ${order.startPath} ${startedAt}`,
    );
  }
  if (given !== undefined) return Math.round(given);
  return diff !== undefined && diff >= 0 ? diff : undefined;
}
