import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapOpenMicEndReason, OPENMIC_DISCONNECTION_REASONS } from "./map-openmic-end-reason.js";

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

  it.each([
    ["user_ended_call", "user_hangup"],
    ["agent_ended_call", "agent_hangup"],
    ["call_completed", "other"],
    ["dial_failed", "error"],
    ["dial_no_answer", "no_answer"],
    ["dial_busy", "busy"],
    ["network_error", "error"],
    ["agent_error", "error"],
    ["timeout", "max_duration"],
    ["system_error", "error"],
    ["transferred_to_human", "transfer"],
    ["transferred_to_external", "transfer"],
    ["voicemail", "voicemail"],
  ])(
    "maps the post-call webhook's documented disconnectionReason %s to %s without a warning",
    (raw, unified) => {
      const ctx = new Ctx("openmic");
      expect(mapOpenMicEndReason(ctx, { disconnectionReason: raw }, "disconnectionReason")).toEqual({
        unified,
        raw,
      });
      expect(ctx.warnings).toEqual([]);
    },
  );

  it("covers exactly the 13 documented values", () => {
    expect(OPENMIC_DISCONNECTION_REASONS).toHaveLength(13);
    expect(OPENMIC_DISCONNECTION_REASONS.at(-1)).toBe("voicemail");
  });

  it("keeps an unknown reason as other with a warning", () => {
    const ctx = new Ctx("openmic");
    expect(mapOpenMicEndReason(ctx, { disconnection_reason: "alien_abduction" })).toEqual({
      unified: "unknown",
      raw: "alien_abduction",
    });
    expect(ctx.warnings).toHaveLength(1);
  });
});
