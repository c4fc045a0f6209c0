import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { mapThinnestAIChannel } from "./map-thinnestai-channel.js";

describe("mapThinnestAIChannel", () => {
  it("reads the seed's web call as channel web with no direction", () => {
    const ctx = new Ctx("thinnestai");
    const mapped = mapThinnestAIChannel(ctx, seed);
    expect(mapped).toEqual({ channel: "web" });
    expect("direction" in mapped).toBe(false);
    expect(ctx.warnings).toEqual([]);
  });

  it("makes inbound/outbound phone calls with that direction, case-insensitively", () => {
    expect(mapThinnestAIChannel(new Ctx("thinnestai"), { type: "inbound" })).toEqual({
      channel: "phone",
      direction: "inbound",
    });
    expect(mapThinnestAIChannel(new Ctx("thinnestai"), { type: "OUTBOUND" })).toEqual({
      channel: "phone",
      direction: "outbound",
    });
  });

  it.each([undefined, null, ""])(
    "falls back to call_direction when type is %j, without a warning",
    (type) => {
      const ctx = new Ctx("thinnestai");
      expect(mapThinnestAIChannel(ctx, { type, call_direction: "outbound" })).toEqual({
        channel: "phone",
        direction: "outbound",
      });
      expect(ctx.warnings).toEqual([]);
    },
  );

  it("warns about an unknown type and infers the channel from the phone numbers", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(ctx, { type: "sip", caller_phone: "+1" })).toEqual({ channel: "phone" });
    expect(ctx.warnings).toEqual(['type: unknown value "sip"; channel inferred as "phone"']);
  });

  it("names call_direction when that is the field it could not map", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(ctx, { call_direction: "sideways" })).toEqual({ channel: "web" });
    expect(ctx.warnings).toEqual(['call_direction: unknown value "sideways"; channel inferred as "web"']);
  });

  it("warns once when both fields are missing, and once for a mistyped type", () => {
    const missing = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(missing, {})).toEqual({ channel: "web" });
    expect(missing.warnings).toEqual(['type: missing, and no call_direction; channel inferred as "web"']);
    const mistyped = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(mistyped, { type: 3 })).toEqual({ channel: "web" });
    expect(mistyped.warnings).toEqual(["type: expected a string, got number 3"]);
  });
});
