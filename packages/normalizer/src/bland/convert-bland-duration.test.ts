import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { convertBlandDuration } from "./convert-bland-duration.js";

const duration = (call: Record<string, unknown>) => {
  const ctx = new Ctx("bland");
  return { ms: convertBlandDuration(ctx, call), warnings: ctx.warnings };
};

describe("convertBlandDuration", () => {
  it("reads corrected_duration as a string of SECONDS (the examples' call_length in minutes agrees)", () => {
    expect(duration(seed)).toEqual({ ms: 45_000, warnings: [] }); // "45", 0.75 min
    expect(duration(postCall)).toEqual({ ms: 11_000, warnings: [] }); // "11", 0.18333 min
    expect(duration(delayed)).toEqual({ ms: 19_000, warnings: [] }); // "19", 0.31667 min
  });

  it("falls back to call_length in MINUTES when corrected_duration is absent (List rows)", () => {
    expect(duration(listSeed.calls[0] as Record<string, unknown>)).toEqual({ ms: 50_040, warnings: [] }); // 0.834 min
    expect(duration({ call_length: 2 })).toEqual({ ms: 120_000, warnings: [] });
  });

  it("prefers corrected_duration and warns when call_length disagrees", () => {
    expect(duration({ corrected_duration: "45", call_length: 1.5 })).toEqual({
      ms: 45_000,
      warnings: [
        "call_length: 1.5 min (90000 ms) disagrees with corrected_duration (45000 ms); corrected_duration used",
      ],
    });
  });

  it("reads fractional seconds, and a number with a warning", () => {
    expect(duration({ corrected_duration: "12.5" })).toEqual({ ms: 12_500, warnings: [] });
    expect(duration({ corrected_duration: 30 })).toEqual({
      ms: 30_000,
      warnings: ["corrected_duration: expected a string of seconds, got number 30; read as seconds"],
    });
  });

  it("never coerces junk: warns and falls back to call_length", () => {
    const { ms, warnings } = duration({ corrected_duration: "45s", call_length: 0.75 });
    expect(ms).toBe(45_000);
    expect(warnings).toEqual([
      'corrected_duration: expected a string of seconds ≥ 0 (e.g. "45"), got string "45s"',
    ]);
    expect(duration({ corrected_duration: "-3" }).ms).toBeUndefined();
    expect(duration({ call_length: -1 }).warnings).toEqual(["call_length: expected a number ≥ 0, got -1"]);
  });

  it("is undefined (not 0) when Bland gives no duration", () => {
    expect(duration({})).toEqual({ ms: undefined, warnings: [] });
    expect(duration({ corrected_duration: null, call_length: null })).toEqual({
      ms: undefined,
      warnings: [],
    });
  });
});
