import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  InvalidArgumentError,
  InvalidResponseBodyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  SwitchboardError,
} from "@switchboard/core";
import { NormalizeError } from "@switchboard/normalizer";
import { ConfigurationError, InvalidCallIdError } from "@switchboard/sdk";
import { StoreError, StoreLockedError, StoreOpenError, StoreVersionError } from "@switchboard/store";
import { escapeControl } from "./sanitize.js";

/** Client options that come from the environment: a bad value is a configuration error (exit 2). */
const CONFIG_ARGUMENTS = new Set(["apiKey", "apiSecret", "organizationId", "baseUrl", "headers"]);

/** Exit codes of `switchboard`, one per error class (checked most specific first). */
export const EXIT = {
  ok: 0,
  /** Unexpected failure (a bug). */
  internal: 1,
  /** Configuration: an API key variable is missing or blank, or a base URL is not an http(s) URL. */
  config: 2,
  authentication: 3,
  permissionDenied: 4,
  notFound: 5,
  rateLimited: 6,
  timeout: 7,
  connection: 8,
  /** Any other HTTP error (4xx/5xx). */
  api: 9,
  responseValidation: 10,
  invalidResponseBody: 11,
  normalize: 12,
  /**
   * With several providers (`--provider all`): at least one provider failed. The other providers' calls
   * were printed; one line per failed provider is on stderr.
   */
  providerFailed: 13,
  /** The store (`--db`) failed mid-write: the batch was rolled back, the next run continues. */
  store: 14,
  /** Bad command-line usage (an unknown option, a date that is not ISO 8601, an id of the wrong form). */
  usage: 64,
  aborted: 130,
} as const;

/** What each exit code means, for `switchboard --help`. */
export const EXIT_HELP: readonly [number, string][] = [
  [EXIT.ok, "success"],
  [EXIT.internal, "internal error (a bug)"],
  [
    EXIT.config,
    "configuration: API key missing or blank (environment, profile or --api-key), base URL not an http(s) URL, webhook secret missing, profile or config file unusable; --db / DATABASE_URL cannot be opened, is locked by another writer, or is newer than this CLI; listen --out locked by another listener",
  ],
  [EXIT.authentication, "authentication failed (HTTP 401)"],
  [EXIT.permissionDenied, "permission denied (HTTP 403)"],
  [EXIT.notFound, "not found (HTTP 404)"],
  [EXIT.rateLimited, "rate limited (HTTP 429, after retries)"],
  [EXIT.timeout, "timeout (after retries)"],
  [EXIT.connection, "connection error (after retries)"],
  [EXIT.api, "other API error"],
  [EXIT.responseValidation, "response does not match the provider's spec"],
  [EXIT.invalidResponseBody, "response body is not the JSON promised"],
  [EXIT.normalize, "a record could not be normalized"],
  [EXIT.providerFailed, "some providers failed (several providers): the others' calls were printed"],
  [EXIT.store, "the store failed mid-write (the batch was rolled back; run again to continue)"],
  [EXIT.usage, "usage error"],
  [EXIT.aborted, "aborted (Ctrl-C)"],
];

/**
 * A configuration problem found by the CLI itself (exit code 2): a missing webhook secret, a profile the
 * config file does not have, an unreadable config file, a `listen --out` file locked by another listener.
 */
export class ConfigError extends SwitchboardError {
  override name = "ConfigError";
}

/** The exit code of an error thrown while running a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof ConfigError || error instanceof ConfigurationError) return EXIT.config;
  if (
    error instanceof StoreOpenError ||
    error instanceof StoreLockedError ||
    error instanceof StoreVersionError
  )
    return EXIT.config;
  if (error instanceof StoreError) return EXIT.store;
  // A key or base URL the client refuses (newline in a key, credentials in a URL) is configuration; any
  // other refused argument (a call id, a filter, an option) is usage.
  if (error instanceof InvalidArgumentError && CONFIG_ARGUMENTS.has(error.argument)) return EXIT.config;
  if (error instanceof InvalidCallIdError || error instanceof InvalidArgumentError) return EXIT.usage;
  if (error instanceof AuthenticationError) return EXIT.authentication;
  if (error instanceof PermissionDeniedError) return EXIT.permissionDenied;
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof RateLimitError) return EXIT.rateLimited;
  if (error instanceof APIError) return EXIT.api;
  if (error instanceof APITimeoutError) return EXIT.timeout;
  if (error instanceof APIConnectionError) return EXIT.connection;
  if (error instanceof APIUserAbortError) return EXIT.aborted;
  if (error instanceof ResponseValidationError) return EXIT.responseValidation;
  if (error instanceof InvalidResponseBodyError) return EXIT.invalidResponseBody;
  if (error instanceof NormalizeError) return EXIT.normalize;
  if (error instanceof SwitchboardError) return EXIT.api;
  return EXIT.internal;
}

/** The exit code and one-line message for an error thrown while running a command. */
export function describeError(error: unknown): { code: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  return { code: exitCodeOf(error), message: `switchboard: ${escapeControl(message.split("\n")[0] ?? "")}` };
}

/**
 * The stderr line of one failed provider: `switchboard: <provider> failed: <ErrorClass> [request id <id>]:
 * <message>` (message on one line; errors are redacted by the runtime).
 */
export function failureLine(failure: {
  provider: string;
  error: Error;
  requestId: string | undefined;
}): string {
  const id = failure.requestId ? ` [request id ${failure.requestId}]` : "";
  const message = failure.error.message.split("\n")[0];
  return `switchboard: ${failure.provider} failed: ${failure.error.name}${id}: ${escapeControl(message ?? "")}`;
}
