import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { mapButterDirection } from "./map-butter-direction.js";

describe("mapButterDirection", () => {
  it("maps the seed's call_type outbound to outbound", () => {
    const ctx = new Ctx("butter");
    expect(mapButterDirection(ctx, seed.data)).toBe("outbound");
    expect(ctx.warnings).toEqual([]);
  });

  it("maps inbound (any case) to inbound", () => {
    expect(mapButterDirection(new Ctx("butter"), { call_type: "INBOUND" })).toBe("inbound");
  });

  it("leaves a preview call without direction, and without warning (documented)", () => {
    const ctx = new Ctx("butter");
    expect(mapButterDirection(ctx, { call_type: "preview" })).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves it absent without warning when call_type is missing", () => {
    const ctx = new Ctx("butter");
    expect(mapButterDirection(ctx, { call_type: null })).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("warns about an unknown or mistyped call_type", () => {
    const ctx = new Ctx("butter");
    expect(mapButterDirection(ctx, { call_type: "campaign" })).toBeUndefined();
    expect(mapButterDirection(ctx, { call_type: ["outbound"] })).toBeUndefined();
    expect(ctx.warnings).toEqual([
      'call_type: unknown value "campaign"; direction left out',
      "call_type: expected a string, got an array",
    ]);
  });
});
