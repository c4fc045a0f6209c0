import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertOpenMicCost } from "./convert-openmic-cost.js";

describe("convertOpenMicCost", () => {
  it("reads the seed's call_cost as USD, unrounded", () => {
    expect(convertOpenMicCost(new Ctx("openmic"), seed)).toEqual({
      total: 0.0822,
      currency: "USD",
      breakdown: { llm: 0.0052548, tts: 0.0242269, stt: 0.0527183 },
    });
  });

  it("is absent when there is no call_cost (not a made-up zero)", () => {
    expect(convertOpenMicCost(new Ctx("openmic"), {})).toBeUndefined();
  });

  it("sums the components when total_cost is missing, and says so", () => {
    const ctx = new Ctx("openmic");
    const cost = convertOpenMicCost(ctx, { call_cost: { llm_cost: 0.25, stt_cost: 0.5 } });
    expect(cost).toEqual({ total: 0.75, currency: "USD", breakdown: { llm: 0.25, stt: 0.5 } });
    expect(ctx.warnings).toEqual(["call_cost.total_cost: missing; total is the sum of the component costs"]);
  });

  it("warns about a non-numeric cost instead of coercing it", () => {
    const ctx = new Ctx("openmic");
    const cost = convertOpenMicCost(ctx, { call_cost: { total_cost: "0.10" } });
    expect(cost).toBeUndefined();
    expect(ctx.warnings[0]).toMatch(/^call_cost\.total_cost: expected a finite number, got string/);
  });
});
