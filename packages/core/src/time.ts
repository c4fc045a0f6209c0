/**
 * One job: reading dates and times. Every instant a user or a provider gives Switchboard — a `--since`, a
 * provider's `created_at` or `start_timestamp`, a list's time bound, a store's cursor — is read here, by the
 * TC39 Temporal API's parser (`temporal-polyfill`'s functional build, `temporal-polyfill/fns/*`, which
 * bundles only the parsers used): strict, so `2026-02-30`, `T24:00` and `2026-01-01junk` are invalid, never
 * rolled over, and a text without an offset is read as UTC whatever the machine's time zone. Instants are
 * written back as ISO 8601 UTC with milliseconds by `Date#toISOString`. Why this stack, and not `Date.parse`
 * or a parser of our own: CONTRIBUTING.md ("Dates and times").
 */
import * as Instant from "temporal-polyfill/fns/Instant";

/**
 * The form an instant was written in: `instant` (a date-time with `Z` or an offset, RFC 3339), `date-time`
 * (no offset: read as UTC) or `date` (`YYYY-MM-DD` alone: its midnight UTC).
 */
export type InstantForm = "instant" | "date-time" | "date";

/** An instant read by {@link readInstant}: its epoch milliseconds and the form it was written in. */
export interface ReadInstant {
  /** Milliseconds since 1970-01-01T00:00:00Z (sub-millisecond digits are cut, toward the past). */
  epochMs: number;
  form: InstantForm;
}

/** A calendar date alone. */
const DATE_ONLY = /^[+-]?\d{4,6}-\d{2}-\d{2}$/;
/** A date followed by a time of day (`T` or a space, then `HH:mm`). */
const HAS_TIME = /^[+-]?\d{4,6}-\d{2}-\d{2}[T ]\d{2}:?\d{2}/i;

/** Temporal's `Instant.from` on `text`, or `undefined` when it refuses it. */
function instantOf(text: string): number | undefined {
  try {
    return Instant.fromString(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/**
 * Reads an ISO 8601 / RFC 3339 instant strictly (Temporal's grammar: https://tc39.es/proposal-temporal/#sec-temporal-iso8601grammar):
 *
 * - `2026-01-31T08:00:00Z`, `2026-01-31T10:00:00.123456+02:00` → `form: "instant"`;
 * - `2026-01-31T08:00` (no offset) → read as UTC, `form: "date-time"`;
 * - `2026-01-31` → its midnight UTC, `form: "date"`.
 *
 * Leading and trailing white space is ignored. Bracketed annotations (`[Europe/Paris]`) are refused: an
 * instant here is fixed by its offset alone. Never throws.
 *
 * @returns `undefined` when `text` is none of those forms or names no real instant (`2026-02-30`, `T24:00`).
 */
export function readInstant(text: string): ReadInstant | undefined {
  const trimmed = text.trim();
  if (trimmed.includes("[")) return undefined;
  // A date alone and a date-time without an offset are the same instants at UTC: Temporal reads them with
  // the offset `Z` added (only Instant's parser is bundled; it checks every field).
  if (DATE_ONLY.test(trimmed)) {
    const epochMs = instantOf(`${trimmed}T00:00:00Z`);
    return epochMs === undefined ? undefined : { epochMs, form: "date" };
  }
  if (!HAS_TIME.test(trimmed)) return undefined;
  const zoned = instantOf(trimmed);
  if (zoned !== undefined) return { epochMs: zoned, form: "instant" };
  const local = instantOf(`${trimmed}Z`);
  return local === undefined ? undefined : { epochMs: local, form: "date-time" };
}

/**
 * A time value in epoch milliseconds: a finite number is taken as epoch ms; a string is read by
 * {@link readInstant} (any of its forms); anything else (absent, empty, unreadable) is `undefined`.
 */
export function timeMs(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  return readInstant(value)?.epochMs;
}

/**
 * Epoch milliseconds → ISO 8601 UTC with milliseconds (`2026-01-31T08:00:00.000Z`), by `Date#toISOString`.
 *
 * @throws {RangeError} beyond ±8.64e15 ms (years −271821 to 275760), as `Date` does.
 */
export function isoString(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
