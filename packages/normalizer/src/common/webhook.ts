import type { WebhookCall, WebhookEvent } from "../call.js";
import { type Ctx, compact, type JsonObject } from "./context.js";

/**
 * Assembles a {@link WebhookEvent}: the input payload is `raw.payload` (untouched), `rawType` the provider's
 * event name as sent; absent fields stay absent; the context's warnings become `warnings`.
 */
export function webhookEvent(
  ctx: Ctx,
  payload: JsonObject,
  fields: Omit<WebhookEvent, "provider" | "raw" | "warnings"> & { rawType: string },
): WebhookEvent {
  const { rawType, call, ...rest } = fields;
  return compact({
    provider: ctx.provider as WebhookEvent["provider"],
    ...rest,
    raw: { type: rawType, payload },
    call: call ? (compact(call) as WebhookCall) : undefined,
    warnings: ctx.warnings,
  });
}
