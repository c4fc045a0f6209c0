/**
 * `@switchboard/vapi`: a typed client for Vapi's call records (`GET /call/{id}`, `GET /call`), generated
 * from `specs/vapi.yaml`, with the types of the `end-of-call-report` and `status-update` webhook bodies.
 * Errors are the shared `@switchboard/core` hierarchy, re-exported here.
 */

export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  createVapiClient,
  VAPI_BASE_URL,
  VAPI_DEFAULT_LIMIT,
  VAPI_MAX_LIMIT,
  type VapiCall,
  type VapiCallPage,
  type VapiClient,
  type VapiClientOptions,
  type VapiEndOfCallReportWebhook,
  type VapiListCallsParams,
  type VapiListCallsResponse,
  type VapiStatusUpdateWebhook,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/vapi.js";
export {
  signVapiWebhook,
  unwrapVapiWebhook,
  VAPI_HMAC_DEFAULTS,
  VAPI_WEBHOOK_TOLERANCE_SECONDS,
  type VapiHmacOptions,
  type VapiServerMessage,
  type VapiWebhookInput,
  type VapiWebhookScheme,
  verifyVapiWebhook,
} from "./webhooks.js";
