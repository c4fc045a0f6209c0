import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import envelope from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertZuduCost, zuduProductComponent } from "./convert-zudu-cost.js";

describe("convertZuduCost", () => {
  it("takes the seed's combined_cost as the USD total and maps product costs by name", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduCost(ctx, envelope.data)).toEqual({
      total: 0.15,
      currency: "USD",
      breakdown: { telephony: 0.1, llm: 0.05 },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("sums unknown products into other and same-component products together", () => {
    const ctx = new Ctx("zudu");
    const cost = convertZuduCost(ctx, {
      call_cost: {
        combined_cost: 1.5,
        product_costs: [
          { product: "mystery_fee", cost: 0.25 },
          { product: "storage", cost: 0.25 },
          { product: "elevenlabs_tts", cost: 0.5 },
          { product: "cartesia_tts", cost: 0.5 },
        ],
      },
    });
    expect(cost?.breakdown).toEqual({ other: 0.5, tts: 1 });
    expect(ctx.warnings).toEqual([]);
  });

  it("sums the product costs when combined_cost is missing, and says so", () => {
    const ctx = new Ctx("zudu");
    const cost = convertZuduCost(ctx, {
      call_cost: {
        product_costs: [
          { product: "outbound_call", cost: 0.25 },
          { product: "llm_usage", cost: 0.5 },
        ],
      },
    });
    expect(cost).toEqual({ total: 0.75, currency: "USD", breakdown: { telephony: 0.25, llm: 0.5 } });
    expect(ctx.warnings).toEqual(["call_cost.combined_cost: missing; total is the sum of the product costs"]);
  });

  it("keeps a total without products, with an empty breakdown", () => {
    expect(convertZuduCost(new Ctx("zudu"), { call_cost: { combined_cost: 0.2 } })).toEqual({
      total: 0.2,
      currency: "USD",
      breakdown: {},
    });
  });

  it("is absent for a null, empty or missing call_cost (not a zero)", () => {
    expect(convertZuduCost(new Ctx("zudu"), { call_cost: null })).toBeUndefined();
    expect(convertZuduCost(new Ctx("zudu"), { call_cost: {} })).toBeUndefined();
    expect(convertZuduCost(new Ctx("zudu"), {})).toBeUndefined();
  });

  it("warns about malformed product entries instead of coercing them", () => {
    const ctx = new Ctx("zudu");
    const cost = convertZuduCost(ctx, {
      call_cost: {
        combined_cost: 1,
        product_costs: [7, { product: "llm_usage", cost: "0.10" }, { cost: 0.5 }],
      },
    });
    expect(cost).toEqual({ total: 1, currency: "USD", breakdown: { other: 0.5 } });
    expect(ctx.warnings).toEqual([
      "call_cost.product_costs[0]: expected {product, cost}, got number 7; left out",
      'call_cost.product_costs[1].cost: expected a finite number, got string "0.10"',
      'call_cost.product_costs[2].product: no product name; cost counted as "other"',
    ]);
  });

  it.each([
    ["llm_usage", "llm"],
    ["LLM_USAGE", "llm"],
    ["gpt_4o_mini", "llm"],
    ["gpt_4o_mini_tts", "tts"],
    ["gpt_4o_transcribe", "stt"],
    ["deepgram_asr", "stt"],
    ["stt_usage", "stt"],
    ["inbound_call", "telephony"],
    ["outbound_call", "telephony"],
    ["web_call", "telephony"],
    ["twilio_minutes", "telephony"],
    ["retell_platform", "platform"],
    ["knowledge_base", "other"],
    ["constructor", "other"],
  ])("product %s is %s", (product, component) => {
    expect(zuduProductComponent(product)).toBe(component);
  });
});
