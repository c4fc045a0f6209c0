import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { mapButterEndReason } from "./map-butter-end-reason.js";

describe("mapButterEndReason", () => {
  it("maps the seed's summary.end_reason tool_end_call to agent_hangup", () => {
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, seed.data)).toEqual({ unified: "agent_hangup", raw: "tool_end_call" });
    expect(ctx.warnings).toEqual([]);
  });

  it("reads the top-level end_reason of a List Calls row", () => {
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, listItem)).toEqual({ unified: "agent_hangup", raw: "tool_end_call" });
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["user_hangup", "user_hangup"],
    ["customer_hangup", "user_hangup"],
    ["caller_hangup", "user_hangup"],
    ["agent_hangup", "agent_hangup"],
    ["transfer", "transfer"],
    ["tool_transfer_call", "transfer"],
    ["voicemail", "voicemail"],
    ["no_answer", "no_answer"],
    ["no-answer", "no_answer"],
    ["busy", "busy"],
    ["max_duration", "max_duration"],
    ["max_duration_reached", "max_duration"],
    ["silence_timeout", "inactivity"],
    ["inactivity", "inactivity"],
    ["error", "error"],
    ["failed", "error"],
  ])("maps %s to %s", (raw, unified) => {
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, { summary: { end_reason: raw } })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps an unknown reason as other with a warning", () => {
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, { end_reason: "alien_abduction" })).toEqual({
      unified: "unknown",
      raw: "alien_abduction",
    });
    expect(ctx.warnings).toEqual(['end_reason: unknown value "alien_abduction"; mapped to "unknown"']);
  });

  it("prefers summary.end_reason and reports a disagreeing top-level end_reason", () => {
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, { summary: { end_reason: "busy" }, end_reason: "voicemail" })).toEqual({
      unified: "busy",
      raw: "busy",
    });
    expect(ctx.warnings).toEqual([
      'end_reason: "voicemail" differs from summary.end_reason "busy"; summary.end_reason used',
    ]);
  });

  it("is absent when neither is given, and tolerates a null or mistyped summary", () => {
    expect(mapButterEndReason(new Ctx("butter"), {})).toBeUndefined();
    expect(mapButterEndReason(new Ctx("butter"), { summary: null })).toBeUndefined();
    const ctx = new Ctx("butter");
    expect(mapButterEndReason(ctx, { summary: "done", end_reason: "busy" })).toEqual({
      unified: "busy",
      raw: "busy",
    });
    expect(ctx.warnings).toEqual(['summary: expected an object, got string "done"']);
  });
});
