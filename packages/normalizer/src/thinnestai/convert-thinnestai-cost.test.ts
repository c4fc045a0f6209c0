import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { convertThinnestAICost } from "./convert-thinnestai-cost.js";

describe("convertThinnestAICost", () => {
  it("takes the seed's total_usd with the USD breakdown, keeping the real zero of telephony", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAICost(ctx, seed)).toEqual({
      total: 0.08,
      currency: "USD",
      breakdown: { platform: 0.05, stt: 0.01, tts: 0.015, llm: 0.005, telephony: 0 },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("gives a list row's total with an empty breakdown and no warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAICost(ctx, listItem)).toEqual({ total: 0.08, currency: "USD", breakdown: {} });
    expect(ctx.warnings).toEqual([]);
  });

  it("sums unknown breakdown keys into other", () => {
    expect(
      convertThinnestAICost(new Ctx("thinnestai"), {
        cost: { total_usd: 1, breakdown: { llm: 0.5, storage: 0.25, egress: 0.25 } },
      }),
    ).toEqual({ total: 1, currency: "USD", breakdown: { llm: 0.5, other: 0.5 } });
  });

  it("sums the breakdown when total_usd is missing, with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAICost(ctx, { cost: { breakdown: { llm: 0.25, storage: 0.5 } } })).toEqual({
      total: 0.75,
      currency: "USD",
      breakdown: { llm: 0.25, other: 0.5 },
    });
    expect(ctx.warnings).toEqual(["cost.total_usd: missing; total is the sum of the breakdown"]);
  });

  it("warns about a non-numeric component instead of coercing it", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAICost(ctx, { cost: { total_usd: 0.1, breakdown: { tts: "0.05" } } })).toEqual({
      total: 0.1,
      currency: "USD",
      breakdown: {},
    });
    expect(ctx.warnings).toEqual(['cost.breakdown.tts: expected a finite number, got string "0.05"']);
  });

  it("is absent without a cost block, or with only total_inr", () => {
    expect(convertThinnestAICost(new Ctx("thinnestai"), {})).toBeUndefined();
    expect(convertThinnestAICost(new Ctx("thinnestai"), { cost: { total_inr: 6.8 } })).toBeUndefined();
  });
});
