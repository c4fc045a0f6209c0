import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../shared/context.js";

/**
 * ThinnestAI `type` → channel and direction. Source: seed 003, `type`: `web, inbound, outbound`; the
 * product rule: `web` is channel web with **no** direction; `inbound`/`outbound` are channel phone with that
 * direction. Compared case-insensitively.
 */
export const THINNESTAI_TYPE: Readonly<Record<string, { channel: Channel; direction?: Direction }>> = {
  web: { channel: "web" },
  inbound: { channel: "phone", direction: "inbound" },
  outbound: { channel: "phone", direction: "outbound" },
};

/**
 * Reads `type`, else `call_direction` (same values in the seed example). An unknown or missing value gives a
 * warning naming the field, no direction, and channel `phone` when a phone number is given, else `web`.
 */
export function mapThinnestAIChannel(
  ctx: Ctx,
  call: JsonObject,
): { channel: Channel; direction?: Direction } {
  const key = call.type === undefined || call.type === null ? "call_direction" : "type";
  const raw = ctx.string(call, key, key);
  const mapped =
    raw !== undefined && Object.hasOwn(THINNESTAI_TYPE, raw.toLowerCase())
      ? THINNESTAI_TYPE[raw.toLowerCase()]
      : undefined;
  if (mapped) return mapped;
  const hasNumber = typeof call.caller_phone === "string" || typeof call.phone_number === "string";
  const channel: Channel = hasNumber ? "phone" : "web";
  ctx.warn(
    "type",
    `${raw === undefined ? "missing" : `unknown value ${JSON.stringify(raw)}`}; channel inferred as "${channel}"`,
  );
  return { channel };
}
