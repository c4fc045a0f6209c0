import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { mapOpenMicEndReason } from "./map-openmic-end-reason.js";

describe("mapOpenMicEndReason", () => {
  it("is absent when OpenMic sends no disconnection_reason (the Get Call page has none)", () => {
    expect(mapOpenMicEndReason(new Ctx("openmic"), {})).toBeUndefined();
  });

  it.each([
    ["user_ended_call", "user_hangup"],
    ["agent_ended_call", "agent_hangup"],
    ["call_transfer", "transfer"],
    ["voicemail_reached", "voicemail"],
    ["dial_no_answer", "no_answer"],
    ["max_duration_reached", "max_duration"],
  ])("maps the webhook's %s to %s", (raw, unified) => {
    expect(mapOpenMicEndReason(new Ctx("openmic"), { disconnection_reason: raw })).toEqual({ unified, raw });
  });

  it("keeps an unknown reason as other with a warning", () => {
    const ctx = new Ctx("openmic");
    expect(mapOpenMicEndReason(ctx, { disconnection_reason: "alien_abduction" })).toEqual({
      unified: "other",
      raw: "alien_abduction",
    });
    expect(ctx.warnings).toHaveLength(1);
  });
});
