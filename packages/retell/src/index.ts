/**
 * `@switchboard/retell`: a typed client for Retell AI's call records (`GET /v2/get-call/{call_id}`,
 * `POST /v3/list-calls`, and the legacy `POST /v2/list-calls`), generated from `specs/retell.yaml`. Errors
 * are the shared `@switchboard/core` hierarchy, re-exported here.
 */

export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  createRetellClient,
  RETELL_BASE_URL,
  RETELL_LEGACY_DEFAULT_LIMIT,
  type RetellCall,
  type RetellCallPage,
  type RetellClient,
  type RetellClientOptions,
  type RetellLegacyCallPage,
  type RetellListCallsLegacyParams,
  type RetellListCallsLegacyResponse,
  type RetellListCallsParams,
  type RetellListCallsResponse,
  type RetellPhoneCall,
  type RetellWebCall,
  type RetellWebhookEvent,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/retell.js";
export {
  RETELL_SIGNATURE_HEADER,
  RETELL_WEBHOOK_TOLERANCE_SECONDS,
  type RetellWebhookInput,
  signRetellWebhook,
  unwrapRetellWebhook,
  verifyRetellWebhook,
} from "./webhooks.js";
