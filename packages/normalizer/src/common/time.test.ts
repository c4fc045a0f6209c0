import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeUnknownCall } from "../normalize.js";
import { Ctx } from "./context.js";
import {
  durationMs,
  epochMsToIso,
  instantMs,
  isoToIso,
  isoToMs,
  MAX_EPOCH_MS,
  MIN_EPOCH_MS,
} from "./time.js";

describe("isoToIso: strict ISO 8601 parsing (Temporal)", () => {
  it.each([
    ["2026-02-30T00:00:00Z"],
    ["2026-01-01T24:00:00Z"],
    ["2026-13-01T00:00:00Z"],
    ["2026-04-31T10:00:00+02:00"],
    ["2026-02-29T00:00:00"],
    ["2026-03-25"],
    ["yesterday"],
    ["+275760-09-13T00:00:00Z"],
    ["-000001-01-01T00:00:00Z"],
  ])("%s is absent, with a warning naming the path and the value", (text) => {
    const ctx = new Ctx("butter");
    expect(isoToIso(ctx, { start_time: text }, "start_time", "start_time")).toBeUndefined();
    expect(ctx.warnings).toHaveLength(1);
    expect(ctx.warnings[0]).toMatch(/^start_time: /);
    expect(ctx.warnings[0]).toContain(JSON.stringify(text));
  });

  it.each([
    ["2024-02-29T00:00:00Z", "2024-02-29T00:00:00.000Z"],
    ["2026-03-25T10:20:57.123+02:00", "2026-03-25T08:20:57.123Z"],
    ["2026-03-25 10:20:57Z", "2026-03-25T10:20:57.000Z"],
    ["9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"],
    ["0000-01-01T00:00:00Z", "0000-01-01T00:00:00.000Z"],
  ])("%s → %s with no warning", (text, iso) => {
    const ctx = new Ctx("butter");
    expect(isoToIso(ctx, { t: text }, "t", "t")).toBe(iso);
    expect(ctx.warnings).toEqual([]);
  });

  it("a date-time without a zone is read as UTC, with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(isoToIso(ctx, { t: "2026-03-25T10:20:57" }, "t", "started_at")).toBe("2026-03-25T10:20:57.000Z");
    expect(ctx.warnings).toEqual(["started_at: date-time has no time zone; read as UTC"]);
  });
});

describe("isoToIso: UTC forms", () => {
  it.each([
    ["2026-02-30T00:00:00.000+00:00"],
    ["2026-02-29T12:00:00.123456Z"],
    ["2026-01-01T24:00:00.000Z"],
    ["2026-01-01T23:60:00Z"],
    ["2026-04-31T10:00:00+00:00"],
  ])("%s (rolls over through Date) is absent, with a warning", (text) => {
    const ctx = new Ctx("bland");
    expect(isoToIso(ctx, { t: text }, "t", "started_at")).toBeUndefined();
    expect(ctx.warnings).toEqual([`started_at: expected an ISO 8601 date-time, got ${JSON.stringify(text)}`]);
  });

  it("any instant in years 0000–9999, written as Z or +00:00 with 0–9 fraction digits, is that instant cut to ms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_EPOCH_MS, max: MAX_EPOCH_MS }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.boolean(),
        (ms, digits, extra, z) => {
          const base = new Date(ms).toISOString().slice(0, 23);
          const fraction = `${base.slice(20)}${String(extra).padStart(6, "0")}`.slice(0, digits);
          const text = `${base.slice(0, 19)}${digits ? `.${fraction}` : ""}${z ? "Z" : "+00:00"}`;
          const ctx = new Ctx("bland");
          // The fraction written, cut to milliseconds: 1 digit keeps tenths, 2 hundredths, 3 or more the ms.
          const inSecond = ((ms % 1000) + 1000) % 1000;
          const cut = digits >= 3 ? ms : ms - (inSecond % 10 ** (3 - digits));
          const expected = new Date(cut).toISOString();
          expect(isoToIso(ctx, { t: text }, "t", "t")).toBe(expected);
          expect(ctx.warnings).toEqual([]);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe("epochMsToIso: only instants the unified schema can hold (years 0000–9999)", () => {
  it.each([[MAX_EPOCH_MS + 1], [MIN_EPOCH_MS - 1], [8.64e15], [-8.64e15]])(
    "%s ms is absent with a warning",
    (ms) => {
      const ctx = new Ctx("openmic");
      expect(
        epochMsToIso(ctx, { start_timestamp: ms }, "start_timestamp", "start_timestamp"),
      ).toBeUndefined();
      expect(ctx.warnings).toEqual([`start_timestamp: timestamp out of range (years 0000–9999): ${ms}`]);
    },
  );

  it("the edges of the range are kept", () => {
    const ctx = new Ctx("openmic");
    expect(epochMsToIso(ctx, { t: MAX_EPOCH_MS }, "t", "t")).toBe("9999-12-31T23:59:59.999Z");
    expect(epochMsToIso(ctx, { t: MIN_EPOCH_MS }, "t", "t")).toBe("0000-01-01T00:00:00.000Z");
    expect(ctx.warnings).toEqual([]);
  });
});

describe("end before start", () => {
  it("warns naming both paths and values; no duration is derived", () => {
    const ctx = new Ctx("butter");
    const order = { ctx, startPath: "start_time", endPath: "end_time" };
    expect(
      durationMs(undefined, "2026-01-01T10:00:00.000Z", "2026-01-01T09:00:00.000Z", order),
    ).toBeUndefined();
    expect(ctx.warnings).toEqual([
      "end_time: ends before the start: end_time 2026-01-01T09:00:00.000Z < start_time 2026-01-01T10:00:00.000Z",
    ]);
  });

  it.each([
    [
      "openmic",
      { call_id: "c", agent_id: "a", start_timestamp: 2_000, end_timestamp: 1_000 },
      "end_timestamp",
    ],
    ["zudu", { call_id: "c", agent_id: "a", start_timestamp: 2_000, end_timestamp: 1_000 }, "end_timestamp"],
    [
      "butter",
      { call_sid: "c", agent_id: "a", start_time: "2026-01-02T00:00:00Z", end_time: "2026-01-01T00:00:00Z" },
      "end_time",
    ],
    [
      "thinnestai",
      { id: 1, agent_id: "a", started_at: "2026-01-02T00:00:00Z", ended_at: "2026-01-01T00:00:00Z" },
      "ended_at",
    ],
  ])("%s: a call that ends before it starts has a warning on %s", (provider, call, path) => {
    const result = normalizeUnknownCall(provider, call);
    expect(result.warnings.some((w) => w.startsWith(`${path}: ends before the start`))).toBe(true);
  });

  it("2026-02-30 in a Butter call leaves startedAt absent (not March 2nd)", () => {
    const result = normalizeUnknownCall("butter", {
      call_sid: "c",
      agent_id: "a",
      start_time: "2026-02-30T10:00:00Z",
    });
    expect(result.startedAt).toBeUndefined();
    expect(result.warnings).toContain(
      'start_time: expected an ISO 8601 date-time, got "2026-02-30T10:00:00Z"',
    );
  });
});

describe("isoToMs: isoToIso's strictness, as epoch ms", () => {
  it.each([
    ["2026-03-25T10:20:57+00:01", "2026-03-25T10:19:57.000Z"],
    ["2026-03-25T10:20:57.5+0000", "2026-03-25T10:20:57.500Z"],
    ["2026-03-25T10:20:57.5+00:00", "2026-03-25T10:20:57.500Z"],
    ["2026-03-26T00:00:00.000Z", "2026-03-26T00:00:00.000Z"],
    ["2026-03-25T23:59:59.999Z", "2026-03-25T23:59:59.999Z"],
    ["1999-12-31T23:59:59Z", "1999-12-31T23:59:59.000Z"],
  ])("%s → %s: any offset is applied, the day is never taken from the one before", (text, iso) => {
    const ctx = new Ctx("bland");
    expect(isoToIso(ctx, { t: text }, "t", "t")).toBe(iso);
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["2026/03/25T10:20:57Z"],
    ["2026-03-25T10:20:57+00-00"],
    ["2026-03-25T10:20:57Z0"],
    ["2O26-03-25T10:20:57Z"],
  ])("%s is not read as a UTC date-time (a warning, no instant)", (text) => {
    const ctx = new Ctx("bland");
    expect(isoToMs(ctx, { t: text }, "t", "t")).toBeUndefined();
    expect(ctx.warnings).toEqual([`t: expected an ISO 8601 date-time, got ${JSON.stringify(text)}`]);
  });

  it("gives the instant isoToIso gives, and the same warnings, for valid and invalid texts", () => {
    const texts = fc.oneof(
      fc
        .integer({ min: MIN_EPOCH_MS, max: MAX_EPOCH_MS })
        .map((ms) =>
          new Date(ms).toISOString().replace(/\.(\d+)Z$/, (_, f) => (f === "000" ? "Z" : `.${f}+00:00`)),
        ),
      fc.constantFrom(
        "2026-02-30T00:00:00Z",
        "2026-02-28T23:59:60Z",
        "2026-01-01T24:00:00.000Z",
        "2026-03-25T10:20:57",
        "2026-03-25T10:20:57+02:00",
        "2026-03-25T10:20:57.Z",
        "2026-03-25T10:20:57.1234567890Z",
        "2026-3-25T10:20:57Z",
        "yesterday",
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const a = new Ctx("bland");
        const b = new Ctx("bland");
        const iso = isoToIso(a, { t: text }, "t", "t");
        const ms = isoToMs(b, { t: text }, "t", "t");
        expect(ms).toBe(iso === undefined ? undefined : Date.parse(iso));
        expect(b.warnings).toEqual(a.warnings);
        if (iso !== undefined) expect(instantMs(iso)).toBe(ms);
      }),
      { seed: 5, numRuns: 1000 },
    );
  });
});
