import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertZuduAnalysis } from "./convert-zudu-analysis.js";

describe("convertZuduAnalysis", () => {
  it("maps Retell's names and lower-cases the sentiment", () => {
    expect(
      convertZuduAnalysis(new Ctx("zudu"), {
        call_analysis: {
          call_summary: "ok",
          call_successful: false,
          user_sentiment: "Negative",
          custom_analysis_data: { x: 1 },
        },
      }),
    ).toEqual({ summary: "ok", successful: false, sentiment: "negative", data: { x: 1 } });
  });

  it("leaves out an unknown sentiment with a warning, and is absent for null", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduAnalysis(ctx, { call_analysis: { user_sentiment: "Unknown" } })).toBeUndefined();
    expect(ctx.warnings).toEqual(['call_analysis.user_sentiment: unknown value "Unknown"; left out']);
    expect(convertZuduAnalysis(new Ctx("zudu"), { call_analysis: null })).toBeUndefined();
  });
});
