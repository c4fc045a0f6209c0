/**
 * `@switchboard/openmic`: a typed client for OpenMic's call records (`GET /v1/call/{id}`, `GET /v1/calls`),
 * generated from `specs/openmic.yaml`. Errors are the shared `@switchboard/core` hierarchy, re-exported here.
 */

export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  createOpenMicClient,
  OPENMIC_BASE_URL,
  type OpenMicCall,
  type OpenMicCallPage,
  type OpenMicClient,
  type OpenMicClientOptions,
  type OpenMicListCallsParams,
  type OpenMicListCallsResponse,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/openmic.js";
export {
  type OpenMicWebhookEvent,
  type OpenMicWebhookInput,
  unwrapOpenMicWebhook,
  verifyOpenMicWebhook,
} from "./webhooks.js";
