import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/** Retell `call_type` → channel. Source: https://docs.retellai.com/api-references/get-call (`web_call | phone_call`). */
export const RETELL_CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({
  web_call: "web",
  phone_call: "phone",
});
/** Retell `direction` → direction (phone calls only). Source: the same page (`inbound | outbound`). */
export const RETELL_DIRECTION: Readonly<Record<string, Direction>> = Object.freeze({
  inbound: "inbound",
  outbound: "outbound",
});

/**
 * The call's channel from `call_type` ({@link RETELL_CHANNEL}). An unknown or missing `call_type` is warned
 * about and the channel inferred: `phone` when a `from_number` or `to_number` is given, else `web`.
 */
export function mapRetellChannel(ctx: Ctx, call: JsonObject, hasNumber: boolean): Channel {
  const inferred: Channel = hasNumber ? "phone" : "web";
  const mapped = mapEnum(ctx, call, "call_type", "call_type", RETELL_CHANNEL, inferred);
  if (!mapped) ctx.warn("call_type", `missing; channel inferred as "${inferred}"`);
  return mapped?.unified ?? inferred;
}

/**
 * The call's direction from `direction` ({@link RETELL_DIRECTION}); absent when Retell sends none (web
 * calls have no direction). An unknown value is warned about and left out (it stays in `raw`).
 */
export function mapRetellDirection(ctx: Ctx, call: JsonObject): Direction | undefined {
  const raw = ctx.string(call?.direction, "direction");
  if (raw === undefined) return undefined;
  if (Object.hasOwn(RETELL_DIRECTION, raw)) return RETELL_DIRECTION[raw];
  ctx.warn("direction", `unknown value ${JSON.stringify(raw)}; left out`);
  return undefined;
}
