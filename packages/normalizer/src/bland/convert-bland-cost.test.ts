import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertBlandCost } from "./convert-bland-cost.js";

describe("convertBlandCost", () => {
  it("reads the seed's price as USD, unrounded, with no invented breakdown", () => {
    const ctx = new Ctx("bland");
    expect(convertBlandCost(ctx, seed)).toEqual({ total: 0.068, currency: "USD", breakdown: {} });
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps a free call (0) and leaves out an absent price", () => {
    expect(convertBlandCost(new Ctx("bland"), { price: 0 })?.total).toBe(0);
    expect(convertBlandCost(new Ctx("bland"), { price: null })).toBeUndefined();
  });

  it("warns on a string or negative price instead of coercing it", () => {
    const ctx = new Ctx("bland");
    expect(convertBlandCost(ctx, { price: "0.068" })).toBeUndefined();
    expect(convertBlandCost(ctx, { price: -0.01 })).toBeUndefined();
    expect(ctx.warnings).toEqual([
      'price: expected a finite number, got string "0.068"',
      "price: expected a number ≥ 0, got -0.01",
    ]);
  });
});
