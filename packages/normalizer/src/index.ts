/**
 * `@switchboard/normalizer`: maps each provider's call record into one unified, lossless, unit-consistent
 * {@link Call} (`specs/unified.yaml`). Depends on no client package: it types each provider's input with its own
 * copy of the types generated from `specs/<provider>.yaml`, so it runs and type-checks with any subset of clients.
 */

export { normalizeBlandCall } from "./bland/normalize-bland-call.js";
export { BLAND_POST_CALL, normalizeBlandWebhook } from "./bland/normalize-bland-webhook.js";
export { normalizeButterCall } from "./butter/normalize-butter-call.js";
export { normalizeButterWebhook } from "./butter/normalize-butter-webhook.js";
export type * from "./call.js";
export { NormalizeError } from "./errors.js";
export {
  NORMALIZERS,
  type NormalizerProvider,
  normalizeCall,
  normalizeUnknownCall,
  PROVIDERS,
  type ProviderCallTypes,
} from "./normalize.js";
export { normalizeOpenMicCall } from "./openmic/normalize-openmic-call.js";
export { normalizeOpenMicWebhook } from "./openmic/normalize-openmic-webhook.js";
export { normalizeRetellCall } from "./retell/normalize-retell-call.js";
export { normalizeRetellWebhook, type RetellWebhookPayload } from "./retell/normalize-retell-webhook.js";
export { normalizeThinnestAICall } from "./thinnestai/normalize-thinnestai-call.js";
export { normalizeThinnestAIWebhook } from "./thinnestai/normalize-thinnestai-webhook.js";
export { normalizeVapiCall } from "./vapi/normalize-vapi-call.js";
export { normalizeVapiServerMessage } from "./vapi/normalize-vapi-server-message.js";
export { normalizeVapiWebhook } from "./vapi/normalize-vapi-webhook.js";
export { normalizeWebhookEvent, WEBHOOK_NORMALIZERS } from "./webhooks.js";
export { normalizeZuduCall } from "./zudu/normalize-zudu-call.js";
export { normalizeZuduWebhook } from "./zudu/normalize-zudu-webhook.js";
