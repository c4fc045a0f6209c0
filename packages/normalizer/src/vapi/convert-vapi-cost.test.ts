import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import queued from "./__fixtures__/get-call.call-features.docs.json" with { type: "json" };
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiCost } from "./convert-vapi-cost.js";

describe("convertVapiCost", () => {
  it("maps cost (USD) and costBreakdown: transport → telephony, vapi → platform, chat + analysis → other", () => {
    const ctx = new Ctx("vapi");
    expect(convertVapiCost(ctx, realistic)).toEqual({
      total: 0.1634,
      currency: "USD",
      breakdown: {
        llm: 0.0213,
        stt: 0.0154,
        tts: 0.0344,
        telephony: 0.0154,
        platform: 0.077,
        other: 0 + 0.0003 + 0.0002,
      },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("falls back to costs[] by type when costBreakdown is absent, adding items of one type", () => {
    const { costBreakdown: _omit, ...rest } = realistic;
    const costs = [...rest.costs, { type: "model", cost: 0.001 }, { type: "analysis", cost: 0.0005 }];
    expect(convertVapiCost(new Ctx("vapi"), { ...rest, costs })).toEqual({
      total: 0.1634,
      currency: "USD",
      breakdown: {
        telephony: 0.0154,
        stt: 0.0154,
        llm: 0.0213 + 0.001,
        tts: 0.0344,
        platform: 0.077,
        other: 0.0005,
      },
    });
  });

  it("keeps a cost of 0 (a queued call) as 0, not absent", () => {
    expect(convertVapiCost(new Ctx("vapi"), queued)).toEqual({ total: 0, currency: "USD", breakdown: {} });
  });

  it("sums the components with a warning when the total is missing; no cost at all → undefined", () => {
    const ctx = new Ctx("vapi");
    expect(convertVapiCost(ctx, { costBreakdown: { llm: 0.02, tts: 0.03 } })?.total).toBeCloseTo(0.05);
    expect(ctx.warnings).toEqual(["cost: missing; total is the sum of the component costs"]);
    expect(convertVapiCost(new Ctx("vapi"), {})).toBeUndefined();
  });
});
