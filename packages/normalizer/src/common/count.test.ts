import { describe, expect, it } from "vitest";
import { Ctx } from "./context.js";
import { count } from "./count.js";

describe("count", () => {
  it("accepts whole numbers ≥ 0 and treats absent/null as absent", () => {
    const ctx = new Ctx("butter");
    expect(count(ctx, { n: 2 }, "n", "n")).toBe(2);
    expect(count(ctx, { n: 0 }, "n", "n")).toBe(0);
    expect(count(ctx, { n: null }, "n", "n")).toBeUndefined();
    expect(count(ctx, undefined, "n", "n")).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("warns about fractional, negative and mistyped values", () => {
    const ctx = new Ctx("butter");
    expect(count(ctx, { n: 2.5 }, "n", "summary.n")).toBeUndefined();
    expect(count(ctx, { n: -2 }, "n", "summary.n")).toBeUndefined();
    expect(count(ctx, { n: "2" }, "n", "summary.n")).toBeUndefined();
    expect(ctx.warnings).toEqual([
      "summary.n: expected a whole number, got 2.5",
      "summary.n: expected a number ≥ 0, got -2",
      'summary.n: expected a finite number, got string "2"',
    ]);
  });
});
