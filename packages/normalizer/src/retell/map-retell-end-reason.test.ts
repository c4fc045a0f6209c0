import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { loadSpec } from "../test-support/arbitrary.js";
import { mapRetellEndReason, RETELL_END_REASON } from "./map-retell-end-reason.js";

const documented = (
  loadSpec("retell") as { components: { schemas: { DisconnectionReason: { enum: string[] } } } }
).components.schemas.DisconnectionReason.enum;

describe("mapRetellEndReason", () => {
  it("covers exactly the disconnection reasons of specs/retell.yaml (current and retired), each without a warning", () => {
    expect(documented).toContain("call_take_over");
    expect(documented).toContain("error_frontend_corrupted_payload");
    expect(Object.keys(RETELL_END_REASON).sort()).toEqual([...documented].sort());
    const ctx = new Ctx("retell");
    for (const raw of documented) {
      expect(mapRetellEndReason(ctx, { disconnection_reason: raw })).toEqual({
        unified: RETELL_END_REASON[raw],
        raw,
      });
    }
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["user_hangup", "user_hangup"],
    ["agent_hangup", "agent_hangup"],
    ["call_transfer", "transfer"],
    ["voicemail_reached", "voicemail"],
    ["dial_no_answer", "no_answer"],
    ["dial_busy", "busy"],
    ["max_duration_reached", "max_duration"],
    ["inactivity", "inactivity"],
    ["error_llm_websocket_lost_connection", "error"],
    ["ivr_reached", "other"],
    ["machine_detected", "voicemail"],
    ["error_twilio", "error"],
  ])("maps %s to %s", (raw, unified) => {
    expect(mapRetellEndReason(new Ctx("retell"), { disconnection_reason: raw })).toEqual({ unified, raw });
  });

  it("keeps an unknown reason raw as other, with a warning", () => {
    const ctx = new Ctx("retell");
    expect(mapRetellEndReason(ctx, { disconnection_reason: "error_new_thing" })).toEqual({
      unified: "unknown",
      raw: "error_new_thing",
    });
    expect(ctx.warnings).toEqual([
      'disconnection_reason: unknown value "error_new_thing"; mapped to "unknown"',
    ]);
  });

  it("is absent when Retell sends none (e.g. an ongoing call)", () => {
    expect(mapRetellEndReason(new Ctx("retell"), { call_status: "ongoing" })).toBeUndefined();
  });
});
