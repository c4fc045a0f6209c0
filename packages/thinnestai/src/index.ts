/**
 * `@switchboard/thinnestai`: a typed client for ThinnestAI's call records (`GET /v2/calls/{call_id}`,
 * `GET /v2/calls`), generated from `specs/thinnestai.yaml`. Errors are the shared `@switchboard/core`
 * hierarchy, re-exported here.
 */
export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  createThinnestAIClient,
  THINNESTAI_BASE_URL,
  THINNESTAI_RATE_LIMIT,
  type ThinnestAICall,
  type ThinnestAICallPage,
  type ThinnestAICallSummary,
  type ThinnestAIClient,
  type ThinnestAIClientOptions,
  type ThinnestAIListCallsParams,
  type ThinnestAIListCallsResponse,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/thinnestai.js";
export {
  signThinnestAIWebhook,
  THINNESTAI_WEBHOOK_HEADERS,
  THINNESTAI_WEBHOOK_TOLERANCE_SECONDS,
  type ThinnestAIVoiceCallWebhookEvent,
  type ThinnestAIWebhookEvent,
  type ThinnestAIWebhookInput,
  thinnestAIDeliveryId,
  unwrapThinnestAIWebhook,
  verifyThinnestAIWebhook,
} from "./webhooks.js";
