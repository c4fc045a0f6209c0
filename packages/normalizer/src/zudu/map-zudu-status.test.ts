import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapZuduStatus } from "./map-zudu-status.js";

describe("mapZuduStatus", () => {
  it.each([
    ["REGISTERED", "queued"],
    ["SCHEDULED", "queued"],
    ["ONGOING", "in_progress"],
    ["ENDED", "ended"],
    ["ended", "ended"],
    ["ERROR", "error"],
  ])("maps %s to %s", (raw, unified) => {
    const ctx = new Ctx("zudu");
    expect(mapZuduStatus(ctx, { call_status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an unknown value to unknown with a warning", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduStatus(ctx, { call_status: "PAUSED" })).toEqual({ unified: "unknown", raw: "PAUSED" });
    expect(ctx.warnings).toEqual(['call_status: unknown value "PAUSED"; mapped to "unknown"']);
  });

  it("is unknown with a warning when missing", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduStatus(ctx, {})).toEqual({ unified: "unknown" });
    expect(ctx.warnings).toEqual(["call_status: missing; status is unknown"]);
  });
});
