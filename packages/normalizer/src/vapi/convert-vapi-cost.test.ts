import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import changelog from "./__fixtures__/costs.changelog-2025-06-11.docs.json" with { type: "json" };
import queued from "./__fixtures__/get-call.call-features.docs.json" with { type: "json" };
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiCost, convertVapiCostComponents } from "./convert-vapi-cost.js";

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
        components: expect.any(Array),
      },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("itemizes costs[] by kind and vendor in breakdown.components (USD, in report order)", () => {
    const ctx = new Ctx("vapi");
    expect(convertVapiCostComponents(ctx, realistic)).toEqual([
      { kind: "telephony", provider: "twilio", amount: 0.0154 },
      { kind: "stt", provider: "deepgram", model: "nova-2", amount: 0.0154 },
      { kind: "llm", provider: "openai", model: "gpt-4o", amount: 0.0213 },
      { kind: "tts", provider: "11labs", model: "burt", amount: 0.0344 },
      { kind: "platform", amount: 0.077 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps a kind it has no component for under its own name (the changelog's chat cost)", () => {
    const cost = convertVapiCost(new Ctx("vapi"), changelog);
    expect(cost?.total).toBe(0.12);
    expect(cost?.breakdown.components).toEqual([
      { kind: "llm", amount: 0.22 },
      { kind: "chat", amount: 0.1 },
    ]);
    expect(cost?.breakdown).toMatchObject({ llm: 0.22, other: 0.1 });
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
        components: expect.arrayContaining([
          { kind: "llm", amount: 0.001 },
          { kind: "analysis", amount: 0.0005 },
        ]),
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
