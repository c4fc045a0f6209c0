import type { Channel, Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { lookupFolded, mapEnum } from "../common/enum.js";

/**
 * Zudu `call_type` → channel, compared case-insensitively. Source:
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id (enum `PHONE_CALL`,
 * `WEB_CALL`, documented upper case, one page shows lower case) and the product issue's rule:
 * `PHONE_CALL` → `phone`, `WEB_CALL` → `web`.
 */
export const ZUDU_CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({
  phone_call: "phone",
  web_call: "web",
});

/**
 * Zudu `direction` → direction, compared case-insensitively. Source:
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id (enum `INBOUND`,
 * `OUTBOUND`) and the product issue's rule: `INBOUND` → `inbound`, `OUTBOUND` → `outbound`.
 */
export const ZUDU_DIRECTION: Readonly<Record<string, Direction>> = Object.freeze({
  inbound: "inbound",
  outbound: "outbound",
});

/**
 * Maps `call.call_type` and `call.direction`.
 *
 * - `call_type` through {@link ZUDU_CHANNEL}. An unknown or missing value is a warning, and the channel is
 *   `phone` when a phone number is given (`hasNumber`: `from_number` or `to_number` non-empty), else `web`
 *   (product issue rule). An unknown value keeps its `raw` only in `raw`: the unified channel is a plain enum.
 * - `direction` through {@link ZUDU_DIRECTION}. The unified model has no "unknown" direction, so an unknown
 *   value is left out with a warning; a missing one is simply absent.
 *
 * Never throws.
 */
export function mapZuduChannel(
  ctx: Ctx,
  call: JsonObject,
  hasNumber: boolean,
): { channel: Channel; direction?: Direction } {
  const fallback: Channel = hasNumber ? "phone" : "web";
  const channel = mapEnum(ctx, call, "call_type", "call_type", ZUDU_CHANNEL, fallback);
  if (!channel) ctx.warn("call_type", `missing; channel inferred as "${fallback}"`);
  const raw = ctx.string(call?.direction, "direction");
  const direction = raw === undefined ? undefined : lookupFolded(ZUDU_DIRECTION, raw);
  if (raw !== undefined && !direction)
    ctx.warn("direction", `unknown value ${JSON.stringify(raw)}; left out`);
  return direction
    ? { channel: channel?.unified ?? fallback, direction }
    : { channel: channel?.unified ?? fallback };
}
