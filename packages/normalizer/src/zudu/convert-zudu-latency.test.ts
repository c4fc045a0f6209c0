import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import envelope from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertZuduLatency } from "./convert-zudu-latency.js";

describe("convertZuduLatency", () => {
  it("keeps the seed's ms statistics as given, renames num to count and invents no mean", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduLatency(ctx, envelope.data)).toEqual({
      e2e: { min: 120.1, max: 450.2, p50: 250.5, p90: 380.8, p95: 420.3, p99: 445.1, count: 15 },
      llm: { min: 80.2, max: 180.5, p50: 125.3, p90: 160.1, p95: 170.8, p99: 178.2, count: 8 },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps Retell's asr to stt and leaves other stages in raw", () => {
    expect(
      convertZuduLatency(new Ctx("zudu"), {
        latency: {
          asr: { min: 50, p50: 80, num: 3, values: [50, 80, 90] },
          tts: { p90: 70 },
          knowledge_base: { p50: 5 },
        },
      }),
    ).toEqual({ stt: { min: 50, p50: 80, count: 3 }, tts: { p90: 70 } });
  });

  it("prefers stt over asr when both are given", () => {
    expect(
      convertZuduLatency(new Ctx("zudu"), { latency: { stt: { p50: 1 }, asr: { p50: 2 } } })?.stt,
    ).toEqual({ p50: 1 });
  });

  it("is absent without a latency block or with empty stages", () => {
    expect(convertZuduLatency(new Ctx("zudu"), {})).toBeUndefined();
    expect(convertZuduLatency(new Ctx("zudu"), { latency: { e2e: {} } })).toBeUndefined();
  });

  it("warns about a negative latency, a fractional count and a mistyped stage", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduLatency(ctx, { latency: { e2e: { min: -1, max: 5, num: 1.5 }, llm: "fast" } })).toEqual(
      { e2e: { max: 5 } },
    );
    expect(ctx.warnings).toEqual([
      "latency.e2e.min: expected a number ≥ 0, got -1",
      "latency.e2e.num: expected a whole number, got 1.5",
      'latency.llm: expected an object, got string "fast"',
    ]);
  });
});
