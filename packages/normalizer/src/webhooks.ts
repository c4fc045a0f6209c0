import { normalizeBlandWebhook } from "./bland/normalize-bland-webhook.js";
import { normalizeButterWebhook } from "./butter/normalize-butter-webhook.js";
import type { Provider, WebhookEvent } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeOpenMicWebhook } from "./openmic/normalize-openmic-webhook.js";
import { normalizeRetellWebhook } from "./retell/normalize-retell-webhook.js";
import { normalizeThinnestAIWebhook } from "./thinnestai/normalize-thinnestai-webhook.js";
import { normalizeVapiWebhook } from "./vapi/normalize-vapi-webhook.js";
import { normalizeZuduWebhook } from "./zudu/normalize-zudu-webhook.js";

/** The webhook normalizer of each provider. */
export const WEBHOOK_NORMALIZERS: Readonly<Partial<Record<Provider, (payload: unknown) => WebhookEvent>>> = {
  openmic: normalizeOpenMicWebhook,
  zudu: normalizeZuduWebhook,
  thinnestai: normalizeThinnestAIWebhook,
  butter: normalizeButterWebhook,
  retell: normalizeRetellWebhook,
  vapi: normalizeVapiWebhook,
  bland: normalizeBlandWebhook,
};

/**
 * Normalizes one provider webhook payload (the parsed JSON body, already verified) into the unified
 * {@link WebhookEvent} `{ provider, type, raw: { type, payload }, occurredAt?, callId?, call?, warnings }`:
 * `type` is `call.started`, `call.status`, `call.ended`, `call.analyzed` or `other`; `call` is the unified call as
 * far as the event describes it. The payload is not modified and is kept as `raw.payload`.
 *
 * @param provider - `"openmic" | "zudu" | "thinnestai" | "butter" | "retell" | "vapi" | "bland"` (the providers of
 *   {@link WEBHOOK_NORMALIZERS}).
 * @throws {NormalizeError} for a provider without a webhook normalizer, a payload that is not an object, or a missing/mistyped
 *   identity (OpenMic `sessionId`, ThinnestAI `event`, Butter `call_sid`/`status`, Zudu `call_id`/`agent_id`, Retell
 *   `event` and the call's `call_id`/`agent_id`, Vapi `message.type`, Bland `call_id`).
 */
export function normalizeWebhookEvent(provider: Provider, payload: unknown): WebhookEvent {
  const normalize = Object.hasOwn(WEBHOOK_NORMALIZERS, provider) ? WEBHOOK_NORMALIZERS[provider] : undefined;
  if (!normalize) {
    throw new NormalizeError(
      String(provider),
      "",
      `no webhook normalizer for this provider; expected one of ${Object.keys(WEBHOOK_NORMALIZERS).join(", ")}`,
    );
  }
  return normalize(payload);
}
