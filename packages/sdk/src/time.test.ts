import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./errors.js";
import { toInstant } from "./time.js";

describe("toInstant (--since/--until, sdk filters)", () => {
  it.each([
    ["2026-01-31", "2026-01-31T00:00:00.000Z"],
    ["2026-01-31T08:00", "2026-01-31T08:00:00.000Z"],
    ["2026-01-31T08:00:00Z", "2026-01-31T08:00:00.000Z"],
    ["2026-01-31T08:00:00.123+02:00", "2026-01-31T06:00:00.123Z"],
    ["2026-01-31T08:00:00-0530", "2026-01-31T13:30:00.000Z"],
    ["2026-01-31T08:00:00+02", "2026-01-31T06:00:00.000Z"],
    [" 2026-12-31T23:59:59.999Z ", "2026-12-31T23:59:59.999Z"],
  ])("%s is read as %s (no offset = UTC)", (input, expected) => {
    expect(toInstant("since", input)).toBe(expected);
  });

  it.each([
    "2026-02-30",
    "2026-01-01junk",
    "2026-13-01",
    "2026-01-31T25:00:00Z",
    "20260131",
    "2026-01-31T08:00:00Z[Europe/Paris]",
    "",
    "yesterday",
  ])("%j is refused, never rolled over", (input) => {
    expect(() => toInstant("until", input)).toThrow(InvalidArgumentError);
    expect(() => toInstant("until", input)).toThrow(/until: must be an ISO 8601/);
  });

  it("takes a valid Date and refuses an invalid one", () => {
    expect(toInstant("since", new Date(Date.UTC(2026, 0, 2)))).toBe("2026-01-02T00:00:00.000Z");
    expect(() => toInstant("since", new Date(Number.NaN))).toThrow(/since: is an invalid Date/);
  });
});
