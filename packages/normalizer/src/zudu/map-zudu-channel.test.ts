import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapZuduChannel } from "./map-zudu-channel.js";

describe("mapZuduChannel", () => {
  it.each([
    ["PHONE_CALL", "INBOUND", "phone", "inbound"],
    ["WEB_CALL", "OUTBOUND", "web", "outbound"],
    ["phone_call", "outbound", "phone", "outbound"],
    ["Web_Call", "Inbound", "web", "inbound"],
  ])("maps call_type %s / direction %s case-insensitively", (callType, dir, channel, direction) => {
    const ctx = new Ctx("zudu");
    expect(mapZuduChannel(ctx, { call_type: callType, direction: dir }, true)).toEqual({
      channel,
      direction,
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("infers phone from a number when call_type is unknown, with a warning", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduChannel(ctx, { call_type: "SIP_CALL" }, true)).toEqual({ channel: "phone" });
    expect(ctx.warnings).toEqual(['call_type: unknown value "SIP_CALL"; mapped to "phone"']);
  });

  it("infers web without a number when call_type is missing, with a warning", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduChannel(ctx, { call_type: null }, false)).toEqual({ channel: "web" });
    expect(ctx.warnings).toEqual(['call_type: missing; channel inferred as "web"']);
  });

  it("leaves an unknown or mistyped direction out with one warning each", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduChannel(ctx, { call_type: "WEB_CALL", direction: "SIDEWAYS" }, false)).toEqual({
      channel: "web",
    });
    expect(mapZuduChannel(ctx, { call_type: "WEB_CALL", direction: 1 }, false)).toEqual({ channel: "web" });
    expect(ctx.warnings).toEqual([
      'direction: unknown value "SIDEWAYS"; left out',
      "direction: expected a string, got number 1",
    ]);
  });

  it("ignores inherited keys such as constructor", () => {
    const ctx = new Ctx("zudu");
    expect(mapZuduChannel(ctx, { call_type: "constructor", direction: "constructor" }, false)).toEqual({
      channel: "web",
    });
    expect(ctx.warnings).toHaveLength(2);
  });
});
