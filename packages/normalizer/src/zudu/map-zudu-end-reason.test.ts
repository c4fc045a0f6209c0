import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapZuduEndReason } from "./map-zudu-end-reason.js";

describe("mapZuduEndReason", () => {
  it.each([
    ["USER_HANGUP", "user_hangup"],
    ["user_hangup", "user_hangup"],
    ["AGENT_HANGUP", "agent_hangup"],
    ["CALL_TRANSFER", "transfer"],
    ["VOICEMAIL_REACHED", "voicemail"],
    ["MACHINE_DETECTED", "voicemail"],
    ["DIAL_NO_ANSWER", "no_answer"],
    ["NO_ANSWER", "no_answer"],
    ["DIAL_BUSY", "busy"],
    ["BUSY", "busy"],
    ["MAX_DURATION_REACHED", "max_duration"],
    ["INACTIVITY", "inactivity"],
    ["ERROR", "error"],
    ["DIAL_FAILED", "error"],
    ["ERROR_LLM_WEBSOCKET_OPEN", "error"],
    ["error_no_audio_received", "error"],
    ["CONCURRENCY_LIMIT_REACHED", "error"],
    ["IVR_REACHED", "other"],
  ])("maps %s to %s without a warning", (raw, unified) => {
    const ctx = new Ctx("zudu");
    expect(mapZuduEndReason(ctx, { disconnection_reason: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("is absent while the call is ongoing (null, as in the seed) or when not given", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduEndReason(ctx, { disconnection_reason: null })).toBeUndefined();
    expect(mapZuduEndReason(ctx, {})).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an unknown value to other with a warning", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduEndReason(ctx, { disconnection_reason: "ALIENS" })).toEqual({
      unified: "unknown",
      raw: "ALIENS",
    });
    expect(ctx.warnings).toEqual(['disconnection_reason: unknown value "ALIENS"; mapped to "unknown"']);
  });

  it("warns once about a mistyped value and leaves it out", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduEndReason(ctx, { disconnection_reason: 42 })).toBeUndefined();
    expect(ctx.warnings).toEqual(["disconnection_reason: expected a string, got number 42"]);
  });
});
