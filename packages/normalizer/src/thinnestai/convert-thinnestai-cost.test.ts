import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertThinnestAICost } from "./convert-thinnestai-cost.js";

describe("convertThinnestAICost", () => {
  it("takes total_usd with the USD breakdown, keeping the real zero of telephony", () => {
    expect(convertThinnestAICost(new Ctx("thinnestai"), seed)).toEqual({
      total: 0.08,
      currency: "USD",
      breakdown: { platform: 0.05, stt: 0.01, tts: 0.015, llm: 0.005, telephony: 0 },
    });
  });

  it("sums unknown components into other and the breakdown when total_usd is missing, with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAICost(ctx, { cost: { breakdown: { llm: 0.25, storage: 0.5, egress: 0.25 } } }),
    ).toEqual({
      total: 1,
      currency: "USD",
      breakdown: { llm: 0.25, other: 0.75 },
    });
    expect(ctx.warnings).toEqual(["cost.total_usd: missing; total is the sum of the breakdown"]);
  });

  it("is absent without a cost block", () => {
    expect(convertThinnestAICost(new Ctx("thinnestai"), {})).toBeUndefined();
  });
});
