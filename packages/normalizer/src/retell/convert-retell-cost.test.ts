import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertRetellCost, retellCostComponent } from "./convert-retell-cost.js";

describe("convertRetellCost", () => {
  it("converts the reference's cents into US dollars: combined_cost 70 → 0.7, elevenlabs_tts 60 → tts 0.6", () => {
    const ctx = new Ctx("retell");
    expect(convertRetellCost(ctx, seed)).toEqual({ total: 0.7, currency: "USD", breakdown: { tts: 0.6 } });
    expect(ctx.warnings).toEqual([]);
  });

  it("sums products of the same component and keeps fractional cents unrounded", () => {
    const cost = convertRetellCost(new Ctx("retell"), {
      call_cost: {
        combined_cost: 12.345,
        product_costs: [
          { product: "elevenlabs_tts", cost: 5 },
          { product: "openai_tts", cost: 2.5 },
          { product: "gpt-4o", cost: 3.345 },
          { product: "twilio", cost: 1, is_transfer_leg_cost: true },
          { product: "retell_platform", cost: 0.5 },
        ],
      },
    });
    expect(cost).toEqual({
      total: 0.12345,
      currency: "USD",
      breakdown: { tts: 0.075, llm: 0.03345, telephony: 0.01, platform: 0.005 },
    });
  });

  it("sums the products, with a warning, when combined_cost is missing", () => {
    const ctx = new Ctx("retell");
    const cost = convertRetellCost(ctx, {
      call_cost: {
        product_costs: [
          { product: "x", cost: 40 },
          { product: "y", cost: 10 },
        ],
      },
    });
    expect(cost).toEqual({ total: 0.5, currency: "USD", breakdown: { other: 0.5 } });
    expect(ctx.warnings).toEqual(["call_cost.combined_cost: missing; total is the sum of the product costs"]);
  });

  it("reports a product without a usable cost and leaves it out of the breakdown", () => {
    const ctx = new Ctx("retell");
    const cost = convertRetellCost(ctx, {
      call_cost: { combined_cost: 10, product_costs: [{ product: "tts" }, { product: "llm", cost: "3" }, 7] },
    });
    expect(cost).toEqual({ total: 0.1, currency: "USD", breakdown: {} });
    expect(ctx.warnings).toEqual([
      "call_cost.product_costs[0].cost: missing; left out of the breakdown",
      'call_cost.product_costs[1].cost: expected a finite number, got string "3"',
      "call_cost.product_costs[2]: expected an object, got number 7; left out of the breakdown",
    ]);
  });

  it("is absent without call_cost, and 0 cents is a real zero", () => {
    expect(convertRetellCost(new Ctx("retell"), {})).toBeUndefined();
    expect(
      convertRetellCost(new Ctx("retell"), { call_cost: { combined_cost: 0, product_costs: [] } }),
    ).toEqual({
      total: 0,
      currency: "USD",
      breakdown: {},
    });
  });

  it.each([
    ["elevenlabs_tts", "tts"],
    ["deepgram_stt", "stt"],
    ["gpt-4o-mini", "llm"],
    ["telnyx_telephony", "telephony"],
    ["retell_platform", "platform"],
    ["knowledge_base", "other"],
  ] as const)("puts product %s under %s", (product, component) => {
    expect(retellCostComponent(product)).toBe(component);
  });
});
