import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import envelope from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertZuduAnalysis } from "./convert-zudu-analysis.js";

describe("convertZuduAnalysis", () => {
  it("is absent for the seed's null call_analysis", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduAnalysis(ctx, envelope.data)).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("maps Retell's names and lower-cases the sentiment", () => {
    const input = {
      call_analysis: {
        call_summary: "ok",
        call_successful: false,
        user_sentiment: "Negative",
        in_voicemail: true,
        custom_analysis_data: { x: { y: 1 } },
      },
    };
    const analysis = convertZuduAnalysis(new Ctx("zudu"), input);
    expect(analysis).toEqual({
      summary: "ok",
      successful: false,
      sentiment: "negative",
      data: { x: { y: 1 } },
    });
    expect(analysis?.data).not.toBe(input.call_analysis.custom_analysis_data);
  });

  it.each([
    ["Positive", "positive"],
    ["NEUTRAL", "neutral"],
    ["negative", "negative"],
  ])("sentiment %s is %s", (raw, sentiment) => {
    expect(convertZuduAnalysis(new Ctx("zudu"), { call_analysis: { user_sentiment: raw } })).toEqual({
      sentiment,
    });
  });

  it("leaves out an unknown sentiment with a warning", () => {
    const ctx = new Ctx("zudu");
    expect(
      convertZuduAnalysis(ctx, { call_analysis: { call_summary: "s", user_sentiment: "Unknown" } }),
    ).toEqual({ summary: "s" });
    expect(ctx.warnings).toEqual(['call_analysis.user_sentiment: unknown value "Unknown"; left out']);
  });

  it("warns about mistyped fields and leaves them out", () => {
    const ctx = new Ctx("zudu");
    expect(
      convertZuduAnalysis(ctx, { call_analysis: { call_successful: "yes", user_sentiment: "constructor" } }),
    ).toBeUndefined();
    expect(ctx.warnings).toEqual([
      'call_analysis.user_sentiment: unknown value "constructor"; left out',
      'call_analysis.call_successful: expected a boolean, got string "yes"',
    ]);
  });
});
