import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { convertButterCost } from "./convert-butter-cost.js";

describe("convertButterCost", () => {
  it("reads the seed's total_cost and cost_breakdown in credits, llm = input + output", () => {
    const ctx = new Ctx("butter");
    expect(convertButterCost(ctx, seed.data)).toEqual({
      total: 12.35,
      currency: "credits",
      breakdown: { llm: 3, tts: 5, stt: 1, telephony: 2 },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("gives a List Calls row its total with an empty breakdown", () => {
    expect(convertButterCost(new Ctx("butter"), listItem)).toEqual({
      total: 12.35,
      currency: "credits",
      breakdown: {},
    });
  });

  it("sums undocumented components into other", () => {
    const cost = convertButterCost(new Ctx("butter"), {
      total_cost: 4,
      cost_breakdown: {
        llm_output: { cost_credits: 1 },
        platform_fee: { cost_credits: 2 },
        kb: { cost_credits: 1 },
      },
    });
    expect(cost).toEqual({ total: 4, currency: "credits", breakdown: { llm: 1, other: 3 } });
  });

  it("sums the breakdown when total_cost is missing, and says so", () => {
    const ctx = new Ctx("butter");
    expect(convertButterCost(ctx, { cost_breakdown: { tts: { cost_credits: 0.5 } } })).toEqual({
      total: 0.5,
      currency: "credits",
      breakdown: { tts: 0.5 },
    });
    expect(ctx.warnings).toEqual(["total_cost: missing; total is the sum of cost_breakdown"]);
  });

  it("warns about malformed components instead of counting them", () => {
    const ctx = new Ctx("butter");
    const cost = convertButterCost(ctx, {
      total_cost: 1,
      cost_breakdown: { tts: 5, stt: { units: 3 }, llm_input: { cost_credits: "1" } },
    });
    expect(cost).toEqual({ total: 1, currency: "credits", breakdown: {} });
    expect(ctx.warnings).toEqual([
      "cost_breakdown.tts: expected an object, got number 5; not counted",
      "cost_breakdown.stt.cost_credits: missing; component not counted",
      'cost_breakdown.llm_input.cost_credits: expected a finite number, got string "1"',
    ]);
  });

  it("is absent when there is no cost at all (not a made-up zero)", () => {
    expect(convertButterCost(new Ctx("butter"), {})).toBeUndefined();
    expect(convertButterCost(new Ctx("butter"), { total_cost: null, cost_breakdown: {} })).toBeUndefined();
  });
});
