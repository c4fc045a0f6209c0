import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { convertBlandAnalysis } from "./convert-bland-analysis.js";

describe("convertBlandAnalysis", () => {
  it("takes the seed's summary; its analysis is null, so no data", () => {
    const ctx = new Ctx("bland");
    const analysis = convertBlandAnalysis(ctx, seed);
    expect(analysis?.summary).toMatch(/^The call was a conversation between a hotel booking service/);
    expect(analysis).not.toHaveProperty("data");
    expect(ctx.warnings).toEqual([]);
  });

  it("copies the extracted analysis object and tags the disposition", () => {
    const input = { ...postCall, analysis: { rooms: 3, date: "2024-04-28" } };
    const analysis = convertBlandAnalysis(new Ctx("bland"), input);
    expect(analysis).toMatchObject({ data: { rooms: 3, date: "2024-04-28" }, tags: ["COMPLETED_ACTION"] });
    expect(analysis?.data).not.toBe(input.analysis);
  });

  it("is undefined when Bland gave nothing, and warns on a non-object analysis", () => {
    const ctx = new Ctx("bland");
    expect(convertBlandAnalysis(ctx, {})).toBeUndefined();
    expect(convertBlandAnalysis(ctx, { analysis: "great call" })).toBeUndefined();
    expect(ctx.warnings).toEqual(['analysis: expected an object, got string "great call"']);
  });
});
