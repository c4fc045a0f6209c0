import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * Vapi call `type` → channel and direction. Source: https://docs.vapi.ai/api-reference/calls/get (`type`:
 * `inboundPhoneCall | outboundPhoneCall | webCall | vapi.websocketCall`) and
 * https://docs.vapi.ai/calls/websocket-transport:
 * - `inboundPhoneCall` → phone, inbound; `outboundPhoneCall` → phone, outbound;
 * - `webCall` (browser/WebRTC) and `vapi.websocketCall` (audio streamed over a WebSocket) → web, with no
 *   direction: Vapi does not say who started it.
 */
export const VAPI_CALL_TYPE: Readonly<Record<string, { channel: Channel; direction?: Direction }>> =
  Object.freeze({
    inboundPhoneCall: { channel: "phone", direction: "inbound" },
    outboundPhoneCall: { channel: "phone", direction: "outbound" },
    webCall: { channel: "web" },
    "vapi.websocketCall": { channel: "web" },
  });

/**
 * Maps `call.type` through {@link VAPI_CALL_TYPE} (exact, case-sensitive as Vapi sends it). A missing or
 * unknown type gives a warning, no direction, and the channel `phone` when the call names a customer number
 * or a phone number (`customer.number`, `phoneNumberId`, `phoneNumber`), else `web`. Never throws.
 */
export function mapVapiCallType(ctx: Ctx, call: JsonObject): { channel: Channel; direction?: Direction } {
  const type = ctx.string(call?.type, "type");
  if (type !== undefined && Object.hasOwn(VAPI_CALL_TYPE, type)) {
    return { ...(VAPI_CALL_TYPE[type] as { channel: Channel; direction?: Direction }) };
  }
  const customer = call.customer;
  const hasNumber =
    (typeof customer === "object" &&
      customer !== null &&
      typeof (customer as JsonObject).number === "string") ||
    typeof call.phoneNumberId === "string" ||
    (typeof call.phoneNumber === "object" && call.phoneNumber !== null);
  const channel: Channel = hasNumber ? "phone" : "web";
  ctx.warn(
    "type",
    type === undefined
      ? `missing; channel inferred as "${channel}", direction unknown`
      : `unknown value ${JSON.stringify(type)}; channel inferred as "${channel}", direction unknown`,
  );
  return { channel };
}
