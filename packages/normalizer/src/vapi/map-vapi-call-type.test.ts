import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { mapVapiCallType } from "./map-vapi-call-type.js";

const map = (call: Record<string, unknown>) => {
  const ctx = new Ctx("vapi");
  return { ...mapVapiCallType(ctx, call), warnings: ctx.warnings };
};

describe("mapVapiCallType", () => {
  it.each([
    ["inboundPhoneCall", { channel: "phone", direction: "inbound" }],
    ["outboundPhoneCall", { channel: "phone", direction: "outbound" }],
    ["webCall", { channel: "web" }],
    ["vapi.websocketCall", { channel: "web" }],
  ])("%s → %o", (type, expected) => {
    expect(map({ type })).toEqual({ ...expected, warnings: [] });
  });

  it("infers the channel from the numbers when the type is missing or unknown, without guessing a direction", () => {
    expect(map({ customer: { number: "+12345678913" } })).toEqual({
      channel: "phone",
      warnings: ['type: missing; channel inferred as "phone", direction unknown'],
    });
    expect(map({ type: "smsCall" })).toEqual({
      channel: "web",
      warnings: ['type: unknown value "smsCall"; channel inferred as "web", direction unknown'],
    });
  });
});
