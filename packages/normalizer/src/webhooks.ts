import { normalizeButterWebhook } from "./butter/normalize-butter-webhook.js";
import type { Provider, WebhookEvent } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeOpenMicWebhook } from "./openmic/normalize-openmic-webhook.js";
import { normalizeThinnestAIWebhook } from "./thinnestai/normalize-thinnestai-webhook.js";
import { normalizeZuduWebhook } from "./zudu/normalize-zudu-webhook.js";

/**
 * The webhook normalizer of each provider that has one (Vapi's server messages and Bland's post-call webhook are
 * not mapped to the unified event yet).
 */
export const WEBHOOK_NORMALIZERS: Readonly<Partial<Record<Provider, (payload: unknown) => WebhookEvent>>> = {
  openmic: normalizeOpenMicWebhook,
  zudu: normalizeZuduWebhook,
  thinnestai: normalizeThinnestAIWebhook,
  butter: normalizeButterWebhook,
};

/**
 * Normalizes one provider webhook payload (the parsed JSON body, already verified) into the unified
 * {@link WebhookEvent} `{ provider, type, raw: { type, payload }, occurredAt?, callId?, call?, warnings }`:
 * `type` is `call.started`, `call.status`, `call.ended`, `call.analyzed` or `other`; `call` is the unified call as
 * far as the event describes it. The payload is not modified and is kept as `raw.payload`.
 *
 * @param provider - `"openmic" | "zudu" | "thinnestai" | "butter"` (the providers of {@link WEBHOOK_NORMALIZERS}).
 * @throws {NormalizeError} for a provider without a webhook normalizer, a payload that is not an object, or a missing/mistyped
 *   identity (OpenMic `sessionId`, ThinnestAI `event`, Butter `call_sid`/`status`, Zudu `call_id`/`agent_id`).
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
