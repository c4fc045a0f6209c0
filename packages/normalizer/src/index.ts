/**
 * `@switchboard/normalizer`: maps each provider's call record into one unified, lossless, unit-consistent
 * {@link Call} (`specs/unified.yaml`). Depends on no client package: it types each provider's input with its own
 * copy of the types generated from `specs/<provider>.yaml`, so it runs and type-checks with any subset of clients.
 */

export { BLAND_POST_CALL } from "./bland/normalize-bland-webhook.js";
export type * from "./call.js";
export { NormalizeError } from "./errors.js";
// Each provider's `normalize<Name>Call`, `<Name>CallInput` and `normalize<Name>Webhook`: the generated registry.
export * from "./generated/registry.js";
export {
  NORMALIZERS,
  type NormalizerProvider,
  normalizeCall,
  normalizeUnknownCall,
  PROVIDERS,
  type ProviderCallTypes,
} from "./normalize.js";
export type { RetellWebhookPayload } from "./retell/normalize-retell-webhook.js";
export { normalizeVapiServerMessage } from "./vapi/normalize-vapi-server-message.js";
export { normalizeWebhookEvent, WEBHOOK_NORMALIZERS } from "./webhooks.js";
