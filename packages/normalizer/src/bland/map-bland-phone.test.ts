import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import { mapBlandPhone } from "./map-bland-phone.js";

describe("mapBlandPhone", () => {
  it("keeps the seed's E.164 numbers without a warning", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandPhone(ctx, seed, "from")).toBe("+17163511654");
    expect(mapBlandPhone(ctx, seed, "to")).toBe("+12223334444");
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps the List example's national number as given, with a warning instead of a guessed country code", () => {
    const ctx = new Ctx("bland");
    const row = listSeed.calls[0] as Record<string, unknown>;
    expect(mapBlandPhone(ctx, row, "to")).toBe("5551234567");
    expect(ctx.warnings).toEqual(['to: "5551234567" is not an E.164 number; kept as given']);
  });

  it("treats an empty number as absent and warns on a wrong type", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandPhone(ctx, { from: "" }, "from")).toBeUndefined();
    expect(mapBlandPhone(ctx, { from: 15551234567 }, "from")).toBeUndefined();
    expect(ctx.warnings).toEqual(["from: expected a string, got number 15551234567"]);
  });
});
