import { describe, expect, it } from "vitest";
import { isoString, readInstant, timeMs } from "./time.js";

describe("readInstant: the one parser of user and provider times", () => {
  it("reads RFC 3339 instants with Z or an offset, cutting sub-millisecond digits", () => {
    expect(readInstant("2026-01-31T08:00:00Z")).toEqual({
      epochMs: Date.UTC(2026, 0, 31, 8),
      form: "instant",
    });
    expect(readInstant(" 2026-01-31T10:00:00.123456+02:00 ")).toEqual({
      epochMs: Date.UTC(2026, 0, 31, 8, 0, 0, 123),
      form: "instant",
    });
    expect(readInstant("2026-01-31 08:00:00z")?.epochMs).toBe(Date.UTC(2026, 0, 31, 8));
  });

  it("reads a date-time without an offset, and a date alone, as UTC whatever the machine's zone", () => {
    expect(readInstant("2026-01-31T08:00")).toEqual({ epochMs: Date.UTC(2026, 0, 31, 8), form: "date-time" });
    expect(readInstant("2026-01-31")).toEqual({ epochMs: Date.UTC(2026, 0, 31), form: "date" });
  });

  it("refuses what Date.parse rolls over or guesses at", () => {
    // Date.parse gives 2026-03-02, 2026-01-02T00:00 and a date in 2026 for these.
    for (const text of ["2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01junk", "2026-02-31"])
      expect(readInstant(text), text).toBeUndefined();
    for (const text of [
      "",
      "  ",
      "yesterday",
      "1767225600000",
      "2026-01-31T08:00Z[Europe/Paris]",
      "Jan 31 2026",
    ])
      expect(readInstant(text), text).toBeUndefined();
  });
});

describe("timeMs and isoString", () => {
  it("takes epoch ms numbers as they are and strings through readInstant", () => {
    expect(timeMs(1_767_225_600_000)).toBe(1_767_225_600_000);
    expect(timeMs(Number.NaN)).toBeUndefined();
    expect(timeMs("2026-01-01")).toBe(Date.UTC(2026, 0, 1));
    expect(timeMs("2026-02-30")).toBeUndefined();
    expect(timeMs(null)).toBeUndefined();
  });

  it("writes ISO 8601 UTC with milliseconds, and throws RangeError beyond Date's range", () => {
    expect(isoString(Date.UTC(2026, 0, 31, 8))).toBe("2026-01-31T08:00:00.000Z");
    expect(() => isoString(9e15)).toThrow(RangeError);
  });
});
