import { InvalidArgumentError } from "@switchboard/core";
import ms from "ms";
import { Temporal } from "temporal-polyfill";

/**
 * A duration as people write it on a command line → milliseconds: `48h`, `30m`, `7d`, `90s` (the `ms` package's
 * forms), or ISO 8601 (`PT48H`, `P2D`, read by Temporal.Duration with days of 24 hours).
 * @throws {InvalidArgumentError} naming `argument` for anything else, zero or a negative duration.
 */
export function parseDuration(text: string, argument: string): number {
  let value: number | undefined;
  if (/^P/i.test(text.trim())) {
    try {
      value = Temporal.Duration.from(text.trim().toUpperCase()).total({
        unit: "milliseconds",
        relativeTo: "2026-01-01T00:00[UTC]",
      });
    } catch {
      value = undefined;
    }
  } else if (/^\d/.test(text.trim())) {
    const parsed = ms(text.trim() as ms.StringValue);
    value = typeof parsed === "number" ? parsed : undefined;
  }
  if (value === undefined || !Number.isFinite(value) || value <= 0)
    throw new InvalidArgumentError(
      `${argument}: ${JSON.stringify(text)} is not a duration; use e.g. 48h, 30m, 7d or ISO 8601 PT48H`,
      { argument },
    );
  return value;
}
