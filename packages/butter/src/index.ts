/**
 * `@switchboard/butter`: a typed client for Butter AI's call records (`GET /api/calls/{call_sid}`,
 * `GET /api/calls`), generated from `specs/butter.yaml`. Errors are the shared `@switchboard/core`
 * hierarchy, re-exported here.
 */
export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  BUTTER_BASE_URL,
  BUTTER_RATE_LIMIT,
  type ButterCall,
  type ButterCallListItem,
  type ButterCallPage,
  type ButterClient,
  type ButterClientOptions,
  type ButterListCallsParams,
  type ButterListCallsResponse,
  createButterClient,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/butter.js";
export {
  type ButterWebhookEvent,
  type ButterWebhookInput,
  unwrapButterWebhook,
  verifyButterWebhook,
} from "./webhooks.js";
