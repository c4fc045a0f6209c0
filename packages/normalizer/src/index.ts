/**
 * `@switchboard/normalizer`: maps each provider's call record into one unified, lossless, unit-consistent
 * {@link Call} (`specs/unified.yaml`). Imports provider *types* only: it runs without any client installed.
 */

export { normalizeButterCall } from "./butter/normalize-butter-call.js";
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
export { normalizeThinnestAICall } from "./thinnestai/normalize-thinnestai-call.js";
export { normalizeZuduCall } from "./zudu/normalize-zudu-call.js";
