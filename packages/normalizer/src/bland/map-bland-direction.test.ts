import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { mapBlandDirection } from "./map-bland-direction.js";

describe("mapBlandDirection", () => {
  it("reads the seed's inbound: false as outbound, and true as inbound", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandDirection(ctx, seed)).toBe("outbound");
    expect(mapBlandDirection(ctx, { inbound: true })).toBe("inbound");
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves the direction out when inbound is absent or null", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandDirection(ctx, {})).toBeUndefined();
    expect(mapBlandDirection(ctx, { inbound: null })).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("does not coerce a string 'true': warning on inbound, direction left out", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandDirection(ctx, { inbound: "true" })).toBeUndefined();
    expect(ctx.warnings).toEqual(['inbound: expected a boolean, got string "true"']);
  });
});
