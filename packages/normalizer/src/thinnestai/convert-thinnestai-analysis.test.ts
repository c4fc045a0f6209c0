import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertThinnestAIAnalysis } from "./convert-thinnestai-analysis.js";

describe("convertThinnestAIAnalysis", () => {
  it("maps the seed's analysis, keeping the summary details in data", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIAnalysis(ctx, seed)).toEqual({
      summary: "Customer asked about billing. Agent resolved the issue.",
      sentiment: "positive",
      score: 85,
      evaluation: "Polite, resolved issue quickly",
      tags: ["support", "billing"],
      data: {
        key_topics: ["billing", "refund"],
        action_items: ["Process refund within 3 days"],
        outcome: "resolved",
        knowledge_gaps: [],
      },
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("copies data, so changing the result leaves the input intact", () => {
    const input = structuredClone(seed);
    const analysis = convertThinnestAIAnalysis(new Ctx("thinnestai"), input);
    (analysis?.data?.key_topics as string[] | undefined)?.push("changed");
    expect(analysis?.data?.key_topics).toEqual(["billing", "refund", "changed"]);
    expect(input.analysis.summary.key_topics).toEqual(["billing", "refund"]);
  });

  it("lower-cases the sentiment and drops an out-of-range score with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAIAnalysis(ctx, { analysis: { sentiment: "Negative", score: { score: 140 } } }),
    ).toEqual({ sentiment: "negative" });
    expect(ctx.warnings).toEqual(["analysis.score.score: expected 0–100, got 140"]);
  });

  it("leaves out an unknown sentiment with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIAnalysis(ctx, { analysis: { sentiment: "ecstatic", tags: ["x"] } })).toEqual({
      tags: ["x"],
    });
    expect(ctx.warnings).toEqual(['analysis.sentiment: unknown value "ecstatic"; left out']);
  });

  it("is absent without an analysis block, or when it holds nothing", () => {
    expect(convertThinnestAIAnalysis(new Ctx("thinnestai"), {})).toBeUndefined();
    expect(convertThinnestAIAnalysis(new Ctx("thinnestai"), { analysis: { summary: null } })).toBeUndefined();
  });
});
