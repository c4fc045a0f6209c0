import { isoString, readInstant } from "@switchboard/core/time";
import { invalidArgument } from "./errors.js";

/**
 * Parses an ISO 8601 date or date-time strictly (core's `readInstant`, the TC39 Temporal API's parser: the
 * same one the normalizer reads provider times with; `2026-02-30` and `2026-01-01junk` are rejected, never
 * rolled over) and returns it as an ISO 8601 UTC instant with milliseconds. A value without an
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
  const problem = `must be an ISO 8601 date or date-time such as 2026-01-31 or 2026-01-31T08:00:00Z, got ${JSON.stringify(value)}`;
  const read = typeof value === "string" ? readInstant(value) : undefined;
  if (read === undefined) throw invalidArgument(field, problem);
  return isoString(read.epochMs);
}
