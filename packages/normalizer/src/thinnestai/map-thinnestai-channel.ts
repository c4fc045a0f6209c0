import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * ThinnestAI `type` (or `call_direction`) → unified channel and direction, compared case-insensitively.
 * Source: https://docs.thinnest.ai/api-reference/calls/get, `type` "web, inbound, outbound" (the example also
 * sends `call_direction: "web"`);
 * product issue rule: `web` is channel `web` with **no** direction; `inbound`/`outbound` are channel
 * `phone` with that direction.
 */
export const THINNESTAI_TYPE: Readonly<Record<string, { channel: Channel; direction?: Direction }>> =
  Object.freeze({
    web: { channel: "web" },
    inbound: { channel: "phone", direction: "inbound" },
    outbound: { channel: "phone", direction: "outbound" },
  });

/** Whether `value` counts as not given (absent, `null` or `""`). */
const missing = (value: unknown) => value === undefined || value === null || value === "";

/**
 * Maps `call.type` through {@link THINNESTAI_TYPE}; when `type` is missing (absent, `null`, `""`) it reads
 * `call_direction` instead (product issue rule: "if `type` is missing, fall back to `call_direction`, same
 * values"). Returns `{channel}` or `{channel, direction}`. Never throws.
 *
 * When neither gives a known value there is no direction, and (our decision, not in the rules) the channel
 * is inferred: `phone` when `caller_phone` or `phone_number` is a non-empty string, else `web`. Warnings
 * name the field that was read: an unknown value (`type: unknown value "sip"; channel inferred as …`), or
 * both fields missing (`type: missing …`); a mistyped value gets the reader's type warning only.
 */
export function mapThinnestAIChannel(
  ctx: Ctx,
  call: JsonObject,
): { channel: Channel; direction?: Direction } {
  const key = missing(call.type) ? "call_direction" : "type";
  const raw = ctx.string(call?.[key], key);
  const lower = raw?.toLowerCase();
  const mapped =
    lower !== undefined && Object.hasOwn(THINNESTAI_TYPE, lower) ? THINNESTAI_TYPE[lower] : undefined;
  if (mapped) return { ...mapped };
  const hasNumber = [call.caller_phone, call.phone_number].some((n) => typeof n === "string" && n !== "");
  const channel: Channel = hasNumber ? "phone" : "web";
  if (raw !== undefined) {
    ctx.warn(key, `unknown value ${JSON.stringify(raw)}; channel inferred as "${channel}"`);
  } else if (missing(call[key])) {
    ctx.warn("type", `missing, and no call_direction; channel inferred as "${channel}"`);
  }
  return { channel };
}
