/**
 * GENERATED from the provider folders of src/ by scripts/generate-registry.mjs. Do not edit by hand: add or
 * change a provider's folder (its normalize-<provider>-call.ts and normalize-<provider>-webhook.ts) and run
 * `pnpm generate`.
 */

import { type BlandCallInput, normalizeBlandCall } from "../bland/normalize-bland-call.js";
import { normalizeBlandWebhook } from "../bland/normalize-bland-webhook.js";
import { type ButterCallInput, normalizeButterCall } from "../butter/normalize-butter-call.js";
import { normalizeButterWebhook } from "../butter/normalize-butter-webhook.js";
import { type OpenMicCallInput, normalizeOpenMicCall } from "../openmic/normalize-openmic-call.js";
import { normalizeOpenMicWebhook } from "../openmic/normalize-openmic-webhook.js";
import { type RetellCallInput, normalizeRetellCall } from "../retell/normalize-retell-call.js";
import { normalizeRetellWebhook } from "../retell/normalize-retell-webhook.js";
import { type ThinnestAICallInput, normalizeThinnestAICall } from "../thinnestai/normalize-thinnestai-call.js";
import { normalizeThinnestAIWebhook } from "../thinnestai/normalize-thinnestai-webhook.js";
import { type VapiCallInput, normalizeVapiCall } from "../vapi/normalize-vapi-call.js";
import { normalizeVapiWebhook } from "../vapi/normalize-vapi-webhook.js";
import { type ZuduCallInput, normalizeZuduCall } from "../zudu/normalize-zudu-call.js";
import { normalizeZuduWebhook } from "../zudu/normalize-zudu-webhook.js";

export {
  type BlandCallInput,
  normalizeBlandCall,
  normalizeBlandWebhook,
  type ButterCallInput,
  normalizeButterCall,
  normalizeButterWebhook,
  type OpenMicCallInput,
  normalizeOpenMicCall,
  normalizeOpenMicWebhook,
  type RetellCallInput,
  normalizeRetellCall,
  normalizeRetellWebhook,
  type ThinnestAICallInput,
  normalizeThinnestAICall,
  normalizeThinnestAIWebhook,
  type VapiCallInput,
  normalizeVapiCall,
  normalizeVapiWebhook,
  type ZuduCallInput,
  normalizeZuduCall,
  normalizeZuduWebhook,
};

/** Each provider's call normalizer, by provider id (one folder of src/ each, in alphabetical order). */
export const CALL_NORMALIZERS = {
  bland: normalizeBlandCall,
  butter: normalizeButterCall,
  openmic: normalizeOpenMicCall,
  retell: normalizeRetellCall,
  thinnestai: normalizeThinnestAICall,
  vapi: normalizeVapiCall,
  zudu: normalizeZuduCall,
} as const;

/** Each provider's webhook normalizer, by provider id. */
export const PROVIDER_WEBHOOK_NORMALIZERS = {
  bland: normalizeBlandWebhook,
  butter: normalizeButterWebhook,
  openmic: normalizeOpenMicWebhook,
  retell: normalizeRetellWebhook,
  thinnestai: normalizeThinnestAIWebhook,
  vapi: normalizeVapiWebhook,
  zudu: normalizeZuduWebhook,
} as const;

/** What {@link CALL_NORMALIZERS} takes, by provider id: the provider's call record (see each `<Name>CallInput`). */
export interface ProviderCallTypes {
  bland: BlandCallInput;
  butter: ButterCallInput;
  openmic: OpenMicCallInput;
  retell: RetellCallInput;
  thinnestai: ThinnestAICallInput;
  vapi: VapiCallInput;
  zudu: ZuduCallInput;
}
