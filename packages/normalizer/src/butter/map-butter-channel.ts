import type { Channel } from "../call.js";
import { type Ctx, describe, type JsonObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";

/**
 * Butter `transport` → unified channel. Source: https://docs.getbutter.ai/api-reference/calls/get,
 * `transport` "Transport method: twilio, sip, or
 * webrtc" (issue rule "Channel"): `twilio`/`sip` → `phone`, `webrtc` → `web`. Compared case-insensitively.
 */
export const BUTTER_TRANSPORT_CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({
  twilio: "phone",
  sip: "phone",
  webrtc: "web",
});

/**
 * Butter `call_type` → the channel inferred when `transport` is missing or unknown. Source:
 * https://docs.getbutter.ai/api-reference/calls/get,
 * `call_type` "inbound, outbound, or preview" (issue rule "Channel"): `inbound`/`outbound` are telephone
 * calls → `phone`; `preview` (testing the agent from the dashboard) → `web`.
 */
export const BUTTER_CALL_TYPE_CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({
  inbound: "phone",
  outbound: "phone",
  preview: "web",
});

function lookup(table: Readonly<Record<string, Channel>>, value: unknown): Channel | undefined {
  if (typeof value !== "string") return undefined;
  return lookupFolded(table, value);
}

/**
 * The call's channel (`"phone" | "web"`, always given: the unified field is required).
 *
 * 1. `transport` through {@link BUTTER_TRANSPORT_CHANNEL}, without warning.
 * 2. Otherwise (transport missing — as in every List Calls row,
 * https://docs.getbutter.ai/api-reference/introduction — unknown or mistyped) the
 *    channel is inferred from `call_type` through {@link BUTTER_CALL_TYPE_CHANNEL}, with ONE warning on
 *    `transport` saying why and what was inferred (issue rule "Channel").
 * 3. When `call_type` does not tell either (missing or not inbound/outbound/preview), `phone` if a
 *    `to_number`/`from_number` is given, else `web` — same warning. (Not in the rules: Butter's `to_number`
 *    is required and E.164, so a number means a telephone call.)
 *
 * `call_type` itself is not warned about here; {@link mapButterDirection} reports it. Never throws.
 */
export function mapButterChannel(ctx: Ctx, call: JsonObject): Channel {
  const transport = call.transport;
  const direct = lookup(BUTTER_TRANSPORT_CHANNEL, transport);
  if (direct) return direct;
  const why =
    transport === undefined || transport === null || transport === ""
      ? "missing"
      : typeof transport === "string"
        ? `unknown value ${JSON.stringify(transport)}`
        : `expected a string, got ${describe(transport)}`;
  const callType = call.call_type;
  const inferred = lookup(BUTTER_CALL_TYPE_CHANNEL, callType);
  if (inferred) {
    ctx.warn(
      "transport",
      `${why}; channel inferred as "${inferred}" from call_type ${JSON.stringify(callType)}`,
    );
    return inferred;
  }
  const hasNumber = [call.to_number, call.from_number].some((n) => typeof n === "string" && n !== "");
  const fallback: Channel = hasNumber ? "phone" : "web";
  ctx.warn(
    "transport",
    `${why}; channel inferred as "${fallback}" (call_type gives no channel; ${hasNumber ? "a phone number is given" : "no phone number given"})`,
  );
  return fallback;
}
