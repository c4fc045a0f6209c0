import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  brandErrorClass,
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
const CONFIG_ARGUMENTS = new Set([
  "apiKey",
  "apiSecret",
  "organizationId",
  "baseUrl",
  "headers",
  "secret",
  "token",
]);

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
brandErrorClass(ConfigError, "@switchboard/cli:ConfigError");

/** An error class, as the exit-code table names it. */
type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * The exit code of each error class, most specific first: {@link exitCodeOf} takes the first row the error
 * is an instance of (and whose test, when given, it passes). Every error class a Switchboard package exports
 * has a row that catches it (a test lists them all); `switchboard --help` prints the classes of each code.
 */
export const EXIT_CODES: readonly (readonly [ErrorClass, number, ((error: never) => boolean)?])[] = [
  [ConfigError, EXIT.config],
  [ConfigurationError, EXIT.config],
  [StoreOpenError, EXIT.config],
  [StoreLockedError, EXIT.config],
  [StoreVersionError, EXIT.config],
  [StoreError, EXIT.store],
  // A key, secret or base URL the client refuses (newline in a key, credentials in a URL) is configuration;
  // any other refused argument (a call id, a filter, an option) is usage.
  [InvalidArgumentError, EXIT.config, (error: InvalidArgumentError) => CONFIG_ARGUMENTS.has(error.argument)],
  [InvalidCallIdError, EXIT.usage],
  [InvalidArgumentError, EXIT.usage],
  [AuthenticationError, EXIT.authentication],
  [PermissionDeniedError, EXIT.permissionDenied],
  [NotFoundError, EXIT.notFound],
  [RateLimitError, EXIT.rateLimited],
  [APIError, EXIT.api],
  [APITimeoutError, EXIT.timeout],
  [APIConnectionError, EXIT.connection],
  [APIUserAbortError, EXIT.aborted],
  [ResponseValidationError, EXIT.responseValidation],
  [InvalidResponseBodyError, EXIT.invalidResponseBody],
  [NormalizeError, EXIT.normalize],
  [SwitchboardError, EXIT.api],
];

/** The exit code of an error thrown while running a command: its row of {@link EXIT_CODES}, else 1 (a bug). */
export function exitCodeOf(error: unknown): number {
  for (const [errorClass, code, test] of EXIT_CODES)
    if (error instanceof errorClass && (!test || (test as (e: unknown) => boolean)(error))) return code;
  return EXIT.internal;
}

/** The classes of each exit code (from {@link EXIT_CODES}), for `switchboard --help`. */
export function exitClasses(code: number): string[] {
  return [...new Set(EXIT_CODES.filter(([, c]) => c === code).map(([errorClass]) => errorClass.name))];
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
