import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import { convertVapiParties } from "./convert-vapi-parties.js";

const call = { customer: { number: "+12345678913" }, phoneNumber: { number: "+14155550123" } };

describe("convertVapiParties", () => {
  it("inbound: the customer called the agent's number", () => {
    expect(convertVapiParties(new Ctx("vapi"), call, "inbound")).toEqual({
      from: "+12345678913",
      to: "+14155550123",
    });
  });

  it("outbound: the agent's number called the customer; an imported Twilio number gives its digits", () => {
    const twilio = { ...call, phoneNumber: { twilioPhoneNumber: "+14155550999" } };
    expect(convertVapiParties(new Ctx("vapi"), twilio, "outbound")).toEqual({
      from: "+14155550999",
      to: "+12345678913",
    });
  });

  it("leaves the agent side absent when only phoneNumberId is given, and both absent with no direction", () => {
    const byId = { customer: { number: "+12345678913" }, phoneNumberId: "42b4b25d" };
    expect(convertVapiParties(new Ctx("vapi"), byId, "outbound")).toEqual({
      from: undefined,
      to: "+12345678913",
    });
    expect(convertVapiParties(new Ctx("vapi"), call, undefined)).toEqual({});
  });

  it("warns about a mistyped number", () => {
    const ctx = new Ctx("vapi");
    expect(convertVapiParties(ctx, { customer: { number: 12345 } }, "inbound")).toEqual({
      from: undefined,
      to: undefined,
    });
    expect(ctx.warnings).toEqual(["customer.number: expected a string, got number 12345"]);
  });
});
