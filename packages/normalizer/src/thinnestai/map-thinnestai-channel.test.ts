import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { mapThinnestAIChannel } from "./map-thinnestai-channel.js";

describe("mapThinnestAIChannel", () => {
  it("web is a web call with no direction; inbound/outbound are phone calls", () => {
    expect(mapThinnestAIChannel(new Ctx("thinnestai"), { type: "web" })).toEqual({ channel: "web" });
    expect(mapThinnestAIChannel(new Ctx("thinnestai"), { type: "inbound" })).toEqual({
      channel: "phone",
      direction: "inbound",
    });
    expect(mapThinnestAIChannel(new Ctx("thinnestai"), { type: "OUTBOUND" })).toEqual({
      channel: "phone",
      direction: "outbound",
    });
  });

  it("falls back to call_direction when type is missing", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(ctx, { call_direction: "inbound" })).toEqual({
      channel: "phone",
      direction: "inbound",
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("warns about an unknown type and infers the channel from the numbers", () => {
    const ctx = new Ctx("thinnestai");
    expect(mapThinnestAIChannel(ctx, { type: "sip", caller_phone: "+1" })).toEqual({ channel: "phone" });
    expect(ctx.warnings).toEqual(['type: unknown value "sip"; channel inferred as "phone"']);
  });
});
