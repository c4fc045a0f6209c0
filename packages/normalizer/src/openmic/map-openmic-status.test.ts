import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapOpenMicStatus } from "./map-openmic-status.js";

describe("mapOpenMicStatus", () => {
  it.each([
    ["registered", "queued"],
    ["ongoing", "in_progress"],
    ["ended", "ended"],
    ["error", "error"],
  ])("maps %s to %s and keeps the raw value", (raw, unified) => {
    const ctx = new Ctx("openmic");
    expect(mapOpenMicStatus(ctx, { call_status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an undocumented value to unknown with a warning naming the field", () => {
    const ctx = new Ctx("openmic");
    expect(mapOpenMicStatus(ctx, { call_status: "transferring" })).toEqual({
      unified: "unknown",
      raw: "transferring",
    });
    expect(ctx.warnings).toEqual(['call_status: unknown value "transferring"; mapped to "unknown"']);
  });

  it("warns when the status is missing or mistyped", () => {
    const ctx = new Ctx("openmic");
    expect(mapOpenMicStatus(ctx, { call_status: 3 })).toEqual({ unified: "unknown" });
    expect(ctx.warnings[0]).toMatch(/^call_status: expected a string, got number 3/);
  });
});
