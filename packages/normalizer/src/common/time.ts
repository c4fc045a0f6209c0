import { isoString, readInstant } from "@switchboard/core/time";
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

/**
 * Epoch ms → ISO 8601 UTC with ms, exactly `new Date(ms).toISOString()` (core's `isoString`; fractions of a ms
 * are cut toward zero; `RangeError` beyond ±8.64e15 ms, as `Date` throws).
 */
export function formatEpochMs(ms: number): string {
  return isoString(Math.trunc(ms));
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

/**
 * The epoch ms of an ISO 8601 instant this package wrote (`…T10:20:57.000Z`), for durations and offsets
 * between two of them; `NaN` for text that is not one.
 */
export function instantMs(iso: string): number {
  return readInstant(iso)?.epochMs ?? Number.NaN;
}

/**
 * `text` read by core's `readInstant` (Temporal's strict ISO 8601 grammar), with the warnings {@link isoToIso}
 * and {@link isoToMs} document; `undefined` when it is not a date-time of years 0000–9999.
 */
function readIsoMs(ctx: Ctx, text: string, path: Path): number | undefined {
  const read = readInstant(text);
  // A date alone is not a date-time: the unified schema's instants carry a time of day.
  if (read === undefined || read.form === "date") {
    ctx.warn(path, `expected an ISO 8601 date-time, got ${show(text)}`);
    return undefined;
  }
  if (read.epochMs < MIN_EPOCH_MS || read.epochMs > MAX_EPOCH_MS) {
    ctx.warn(path, `timestamp out of range (years 0000–9999): ${show(text)}`);
    return undefined;
  }
  if (read.form === "date-time") ctx.warn(path, "date-time has no time zone; read as UTC");
  return read.epochMs;
}

/**
 * An ISO 8601 / RFC 3339 date-time string → ISO 8601 UTC with ms, read strictly by core's `readInstant`
 * (the TC39 Temporal API's parser, the one date stack of every package): a day that does not exist
 * (`2026-02-30`), hour 24 (`T24:00`), or any other invalid text is absent with a warning naming the path and
 * the value, never rolled over to the next valid date. A date-time without a zone (`2026-03-25T10:20:57`)
 * is read as UTC and warned about; a date without a time is invalid. Years outside 0000–9999 are absent
 * with a warning. Sub-millisecond digits are cut to milliseconds.
 */
export function isoToIso(ctx: Ctx, obj: JsonObject | undefined, key: string, path: Path): string | undefined {
  const text = ctx.string(obj?.[key], path);
  if (text === undefined) return undefined;
  const ms = readIsoMs(ctx, text, path);
  return ms === undefined ? undefined : formatEpochMs(ms);
}

/**
 * As {@link isoToIso} (same strictness, same warnings), but the instant's epoch **milliseconds** rather
 * than its text: for offsets such as a transcript turn's `startMs`, where the ISO text is not kept.
 */
export function isoToMs(ctx: Ctx, obj: JsonObject | undefined, key: string, path: Path): number | undefined {
  const text = ctx.string(obj?.[key], path);
  if (text === undefined) return undefined;
  return readIsoMs(ctx, text, path);
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
