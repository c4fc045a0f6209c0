import { Temporal } from "temporal-polyfill";
import type { Ctx, JsonObject, Path } from "./context.js";

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

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** `"00"`…`"99"` and `"000"`…`"999"`: zero-padded fields without a `padStart` per call. */
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
/** Minute of the day → `"HH:mm:"` (`0` → `"00:00:"`, `1439` → `"23:59:"`). */
const HOUR_MINUTE = Array.from({ length: 1440 }, (_, i) => `${PAD2[(i / 60) | 0]}:${PAD2[i % 60]}:`);
/** How many days each calendar cache below holds before it starts over (a few thousand short strings). */
const CACHE_DAYS = 4096;
/** Epoch day → its `YYYY-MM-DD` (from `Date#toISOString`). */
const DAY_TEXT = new Map<number, string>();
/** `YYYY-MM-DD` → epoch ms of its midnight UTC, or `NaN` when no such day exists (`2026-02-30`). */
const DAY_START = new Map<string, number>();

/**
 * The calendar half of {@link formatEpochMs}: the `YYYY-MM-DD` of an epoch day, computed once by
 * `Date#toISOString` and then cached (calls of one batch share a handful of days).
 */
function dayText(day: number): string {
  let text = DAY_TEXT.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAY_TEXT.size >= CACHE_DAYS) DAY_TEXT.clear();
    DAY_TEXT.set(day, text);
  }
  return text;
}

/**
 * The calendar half of {@link fastUtcMs}: epoch ms of `YYYY-MM-DD`'s midnight UTC by `Date.parse`, kept only
 * when `Date#toISOString` gives the same day back (a day that does not exist would roll over) — else `NaN`.
 * Cached per day.
 */
function dayStart(date: string): number {
  let ms = DAY_START.get(date);
  if (ms === undefined) {
    const parsed = Date.parse(`${date}T00:00:00.000Z`);
    ms = !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === date ? parsed : Number.NaN;
    if (DAY_START.size >= CACHE_DAYS) DAY_START.clear();
    DAY_START.set(date, ms);
  }
  return ms;
}

/**
 * Epoch ms → ISO 8601 UTC with ms, exactly `new Date(ms).toISOString()` (fractions of a ms are cut toward
 * zero, as `Date` does; `RangeError` beyond ±8.64e15 ms, as `Date` throws). For years 0000–9999 the day comes
 * from {@link dayText}, the hour and minute from a table of the day's 1,440 `HH:mm:` prefixes, the seconds
 * and ms by arithmetic; other instants go through `Date` itself.
 */
export function formatEpochMs(ms: number): string {
  const whole = Math.trunc(ms);
  if (!(whole >= MIN_EPOCH_MS && whole <= MAX_EPOCH_MS)) return new Date(whole).toISOString();
  const day = Math.floor(whole / DAY_MS);
  const inDay = whole - day * DAY_MS; // 0 … 86,399,999
  const minute = (inDay / 60_000) | 0;
  const inMinute = inDay - minute * 60_000;
  const s = (inMinute / 1000) | 0;
  return `${dayText(day)}T${HOUR_MINUTE[minute]}${PAD2[s]}.${PAD3[inMinute - s * 1000]}Z`;
}

/** Epoch ms → ISO 8601 UTC with ms, or `undefined` with a warning naming `path` and the value when out of range. */
function fromEpochMs(ctx: Ctx, ms: number, path: string, shown: unknown): string | undefined {
  if (ms < MIN_EPOCH_MS || ms > MAX_EPOCH_MS) {
    ctx.warn(path, `timestamp out of range (years 0000–9999): ${show(shown)}`);
    return undefined;
  }
  return formatEpochMs(ms);
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
  const ms = ctx.number(obj?.[key], path);
  if (ms === undefined) return undefined;
  return fromEpochMs(ctx, ms, path, ms);
}

/** The two-digit number at `i`, or `-1` when either character is not an ASCII digit. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The last day {@link fastUtcMs} read (as the number YYYYMMDD), and its midnight: calls of one batch mostly share their days. */
let lastDayKey = -1;
let lastDayMs = Number.NaN;

/**
 * The fast path of {@link isoToIso} and {@link isoToMs}: for `YYYY-MM-DDTHH:mm:ss[.fraction]` in UTC (`Z` or
 * `+00:00`, 1–9 fraction digits) — the form providers send almost always — its epoch ms (fraction cut to ms),
 * or `NaN` when the text is not in that form or not a real instant of years 0000–9999. Strict: the day must
 * exist (`2026-02-30` is checked by {@link dayStart} through `Date`), hours 00–23, minutes and seconds 00–59;
 * anything else is `NaN` and left to Temporal (which rejects it with a warning, or reads another form).
 * A property test checks that it agrees with `Temporal.Instant.from` on every instant of the range.
 */
function fastUtcMs(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58)
    return Number.NaN; // T, :, :
  const h = two(text, 11);
  const m = two(text, 14);
  const s = two(text, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return Number.NaN;
  let i = 19;
  let fraction = 0;
  if (text.charCodeAt(19) === 46) {
    // "." and 1–9 digits, of which the first three are the milliseconds
    for (i = 20; i < n && i < 29; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (i < 23) fraction = fraction * 10 + d;
    }
    if (i === 20) return Number.NaN;
    if (i === 21) fraction *= 100;
    else if (i === 22) fraction *= 10;
  }
  const rest = n - i;
  if (rest === 1) {
    if (text.charCodeAt(i) !== 90) return Number.NaN; // Z
  } else if (
    rest !== 6 ||
    text.charCodeAt(i) !== 43 || // +
    text.charCodeAt(i + 1) !== 48 ||
    text.charCodeAt(i + 2) !== 48 ||
    text.charCodeAt(i + 3) !== 58 || // :
    text.charCodeAt(i + 4) !== 48 ||
    text.charCodeAt(i + 5) !== 48
  ) {
    return Number.NaN;
  }
  // The day as a number (YYYYMMDD) when it is written as digits and dashes; the text is cut and read by
  // dayStart only when the day differs from the last one.
  const century = two(text, 0);
  const year = two(text, 2);
  const month = two(text, 5);
  const date = two(text, 8);
  if (
    century < 0 ||
    year < 0 ||
    month < 0 ||
    date < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  )
    return Number.NaN; // -
  const key = ((century * 100 + year) * 100 + month) * 100 + date;
  let day: number;
  if (key === lastDayKey) day = lastDayMs;
  else {
    day = dayStart(text.slice(0, 10));
    if (Number.isNaN(day)) return Number.NaN;
    lastDayKey = key;
    lastDayMs = day;
  }
  const ms = day + h * 3_600_000 + m * 60_000 + s * 1000 + fraction;
  return ms < MIN_EPOCH_MS || ms > MAX_EPOCH_MS ? Number.NaN : ms;
}

/**
 * The epoch ms of an ISO 8601 instant this package wrote (`…T10:20:57.000Z`), for durations and offsets
 * between two of them; `NaN` for text that is not one.
 */
export function instantMs(iso: string): number {
  const ms = fastUtcMs(iso);
  return Number.isNaN(ms) ? Date.parse(iso) : ms;
}

/**
 * The general path of {@link isoToIso} and {@link isoToMs}: `text` parsed strictly by Temporal, with the
 * warnings they document; `undefined` when it is not a date-time of years 0000–9999.
 */
function slowIsoMs(ctx: Ctx, text: string, trimmed: string, path: Path): number | undefined {
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
  if (ms < MIN_EPOCH_MS || ms > MAX_EPOCH_MS) {
    ctx.warn(path, `timestamp out of range (years 0000–9999): ${show(text)}`);
    return undefined;
  }
  if (!zoned) ctx.warn(path, "date-time has no time zone; read as UTC");
  return ms;
}

/**
 * An ISO 8601 / RFC 3339 date-time string → ISO 8601 UTC with ms, parsed strictly by Temporal
 * (`Temporal.Instant.from`, the TC39 Temporal API through `temporal-polyfill`): a day that does not exist
 * (`2026-02-30`), hour 24 (`T24:00`), or any other invalid text is absent with a warning naming the path and
 * the value, never rolled over to the next valid date. A date-time without a zone (`2026-03-25T10:20:57`)
 * is read as UTC (`Temporal.PlainDateTime`) and warned about; a date without a time is invalid. Years
 * outside 0000–9999 are absent with a warning. Sub-millisecond digits are cut to milliseconds. The common
 * UTC forms (`…T10:20:57Z`, `…T10:20:57.123456+00:00`) take a fast path that gives the same result
 * ({@link fastUtcMs}: the day checked through `Date`, the time of day by its digits); everything else goes
 * through Temporal.
 */
export function isoToIso(ctx: Ctx, obj: JsonObject | undefined, key: string, path: Path): string | undefined {
  const text = ctx.string(obj?.[key], path);
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const fast = fastUtcMs(trimmed);
  // The fast form's text already is the canonical one up to the seconds.
  if (!Number.isNaN(fast)) return `${trimmed.slice(0, 19)}.${PAD3[((fast % 1000) + 1000) % 1000]}Z`;
  const ms = slowIsoMs(ctx, text, trimmed, path);
  return ms === undefined ? undefined : formatEpochMs(ms);
}

/**
 * As {@link isoToIso} (same strictness, same warnings), but the instant's epoch **milliseconds** rather
 * than its text: for offsets such as a transcript turn's `startMs`, where the ISO text is not kept.
 */
export function isoToMs(ctx: Ctx, obj: JsonObject | undefined, key: string, path: Path): number | undefined {
  const text = ctx.string(obj?.[key], path);
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const fast = fastUtcMs(trimmed);
  return Number.isNaN(fast) ? slowIsoMs(ctx, text, trimmed, path) : fast;
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
  if (startedAt === undefined || endedAt === undefined)
    return given === undefined ? undefined : Math.round(given);
  // This package's own ISO texts (`YYYY-MM-DDTHH:mm:ss.sssZ`, years 0000–9999) sort as their instants do:
  // the order is checked without parsing them when the provider gives the duration.
  const diff =
    given === undefined || startedAt.length !== 24 || endedAt.length !== 24
      ? instantMs(endedAt) - instantMs(startedAt)
      : endedAt < startedAt
        ? -1
        : 0;
  if (order && diff < 0) {
    order.ctx.warn(
      order.endPath,
      `ends before the start: ${order.endPath} ${endedAt} < ${order.startPath} ${startedAt}`,
    );
  }
  if (given !== undefined) return Math.round(given);
  return diff >= 0 ? diff : undefined;
}
