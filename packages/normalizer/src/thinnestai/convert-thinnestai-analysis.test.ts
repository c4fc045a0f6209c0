import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertThinnestAIAnalysis } from "./convert-thinnestai-analysis.js";

describe("convertThinnestAIAnalysis", () => {
  it("lower-cases the sentiment and drops an out-of-range score with warnings", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAIAnalysis(ctx, { analysis: { sentiment: "Negative", score: { score: 140 } } }),
    ).toEqual({
      sentiment: "negative",
    });
    expect(ctx.warnings).toEqual(["analysis.score.score: expected 0–100, got 140"]);
  });

  it("warns about an unknown sentiment", () => {
    const ctx = new Ctx("thinnestai");
    expect(convertThinnestAIAnalysis(ctx, { analysis: { sentiment: "ecstatic", tags: ["x"] } })).toEqual({
      tags: ["x"],
    });
    expect(ctx.warnings).toEqual(['analysis.sentiment: unknown value "ecstatic"; left out']);
  });
});
