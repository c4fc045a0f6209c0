import type { Direction } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";

/**
 * Bland `inbound` (boolean) → direction: `true` → `inbound`, `false` → `outbound` ("Will be `false` for
 * outbound calls", https://docs.bland.ai/api-v1/get/calls-id). Absent/`null` → `undefined`; any other type →
 * `undefined` with a warning on `inbound` (a string `"true"` is not read as a boolean).
 */
export function mapBlandDirection(ctx: Ctx, call: JsonObject): Direction | undefined {
  const inbound = ctx.boolean(call?.inbound, "inbound");
  if (inbound === undefined) return undefined;
  return inbound ? "inbound" : "outbound";
}
