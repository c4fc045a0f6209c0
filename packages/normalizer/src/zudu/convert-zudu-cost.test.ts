import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import envelope from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertZuduCost, zuduProductComponent } from "./convert-zudu-cost.js";

describe("convertZuduCost", () => {
  it("takes combined_cost as the USD total and maps product costs by name", () => {
    expect(convertZuduCost(new Ctx("zudu"), envelope.data)).toEqual({
      total: 0.15,
      currency: "USD",
      breakdown: { telephony: 0.1, llm: 0.05 },
    });
  });

  it("sums unknown products into other", () => {
    const cost = convertZuduCost(new Ctx("zudu"), {
      call_cost: {
        combined_cost: 1,
        product_costs: [
          { product: "mystery_fee", cost: 0.25 },
          { product: "storage", cost: 0.25 },
          { product: "elevenlabs_tts", cost: 0.5 },
        ],
      },
    });
    expect(cost?.breakdown).toEqual({ other: 0.5, tts: 0.5 });
  });

  it("is absent for a null call_cost (not a zero)", () => {
    expect(convertZuduCost(new Ctx("zudu"), { call_cost: null })).toBeUndefined();
  });

  it.each([
    ["llm_usage", "llm"],
    ["gpt_4o_mini", "llm"],
    ["deepgram_asr", "stt"],
    ["outbound_call", "telephony"],
    ["retell_platform", "platform"],
    ["knowledge_base", "other"],
  ])("product %s is %s", (product, component) => {
    expect(zuduProductComponent(product)).toBe(component);
  });
});
