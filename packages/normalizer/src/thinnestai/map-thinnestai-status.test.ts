import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapThinnestAIStatus } from "./map-thinnestai-status.js";

describe("mapThinnestAIStatus", () => {
  it.each([
    ["active", "in_progress"],
    ["pending", "queued"],
    ["ended", "ended"],
    ["error", "error"],
    ["deleted", "unknown"],
    ["ENDED", "ended"],
  ])("maps the documented %s to %s without a warning", (raw, unified) => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIStatus(ctx, { status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an undocumented status to unknown with a warning", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIStatus(ctx, { status: "archived" })).toEqual({ unified: "unknown", raw: "archived" });
    expect(ctx.warnings).toEqual(['status: unknown value "archived"; mapped to "unknown"']);
  });

  it("is unknown with a warning when the status is missing", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIStatus(ctx, {})).toEqual({ unified: "unknown" });
    expect(ctx.warnings).toEqual(["status: missing; status is unknown"]);
  });
});
