import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { mapZuduEndReason } from "./map-zudu-end-reason.js";

describe("mapZuduEndReason", () => {
  it.each([
    ["USER_HANGUP", "user_hangup"],
    ["user_hangup", "user_hangup"],
    ["AGENT_HANGUP", "agent_hangup"],
    ["CALL_TRANSFER", "transfer"],
    ["VOICEMAIL_REACHED", "voicemail"],
    ["DIAL_NO_ANSWER", "no_answer"],
    ["MAX_DURATION_REACHED", "max_duration"],
    ["ERROR_LLM_WEBSOCKET_OPEN", "error"],
  ])("maps %s to %s", (raw, unified) => {
    expect(mapZuduEndReason(new Ctx("zudu"), { disconnection_reason: raw })).toEqual({ unified, raw });
  });

  it("is absent while the call is ongoing (null) and other + warning when unknown", () => {
    expect(mapZuduEndReason(new Ctx("zudu"), { disconnection_reason: null })).toBeUndefined();
    const ctx = new Ctx("zudu");
    expect(mapZuduEndReason(ctx, { disconnection_reason: "SCAM_LIKELY" })).toEqual({
      unified: "other",
      raw: "SCAM_LIKELY",
    });
    expect(ctx.warnings).toHaveLength(1);
  });
});
