import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";
import { mapEnum } from "../shared/enum.js";

/** Zudu `call_type` → channel (providers.md: `PHONE_CALL`, `WEB_CALL`; case-insensitive). */
export const ZUDU_CHANNEL: Readonly<Record<string, Channel>> = { phone_call: "phone", web_call: "web" };
/** Zudu `direction` → direction (providers.md: `INBOUND`, `OUTBOUND`; case-insensitive). */
export const ZUDU_DIRECTION: Readonly<Record<string, Direction>> = {
  inbound: "inbound",
  outbound: "outbound",
};

/**
 * Maps `call_type` and `direction`. An unknown or missing `call_type` gives a warning and the channel
 * `phone` when a number is given, else `web`; an unknown `direction` is left out with a warning.
 */
export function mapZuduChannel(ctx: Ctx, call: JsonObject): { channel: Channel; direction?: Direction } {
  const hasNumber = typeof call.from_number === "string" || typeof call.to_number === "string";
  const fallback: Channel = hasNumber ? "phone" : "web";
  const channel = mapEnum(ctx, call, "call_type", "call_type", ZUDU_CHANNEL, fallback);
  if (!channel) ctx.warn("call_type", `missing; channel inferred as "${fallback}"`);
  const raw = ctx.string(call, "direction", "direction");
  const direction =
    raw !== undefined && Object.hasOwn(ZUDU_DIRECTION, raw.toLowerCase())
      ? ZUDU_DIRECTION[raw.toLowerCase()]
      : undefined;
  if (raw !== undefined && !direction)
    ctx.warn("direction", `unknown value ${JSON.stringify(raw)}; left out`);
  return direction
    ? { channel: channel?.unified ?? fallback, direction }
    : { channel: channel?.unified ?? fallback };
}
