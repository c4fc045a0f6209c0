import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { mapButterStatus } from "./map-butter-status.js";

describe("mapButterStatus", () => {
  it("maps the seed's completed to ended", () => {
    const ctx = new Ctx("butter");
    expect(mapButterStatus(ctx, seed.data)).toEqual({ unified: "ended", raw: "completed" });
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["completed", "ended"],
    ["in_progress", "in_progress"],
    ["in-progress", "in_progress"],
    ["ringing", "ringing"],
    ["queued", "queued"],
    ["initiated", "queued"],
    ["busy", "not_connected"],
    ["no-answer", "not_connected"],
    ["canceled", "not_connected"],
    ["failed", "error"],
    ["COMPLETED", "ended"],
  ])("maps both documented vocabularies: %s → %s, keeping the raw value", (raw, unified) => {
    const ctx = new Ctx("butter");
    expect(mapButterStatus(ctx, { status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an undocumented value to unknown with a warning naming the field", () => {
    const ctx = new Ctx("butter");
    expect(mapButterStatus(ctx, { status: "on_hold" })).toEqual({ unified: "unknown", raw: "on_hold" });
    expect(ctx.warnings).toEqual(['status: unknown value "on_hold"; mapped to "unknown"']);
  });

  it("warns once when the status is missing or mistyped", () => {
    const missing = new Ctx("butter");
    expect(mapButterStatus(missing, {})).toEqual({ unified: "unknown" });
    expect(missing.warnings).toEqual(["status: missing; status is unknown"]);
    const mistyped = new Ctx("butter");
    expect(mapButterStatus(mistyped, { status: 3 })).toEqual({ unified: "unknown" });
    expect(mistyped.warnings).toEqual(["status: expected a string, got number 3"]);
  });
});
