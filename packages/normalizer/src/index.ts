/**
 * `@switchboard/normalizer`: maps each provider's call record into one unified, lossless, unit-consistent
 * {@link Call} (`specs/unified.yaml`). Depends on no client package: it types each provider's input with its own
 * copy of the types generated from `specs/<provider>.yaml`, so it runs and type-checks with any subset of clients.
 */

export { normalizeBlandCall } from "./bland/normalize-bland-call.js";
export { normalizeButterCall } from "./butter/normalize-butter-call.js";
export type * from "./call.js";
export { NormalizeError } from "./errors.js";
export { NORMALIZERS, normalizeCall, PROVIDERS } from "./normalize.js";
export { normalizeOpenMicCall } from "./openmic/normalize-openmic-call.js";
export { normalizeRetellCall } from "./retell/normalize-retell-call.js";
export { normalizeThinnestAICall } from "./thinnestai/normalize-thinnestai-call.js";
export { normalizeVapiCall } from "./vapi/normalize-vapi-call.js";
export { normalizeVapiServerMessage } from "./vapi/normalize-vapi-server-message.js";
export { normalizeZuduCall } from "./zudu/normalize-zudu-call.js";
