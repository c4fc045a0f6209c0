import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { mapThinnestAIEndReason } from "./map-thinnestai-end-reason.js";

describe("mapThinnestAIEndReason", () => {
  it("maps the seed's user_hangup", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIEndReason(ctx, seed)).toEqual({ unified: "user_hangup", raw: "user_hangup" });
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["agent_hangup", "agent_hangup"],
    ["transfer", "transfer"],
    ["call_transfer", "transfer"],
    ["voicemail", "voicemail"],
    ["no_answer", "no_answer"],
    ["busy", "busy"],
    ["max_duration", "max_duration"],
    ["inactivity", "inactivity"],
    ["silence_timeout", "inactivity"],
    ["error", "error"],
    ["MAX_DURATION", "max_duration"],
  ])("maps %s to %s, keeping the raw value", (raw, unified) => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIEndReason(ctx, { ended_reason: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("is absent when missing or null", () => {
    expect(mapThinnestAIEndReason(new Ctx("thinnestai"), {})).toBeUndefined();
    expect(mapThinnestAIEndReason(new Ctx("thinnestai"), { ended_reason: null })).toBeUndefined();
  });

  it.each(["wrong_number", "timeout"])("maps the unknown %s to other with a warning", (raw) => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIEndReason(ctx, { ended_reason: raw })).toEqual({ unified: "unknown", raw });
    expect(ctx.warnings).toEqual([`ended_reason: unknown value "${raw}"; mapped to "unknown"`]);
  });
});
