/**
 * `@switchboard/core`: the shared runtime of the Switchboard provider clients. It knows no provider: each
 * provider package passes its spec-generated `paths`, base URL, auth headers and page fetcher. The webhook
 * verification primitives (Web Crypto HMAC, constant-time compare, timestamp tolerance, shared tokens) are the
 * separate entry `@switchboard/core/webhooks`, so API clients do not carry them.
 */

export { onAbort } from "./abort.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
export {
  type ApiClient,
  type ApiClientConfig,
  type CallsClient,
  COMMON_CLIENT_OPTION_KEYS,
  type CommonClientOptions,
  createApiClient,
  DEFAULTS,
  type FetchResult,
  type HandleOptions,
  requireCredential,
} from "./client.js";
export * from "./errors.js";
export {
  AUTO_CONCURRENCY,
  type Concurrency,
  createRateLimiter,
  type Permit,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimiterState,
  type RequestOutcome,
} from "./limiter.js";
export { createLogger, type Logger, type LogLevel } from "./logger.js";
export {
  checkBaseUrl,
  checkCredential,
  checkIterateOptions,
  checkPathParam,
  checkRequestOptions,
  MAX_TIMEOUT_MS,
} from "./options.js";
export {
  fetchPage,
  type IterateOptions,
  iterateFrom,
  type ListStrategy,
  Page,
  type PageFetcher,
  type PageResult,
  pageWindow,
  remainingOffsets,
} from "./pagination.js";
export { createRedactor, REDACTED, type Redactor } from "./redact.js";
export {
  BACKOFF,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfterMs,
  type RetryDecision,
  retryDecision,
  retryDelayMs,
} from "./retry.js";
export { type BodyExpectation, type JsonShape, jsonKind } from "./shape.js";
export { type InstantForm, isoString, type ReadInstant, readInstant, timeMs } from "./time.js";
export {
  createTransport,
  MAX_REDIRECTS,
  type RequestOptions,
  type Transport,
  type TransportConfig,
} from "./transport.js";
// Types only: the validator itself is the `@switchboard/core/validation` entry point (Ajv stays out of apps
// that do not validate).
export type { ResponseValidator, SpecValidator } from "./validation.js";
export {
  FIRST_WINDOW_MS,
  iterateWindows,
  type TimeWindowStrategy,
  type WindowWalk,
} from "./windows.js";
