import { normalizeButterWebhook } from "./butter/normalize-butter-webhook.js";
import type { Provider, WebhookEvent } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeOpenMicWebhook } from "./openmic/normalize-openmic-webhook.js";
import { normalizeThinnestAIWebhook } from "./thinnestai/normalize-thinnestai-webhook.js";
import { normalizeZuduWebhook } from "./zudu/normalize-zudu-webhook.js";

/** Every provider's webhook normalizer, by provider id. */
export const WEBHOOK_NORMALIZERS: Readonly<Record<Provider, (payload: unknown) => WebhookEvent>> = {
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
 * @param provider - `"openmic" | "zudu" | "thinnestai" | "butter"`.
 * @throws {NormalizeError} for an unknown provider, a payload that is not an object, or a missing/mistyped
 *   identity (OpenMic `sessionId`, ThinnestAI `event`, Butter `call_sid`/`status`, Zudu `call_id`/`agent_id`).
 */
export function normalizeWebhookEvent(provider: Provider, payload: unknown): WebhookEvent {
  const normalize = Object.hasOwn(WEBHOOK_NORMALIZERS, provider) ? WEBHOOK_NORMALIZERS[provider] : undefined;
  if (!normalize) {
    throw new NormalizeError(
      String(provider),
      "",
      `unknown provider; expected one of ${Object.keys(WEBHOOK_NORMALIZERS).join(", ")}`,
    );
  }
  return normalize(payload);
}
