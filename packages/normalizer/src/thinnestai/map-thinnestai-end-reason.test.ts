import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { mapThinnestAIEndReason } from "./map-thinnestai-end-reason.js";

describe("mapThinnestAIEndReason", () => {
  it.each([
    ["user_hangup", "user_hangup"],
    ["agent_hangup", "agent_hangup"],
    ["call_transfer", "transfer"],
    ["silence_timeout", "inactivity"],
    ["MAX_DURATION", "max_duration"],
  ])("maps %s to %s", (raw, unified) => {
    expect(mapThinnestAIEndReason(new Ctx("thinnestai"), { ended_reason: raw })).toEqual({ unified, raw });
  });

  it("is absent for null and other + warning for an unknown reason", () => {
    expect(mapThinnestAIEndReason(new Ctx("thinnestai"), { ended_reason: null })).toBeUndefined();
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIEndReason(ctx, { ended_reason: "wrong_number" })).toEqual({
      unified: "other",
      raw: "wrong_number",
    });
    expect(ctx.warnings).toHaveLength(1);
  });
});
