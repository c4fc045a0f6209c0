import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapVapiEndReason } from "./map-vapi-end-reason.js";
import { mapVapiStatus } from "./map-vapi-status.js";

const map = (status: unknown, endedReason?: string) => {
  const ctx = new Ctx("vapi");
  const call = { status, endedReason };
  return { status: mapVapiStatus(ctx, call, mapVapiEndReason(ctx, call)), warnings: ctx.warnings };
};

describe("mapVapiStatus", () => {
  it.each([
    ["scheduled", "queued"],
    ["queued", "queued"],
    ["ringing", "ringing"],
    ["in-progress", "in_progress"],
    ["forwarding", "in_progress"],
    ["ended", "ended"],
    ["not-found", "error"],
    ["deletion-failed", "error"],
  ])("%s → %s", (raw, unified) => {
    expect(map(raw)).toEqual({ status: { unified, raw }, warnings: [] });
  });

  it("refines `ended` by the end reason: never connected, or ended on an error", () => {
    expect(map("ended", "customer-ended-call").status.unified).toBe("ended");
    expect(map("ended", "customer-busy").status).toEqual({ unified: "not_connected", raw: "ended" });
    expect(map("ended", "customer-did-not-answer").status.unified).toBe("not_connected");
    expect(map("ended", "manually-canceled").status.unified).toBe("not_connected");
    expect(map("ended", "call.start.error-subscription-frozen").status).toEqual({
      unified: "error",
      raw: "ended",
    });
    expect(map("ended", "pipeline-error-openai-llm-failed").status.unified).toBe("error");
    expect(map("in-progress", "customer-busy").status.unified).toBe("in_progress");
  });

  it("unknown or missing → unknown with a warning", () => {
    expect(map("archived")).toEqual({
      status: { unified: "unknown", raw: "archived" },
      warnings: ['status: unknown value "archived"; mapped to "unknown"'],
    });
    expect(map(undefined)).toEqual({
      status: { unified: "unknown" },
      warnings: ["status: missing; status is unknown"],
    });
  });
});
