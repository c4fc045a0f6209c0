/**
 * `@switchboard/sdk`: one client over every voice-AI provider Switchboard supports. `createSwitchboard()`
 * reads the API keys from the environment (or takes them as options) and lists every call of every
 * provider as a unified `Call`, newest first, with per-provider partial failure; `getCall` gets one.
 * Each provider is one descriptor (`src/providers/<name>.ts`); the registry is generated from that folder.
 */
export { APIPromise, type WithResponse } from "@switchboard/core";
export type { Call, Provider, WebhookEvent } from "@switchboard/normalizer";
export {
  type CallStream,
  type ClientOf,
  createSwitchboard,
  type Descriptors,
  type IdOf,
  type IterateCallsOptions,
  type OptionsOf,
  PROVIDER_NAMES,
  PROVIDERS,
  type ProviderName,
  type SwitchboardClient,
  type SwitchboardOptions,
} from "./client.js";
export {
  type AnyProviderDescriptor,
  type CredentialDescriptor,
  defineProvider,
  FILTER_NAMES,
  type NativeFilter,
  type NativeFilters,
  type ProviderDescriptor,
  type UnifiedFilterName,
  type UnifiedFilterValues,
  type WebhookDescriptor,
  type WebhookVerifyInput,
} from "./descriptor.js";
export {
  ConfigurationError,
  InvalidArgumentError,
  InvalidCallIdError,
  type ProviderFailure,
} from "./errors.js";
export {
  CALL_FIELDS,
  callToCsv,
  csvCell,
  csvLines,
  DEFAULT_CSV_FIELDS,
  fieldValue,
  parseFields,
  pickFields,
} from "./fields.js";
export {
  type CallFilters,
  DIRECTIONS,
  matches,
  nativeParams,
  newestFirst,
  type ResolvedFilters,
  resolveFilters,
  UNIFIED_STATUSES,
} from "./filters.js";
export { DESCRIPTORS } from "./generated/registry.js";
export { integerId, stringId } from "./ids.js";
export { CallsSummarizer, type CallsSummary, nearestRank, type ProviderSummary } from "./summary.js";
export { toInstant } from "./time.js";
export { requireSecret, tokenWebhook } from "./webhook-auth.js";
export {
  handleWebhookPayload,
  handleWebhookRequest,
  WEBHOOK_PROVIDERS,
  type WebhookCredentials,
  type WebhookPayloadInput,
  type WebhookProvider,
  webhookCredentialsFromEnv,
  webhookDescriptor,
  webhookErrorStatus,
} from "./webhooks.js";
