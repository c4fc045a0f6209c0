import type { Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";

/**
 * Butter `call_type` → unified direction. Source: https://docs.getbutter.ai/api-reference/calls/get,
 * `call_type` "inbound, outbound, or preview"
 * (issue rule "Direction"): `inbound` → `inbound`, `outbound` → `outbound`; `preview` (a dashboard test call)
 * has no direction → `null` = the direction is left absent, without a warning. Compared case-insensitively.
 */
export const BUTTER_DIRECTION: Readonly<Record<string, Direction | null>> = Object.freeze({
  inbound: "inbound",
  outbound: "outbound",
  preview: null,
});

/**
 * Maps `call.call_type` through {@link BUTTER_DIRECTION}. Missing → `undefined` (no warning; the field is
 * optional); `preview` → `undefined` (documented, no warning); any other value → `undefined` with a warning on
 * `call_type`; a non-string → `undefined` with a type warning. Never throws.
 */
export function mapButterDirection(ctx: Ctx, call: JsonObject): Direction | undefined {
  const raw = ctx.string(call?.call_type, "call_type");
  if (raw === undefined) return undefined;
  const direction = lookupFolded(BUTTER_DIRECTION, raw);
  if (direction !== undefined) return direction ?? undefined; // `preview`: no direction, no warning
  ctx.warn("call_type", `unknown value ${JSON.stringify(raw)}; direction left out`);
  return undefined;
}
