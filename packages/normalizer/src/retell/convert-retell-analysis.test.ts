import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertRetellAnalysis } from "./convert-retell-analysis.js";

describe("convertRetellAnalysis", () => {
  it("maps call_summary, call_successful, user_sentiment and custom_analysis_data", () => {
    const ctx = new Ctx("retell");
    expect(convertRetellAnalysis(ctx, seed)).toEqual({
      summary: seed.call_analysis.call_summary,
      successful: true,
      sentiment: "positive",
      data: {},
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves Retell's documented Unknown sentiment out without a warning, and warns about others", () => {
    const ctx = new Ctx("retell");
    expect(
      convertRetellAnalysis(ctx, { call_analysis: { user_sentiment: "Unknown", call_successful: false } }),
    ).toEqual({
      successful: false,
    });
    expect(convertRetellAnalysis(ctx, { call_analysis: { user_sentiment: "Ecstatic" } })).toBeUndefined();
    expect(ctx.warnings).toEqual(['call_analysis.user_sentiment: unknown value "Ecstatic"; left out']);
  });

  it("copies custom_analysis_data, so changing the result leaves raw intact", () => {
    const input = { call_analysis: { custom_analysis_data: { order: { id: 7 } } } };
    const analysis = convertRetellAnalysis(new Ctx("retell"), input);
    (analysis?.data?.order as { id: number }).id = 8;
    expect(input.call_analysis.custom_analysis_data.order.id).toBe(7);
  });

  it("is absent before the call is analysed (the call_ended webhook)", () => {
    expect(convertRetellAnalysis(new Ctx("retell"), {})).toBeUndefined();
  });
});
