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
import { escapeControl } from "./sanitize.js";

/** Exit codes of `switchboard`, one per error class (checked most specific first). */
export const EXIT = {
  ok: 0,
  /** Unexpected failure (a bug). */
  internal: 1,
  /** Missing configuration: an API key environment variable is not set. */
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
  /** Bad command-line usage. */
  usage: 64,
  aborted: 130,
} as const;

/** A configuration problem found by the CLI itself (exit code 2). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The exit code and one-line message for an error thrown while running a command. */
export function describeError(error: unknown): { code: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (() => {
    if (error instanceof ConfigError) return EXIT.config;
    // A bad key or base URL from the environment, or a bad call id on the command line.
    if (error instanceof InvalidArgumentError) return EXIT.usage;
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
  })();
  return { code, message: `switchboard: ${escapeControl(message.split("\n")[0] ?? "")}` };
}
