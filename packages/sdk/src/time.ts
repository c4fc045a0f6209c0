import { Temporal } from "temporal-polyfill";
import { invalidArgument } from "./errors.js";

/** A trailing UTC offset (`Z`, `+02:00`, `-0530`, `+02`) after a time of day. */
const OFFSET = /T[^+\-Z]*(Z|[+-]\d{2}(:?\d{2})?)$/i;

/**
 * Parses an ISO 8601 date or date-time strictly (the TC39 Temporal API through `temporal-polyfill`, the
 * same parser the normalizer reads provider times with: `2026-02-30` and `2026-01-01junk` are rejected,
 * never rolled over) and returns it as an ISO 8601 UTC instant with milliseconds. A value without an
 * offset (`2026-01-31`, `2026-01-31T08:00`) is read as **UTC**, whatever the machine's time zone. A
 * `Date` must be valid.
 *
 * @param field - the argument's name, for the error (`since`, `until`).
 * @throws {InvalidArgumentError} naming `field` when the value is not a valid ISO 8601 date/date-time.
 */
export function toInstant(field: string, value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidArgument(field, "is an invalid Date");
    return value.toISOString();
  }
  const text = typeof value === "string" ? value.trim() : "";
  const problem = `must be an ISO 8601 date or date-time such as 2026-01-31 or 2026-01-31T08:00:00Z, got ${JSON.stringify(value)}`;
  if (!/^\d{4}-\d{2}-\d{2}($|T)/i.test(text) || text.includes("[")) throw invalidArgument(field, problem);
  let epochMs: number;
  try {
    if (!/T/i.test(text)) epochMs = Temporal.PlainDate.from(text).toZonedDateTime("UTC").epochMilliseconds;
    else if (OFFSET.test(text)) epochMs = Temporal.Instant.from(text).epochMilliseconds;
    else epochMs = Temporal.PlainDateTime.from(text).toZonedDateTime("UTC").epochMilliseconds;
  } catch {
    throw invalidArgument(field, problem);
  }
  return new Date(epochMs).toISOString();
}
