import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiAnalysis } from "./convert-vapi-analysis.js";

describe("convertVapiAnalysis", () => {
  it("maps summary, the pass/fail successEvaluation and structuredData (a copy)", () => {
    const analysis = convertVapiAnalysis(new Ctx("vapi"), realistic);
    expect(analysis).toEqual({
      summary: "The customer moved their dental appointment to Friday at 10:00.",
      evaluation: "true",
      successful: true,
      data: { newSlot: "Friday 10:00" },
    });
    expect(analysis?.data).not.toBe(realistic.analysis.structuredData);
  });

  it.each([
    ["false", false],
    [" TRUE ", true],
    ["8", undefined],
    ["B+", undefined],
  ])("successEvaluation %j → successful %s, evaluation kept as sent", (evaluation, successful) => {
    const analysis = convertVapiAnalysis(new Ctx("vapi"), { analysis: { successEvaluation: evaluation } });
    expect(analysis?.evaluation).toBe(evaluation);
    expect(analysis?.successful).toBe(successful);
  });

  it("an empty analysis (the docs' placeholder) → undefined", () => {
    expect(convertVapiAnalysis(new Ctx("vapi"), { analysis: {} })).toBeUndefined();
  });
});
