/**
 * `@switchboard/sdk`: one client over every voice-AI provider Switchboard supports. `createSwitchboard()`
 * reads the API keys from the environment (or takes them as options) and lists every call of every
 * provider as a unified `Call`, newest first, with per-provider partial failure; `getCall` gets one.
 * Each provider is one descriptor (`src/providers/<name>.ts`); the registry is generated from that folder.
 * This entry carries the public API only; `etc/sdk.api.md` is its report (`pnpm check:api` fails on any
 * change to it that is not committed).
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
export type {
  AnyProviderDescriptor,
  CredentialDescriptor,
  NativeFilter,
  NativeFilters,
  ProviderDescriptor,
  UnifiedFilterName,
  UnifiedFilterValues,
  WebhookDescriptor,
  WebhookVerifyInput,
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
  UNIFIED_STATUSES,
} from "./filters.js";
export { CallsSummarizer, type CallsSummary, type ProviderSummary } from "./summary.js";
export { toInstant } from "./time.js";
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
