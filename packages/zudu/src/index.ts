/**
 * `@switchboard/zudu`: a typed client for Zudu AI's call records (`GET /api/calls/{callId}`,
 * `POST /api/calls`), generated from `specs/zudu.yaml`. Errors are the shared `@switchboard/core`
 * hierarchy, re-exported here.
 */
export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export {
  createZuduClient,
  ZUDU_BASE_URL,
  type ZuduCall,
  type ZuduCallPage,
  type ZuduClient,
  type ZuduClientOptions,
  type ZuduListCallsData,
  type ZuduListCallsParams,
  zuduHasNextPage,
} from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/zudu.js";
export {
  unwrapZuduWebhook,
  verifyZuduWebhook,
  type ZuduWebhookEvent,
  type ZuduWebhookInput,
} from "./webhooks.js";
