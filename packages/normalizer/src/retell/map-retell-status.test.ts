import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { loadSpec } from "../test-support/arbitrary.js";
import { mapRetellStatus } from "./map-retell-status.js";

const documented = (loadSpec("retell") as { components: { schemas: { CallStatus: { enum: string[] } } } })
  .components.schemas.CallStatus.enum;

describe("mapRetellStatus", () => {
  it.each([
    ["registered", "queued"],
    ["not_connected", "not_connected"],
    ["ongoing", "in_progress"],
    ["ended", "ended"],
    ["error", "error"],
  ])("maps %s to %s", (raw, unified) => {
    const ctx = new Ctx("retell");
    expect(mapRetellStatus(ctx, { call_status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps every status value of specs/retell.yaml without a warning", () => {
    const ctx = new Ctx("retell");
    for (const raw of documented)
      expect(mapRetellStatus(ctx, { call_status: raw }).unified).not.toBe("unknown");
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps an unknown value raw as unknown, with a warning; missing is unknown with a warning", () => {
    const ctx = new Ctx("retell");
    expect(mapRetellStatus(ctx, { call_status: "paused" })).toEqual({ unified: "unknown", raw: "paused" });
    expect(mapRetellStatus(ctx, {})).toEqual({ unified: "unknown" });
    expect(ctx.warnings).toEqual([
      'call_status: unknown value "paused"; mapped to "unknown"',
      "call_status: missing; status is unknown",
    ]);
  });
});
