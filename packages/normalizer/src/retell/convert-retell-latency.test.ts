import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertRetellLatency } from "./convert-retell-latency.js";

const STATS = { min: 500, p50: 800, p90: 1200, p95: 1500, p99: 2500, max: 2700, count: 10 };

describe("convertRetellLatency", () => {
  it("copies the reference's millisecond percentiles of e2e, llm and tts; num → count", () => {
    const ctx = new Ctx("retell");
    expect(convertRetellLatency(ctx, seed)).toEqual({ e2e: STATS, llm: STATS, tts: STATS });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps asr to stt, and ignores stages without a unified field", () => {
    const latency = convertRetellLatency(new Ctx("retell"), {
      latency: { asr: { p50: 120, p90: 300 }, s2s: { p50: 1 }, knowledge_base: { p50: 2 } },
    });
    expect(latency).toEqual({ stt: { p50: 120, p90: 300 } });
  });

  it("warns about negative, non-number and fractional-count values and leaves them out", () => {
    const ctx = new Ctx("retell");
    const latency = convertRetellLatency(ctx, {
      latency: { e2e: { p50: -5, p90: "1", num: 2.5, max: 900 } },
    });
    expect(latency).toEqual({ e2e: { max: 900 } });
    expect(ctx.warnings).toEqual([
      "latency.e2e.num: expected a whole number, got 2.5",
      "latency.e2e.p50: expected a number ≥ 0, got -5",
      'latency.e2e.p90: expected a finite number, got string "1"',
    ]);
  });

  it("is absent without latency or without a usable stage", () => {
    expect(convertRetellLatency(new Ctx("retell"), {})).toBeUndefined();
    expect(convertRetellLatency(new Ctx("retell"), { latency: { e2e: {} } })).toBeUndefined();
  });
});
