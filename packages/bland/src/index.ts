/**
 * `@switchboard/bland`: a typed client for Bland AI's call records (`GET /v1/calls/{call_id}`,
 * `GET /v1/calls`), generated from `specs/bland.yaml`, with the post-call webhook body typed too.
 * Errors are the shared `@switchboard/core` hierarchy, re-exported here.
 */

export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  BLAND_BASE_URL,
  BLAND_DEFAULT_PAGE_SIZE,
  type BlandCall,
  type BlandCallEvent,
  type BlandCallPage,
  type BlandClient,
  type BlandClientOptions,
  type BlandListCallsParams,
  type BlandListCallsResponse,
  type BlandPostCallWebhook,
  createBlandClient,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/bland.js";
export {
  BLAND_SIGNATURE_HEADER,
  type BlandWebhookInput,
  signBlandWebhook,
  unwrapBlandWebhook,
  verifyBlandWebhook,
} from "./webhooks.js";
