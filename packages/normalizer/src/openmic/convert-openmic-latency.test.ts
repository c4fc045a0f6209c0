import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertOpenMicLatency } from "./convert-openmic-latency.js";

describe("convertOpenMicLatency", () => {
  it("converts the seed's seconds to milliseconds (median → p50)", () => {
    expect(convertOpenMicLatency(new Ctx("openmic"), seed)).toEqual({
      e2e: { min: 500, p50: 1200, p90: 2100 },
      llm: { min: 300, p50: 800, p90: 1500 },
      tts: { min: 200, p50: 400, p90: 600 },
    });
  });

  it("has no float noise on awkward values", () => {
    expect(convertOpenMicLatency(new Ctx("openmic"), { latency: { e2e_min_latency: 0.58 } })).toEqual({
      e2e: { min: 580 },
    });
  });

  it("drops a negative latency with a warning and omits stages that were not reported", () => {
    const ctx = new Ctx("openmic");
    expect(convertOpenMicLatency(ctx, { latency: { e2e_min_latency: -1, llm_p90_latency: 1 } })).toEqual({
      llm: { p90: 1000 },
    });
    expect(ctx.warnings).toEqual(["latency.e2e_min_latency: expected a number ≥ 0, got -1"]);
  });
});
