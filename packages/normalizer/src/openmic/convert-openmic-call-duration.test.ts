import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { convertOpenMicCallDuration } from "./convert-openmic-call-duration.js";

describe("convertOpenMicCallDuration", () => {
  it.each([
    ["0:00:45.723362", 45723],
    ["0:00:45.7235", 45724],
    ["0:00:00", 0],
    ["1:02:03.5", 3723500],
    ["26:00:00.000001", 93600000],
  ])("reads %s as %i ms", (text, ms) => {
    const ctx = new Ctx("openmic");
    expect(convertOpenMicCallDuration(ctx, { callDuration: text })).toBe(ms);
    expect(ctx.warnings).toEqual([]);
  });

  it("is absent when not sent, and warns on any other shape", () => {
    expect(convertOpenMicCallDuration(new Ctx("openmic"), {})).toBeUndefined();
    for (const bad of ["45.7", "0:61:00", "PT45S", "-0:00:01"]) {
      const ctx = new Ctx("openmic");
      expect(convertOpenMicCallDuration(ctx, { callDuration: bad })).toBeUndefined();
      expect(ctx.warnings[0]).toMatch(/^callDuration: expected H:MM:SS/);
    }
  });
});
