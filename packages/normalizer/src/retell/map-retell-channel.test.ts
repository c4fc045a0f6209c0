import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapRetellChannel, mapRetellDirection } from "./map-retell-channel.js";

describe("mapRetellChannel / mapRetellDirection", () => {
  it("maps web_call to web and phone_call to phone", () => {
    expect(mapRetellChannel(new Ctx("retell"), { call_type: "web_call" }, false)).toBe("web");
    expect(mapRetellChannel(new Ctx("retell"), { call_type: "phone_call" }, true)).toBe("phone");
  });

  it("infers the channel from the numbers, with a warning, when call_type is missing or unknown", () => {
    const ctx = new Ctx("retell");
    expect(mapRetellChannel(ctx, {}, true)).toBe("phone");
    expect(mapRetellChannel(ctx, { call_type: "sms_chat" }, false)).toBe("web");
    expect(ctx.warnings).toEqual([
      'call_type: missing; channel inferred as "phone"',
      'call_type: unknown value "sms_chat"; mapped to "web"',
    ]);
  });

  it("maps inbound/outbound; web calls have no direction; unknown values are warned about", () => {
    const ctx = new Ctx("retell");
    expect(mapRetellDirection(ctx, { direction: "inbound" })).toBe("inbound");
    expect(mapRetellDirection(ctx, { direction: "outbound" })).toBe("outbound");
    expect(mapRetellDirection(ctx, { call_type: "web_call" })).toBeUndefined();
    expect(mapRetellDirection(ctx, { direction: "sideways" })).toBeUndefined();
    expect(ctx.warnings).toEqual(['direction: unknown value "sideways"; left out']);
  });
});
