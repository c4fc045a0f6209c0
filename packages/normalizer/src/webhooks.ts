import type { Provider, WebhookEvent } from "./call.js";
import { NormalizeError } from "./errors.js";
import { PROVIDER_WEBHOOK_NORMALIZERS } from "./generated/registry.js";

/** The webhook normalizer of each provider. */
export const WEBHOOK_NORMALIZERS: Readonly<Partial<Record<Provider, (payload: unknown) => WebhookEvent>>> =
  PROVIDER_WEBHOOK_NORMALIZERS;

/**
 * Normalizes one provider webhook payload (the parsed JSON body, already verified) into the unified
 * {@link WebhookEvent} `{ provider, type, raw: { type, payload }, occurredAt?, callId?, call?, warnings }`:
 * `type` is `call.started`, `call.status`, `call.ended`, `call.analyzed` or `other`; `call` is the unified call as
 * far as the event describes it. The payload is not modified and is kept as `raw.payload`.
 *
 * @param provider - a provider of {@link WEBHOOK_NORMALIZERS} (the generated registry of the provider folders).
 * @throws {NormalizeError} for a provider without a webhook normalizer, a payload that is not an object, or a
 *   missing/mistyped identity (each provider's `normalize<Name>Webhook` says which fields identify its events).
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
