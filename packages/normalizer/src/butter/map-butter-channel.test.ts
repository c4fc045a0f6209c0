import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { mapButterChannel } from "./map-butter-channel.js";

describe("mapButterChannel", () => {
  it("maps the seed's transport twilio to phone, without warning", () => {
    const ctx = new Ctx("butter");
    expect(mapButterChannel(ctx, seed.data)).toBe("phone");
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ["twilio", "phone"],
    ["sip", "phone"],
    ["webrtc", "web"],
    ["WebRTC", "web"],
  ])("maps transport %s to %s", (transport, channel) => {
    const ctx = new Ctx("butter");
    expect(mapButterChannel(ctx, { transport, call_type: "preview" })).toBe(channel);
    expect(ctx.warnings).toEqual([]);
  });

  it("infers phone for a List Calls row (no transport) from call_type, with a warning", () => {
    const ctx = new Ctx("butter");
    expect(mapButterChannel(ctx, listItem)).toBe("phone");
    expect(ctx.warnings).toEqual([
      'transport: missing; channel inferred as "phone" from call_type "outbound"',
    ]);
  });

  it.each([
    ["inbound", "phone"],
    ["outbound", "phone"],
    ["preview", "web"],
  ])("infers from call_type %s → %s when transport is missing", (callType, channel) => {
    const ctx = new Ctx("butter");
    expect(mapButterChannel(ctx, { call_type: callType })).toBe(channel);
    expect(ctx.warnings).toHaveLength(1);
  });

  it("infers the same way for an unknown or mistyped transport, naming the value", () => {
    const unknown = new Ctx("butter");
    expect(mapButterChannel(unknown, { transport: "vonage", call_type: "preview" })).toBe("web");
    expect(unknown.warnings).toEqual([
      'transport: unknown value "vonage"; channel inferred as "web" from call_type "preview"',
    ]);
    const mistyped = new Ctx("butter");
    expect(mapButterChannel(mistyped, { transport: 1, call_type: "inbound" })).toBe("phone");
    expect(mistyped.warnings).toEqual([
      'transport: expected a string, got number 1; channel inferred as "phone" from call_type "inbound"',
    ]);
  });

  it("falls back on the phone numbers when call_type does not tell either", () => {
    const withNumber = new Ctx("butter");
    expect(mapButterChannel(withNumber, { to_number: "+15559876543" })).toBe("phone");
    expect(withNumber.warnings).toEqual([
      'transport: missing; channel inferred as "phone" (call_type gives no channel; a phone number is given)',
    ]);
    const bare = new Ctx("butter");
    expect(mapButterChannel(bare, { call_type: "sideways" })).toBe("web");
    expect(bare.warnings).toHaveLength(1);
  });
});
