import type { Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * The calling (`from`) and called (`to`) numbers. Vapi gives the customer's number as `customer.number` and
 * the agent's as `phoneNumber.number` (or `phoneNumber.twilioPhoneNumber` for an imported Twilio number);
 * a saved number is only referenced by `phoneNumberId`, without its digits. Which is `from` depends on the
 * direction (https://docs.vapi.ai/api-reference/calls/get, `customer`, `phoneNumber`):
 * inbound → from = customer, to = agent; outbound → from = agent, to = customer. With no direction (web
 * calls, unknown type) both stay absent. Values are kept as given (E.164 in Vapi's examples).
 */
export function convertVapiParties(
  ctx: Ctx,
  call: JsonObject,
  direction: Direction | undefined,
): { from?: string; to?: string } {
  const customer = ctx.string(ctx.object(call?.customer, "customer")?.number, "customer.number");
  const phoneNumber = ctx.object(call?.phoneNumber, "phoneNumber");
  const agent =
    ctx.string(phoneNumber?.number, "phoneNumber.number") ??
    ctx.string(phoneNumber?.twilioPhoneNumber, "phoneNumber.twilioPhoneNumber");
  if (direction === "inbound") return { from: customer, to: agent };
  if (direction === "outbound") return { from: agent, to: customer };
  return {};
}
