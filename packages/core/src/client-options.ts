/**
 * One job: a client's settings. What `createXClient` accepts ({@link CommonClientOptions}), what a provider
 * package adds ({@link ApiClientConfig}), and {@link resolveClientSettings}, which checks every option once
 * (each with `InvalidArgumentError` naming it) and turns them into the parts a client runs on: the redactor,
 * the logger, the limiter, the base URL, the timeouts and retries, the response validator.
 */
import { InvalidArgumentError, SwitchboardError } from "./errors.js";
import { type Concurrency, createRateLimiter, type RateLimiter } from "./limiter.js";
import { createLogger, type Logger, type LogLevel } from "./logger.js";
import {
  checkBaseUrl,
  checkCount,
  checkCredential,
  checkDelayMs,
  checkHeaders,
  checkTimeoutMs,
} from "./options.js";
import { createRedactor, type Redactor } from "./redact.js";
import { MAX_RETRY_AFTER_MS } from "./retry.js";
import type { SpecValidator } from "./validation.js";

/** Options every `createXClient` accepts besides its credentials. */
export interface CommonClientOptions {
  /**
   * Base URL of the API, e.g. a Prism mock's `http://127.0.0.1:4010`. Default: the provider's production URL.
   * Must be an absolute `http:`/`https:` URL without `user:password@`, query or fragment. Its origin is the
   * only one the credentials are sent to: a redirect elsewhere is refused with `RedirectError`.
   */
  baseUrl?: string | undefined;
  /** The `fetch` to use (default `globalThis.fetch`): for proxies, tests, or runtimes without a global fetch. */
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Timeout of each attempt in milliseconds, reading the body included; > 0 and ≤ 2³¹−1. Default 60 000 (60 s). */
  timeoutMs?: number | undefined;
  /** Retries of connection errors, timeouts, 408, 409, 429 and ≥ 500 (whole number ≥ 0). Default 2 (3 attempts in all). */
  maxRetries?: number | undefined;
  /**
   * The longest single wait before a retry, in milliseconds (default 60 000). The server's `Retry-After` is
   * honoured when it is > 0 and ≤ min(60 s, maxRetryDelayMs); a longer ask is not waited out: the request
   * fails at once (a 429 as `RateLimitError` with `retryAfterMs`). A 0, past or unparseable `Retry-After`
   * uses the client's own backoff (0.5 s doubling to 8 s, with jitter), capped at this value.
   */
  maxRetryDelayMs?: number | undefined;
  /** A console-like logger. Default: none (silent). API keys are redacted from every line. */
  logger?: Logger | undefined;
  /** Lowest level passed to `logger`. Default `"warn"`; `"debug"` logs method, URL, status, attempt, duration. */
  logLevel?: LogLevel | undefined;
  /**
   * Check each response body against the provider's spec. `true` throws `ResponseValidationError` on a
   * mismatch (a wrong type, a missing required field); `"warn"` logs it (at warn level) and returns the body.
   * A value the spec's enum does not list is drift, never a mismatch: it is logged at warn level and kept.
   * Default `false`. Needs `responseValidator`: the provider's validator, from its `/validation` entry point.
   */
  validateResponses?: boolean | "warn" | undefined;
  /**
   * The provider's response validator, e.g. `openMicResponseValidator` from
   * `@switchboard/openmic/validation`. Required by `validateResponses`; kept out of the main entry point so
   * that apps which do not validate never load Ajv or the provider's spec.
   */
  responseValidator?: SpecValidator | undefined;
  /** Headers sent with every request (they cannot replace the auth headers). */
  headers?: Record<string, string> | undefined;
  /**
   * Requests in flight at once for this client, and pages fetched at once by `iterateCalls` when the list
   * reports a total: a whole number ≥ 1, or `"auto"` (default: adaptive, 4 to start, 1–8, halved on each
   * 429 and raised by one after a run of twice as many successes as the bound; see `createRateLimiter`). `1` makes every walk sequential.
   */
  concurrency?: Concurrency | undefined;
  /**
   * Ceiling of requests started, e.g. `{ requests: 50, intervalMs: 1000 }` for Butter's Pro plan (a token
   * bucket: bursts up to `requests`, then their average pace). Default: the provider's documented rate limit
   * where it has one (ThinnestAI 120 per minute, Butter 10 per second on Starter), none otherwise; `null`
   * turns the ceiling off.
   */
  rateLimit?: { requests: number; intervalMs: number } | null | undefined;
}

/**
 * Every key of {@link CommonClientOptions}, at run time: what a wrapper such as `createSwitchboard` passes on to
 * each provider's client. The compiler checks it against the interface (a key added there and not here, or the
 * reverse, does not compile), so the list is never kept by hand.
 */
export const COMMON_CLIENT_OPTION_KEYS = Object.keys({
  baseUrl: true,
  fetch: true,
  timeoutMs: true,
  maxRetries: true,
  maxRetryDelayMs: true,
  logger: true,
  logLevel: true,
  validateResponses: true,
  responseValidator: true,
  headers: true,
  concurrency: true,
  rateLimit: true,
} satisfies Record<keyof CommonClientOptions, true>) as readonly (keyof CommonClientOptions)[];

/** Defaults of {@link CommonClientOptions}. */
export const DEFAULTS = { timeoutMs: 60_000, maxRetries: 2, maxRetryDelayMs: MAX_RETRY_AFTER_MS } as const;

/** What a provider package tells the runtime when it creates its client. */
export interface ApiClientConfig {
  /** Provider id used in errors and logs (`"openmic"`). */
  provider: string;
  /** Production base URL from the spec's `servers`. */
  defaultBaseUrl: string;
  /** Auth headers sent with every request (they win over user headers). */
  authHeaders: Record<string, string>;
  /** Every credential value, so that it is redacted wherever it could appear. */
  secrets: string[];
  /** The user's options. */
  options: CommonClientOptions;
  /**
   * The import of the provider's response validator, quoted in the error thrown when `validateResponses` is
   * set without `responseValidator`, e.g.
   * `import { openMicResponseValidator } from "@switchboard/openmic/validation"`.
   */
  validatorImport: string;
  /** Called before each retry wait (tests, metrics). */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
  /** The provider's documented rate limit, used when the user sets no `rateLimit`. */
  rateLimit?: { requests: number; intervalMs: number } | undefined;
}

/** A client's checked settings: what {@link resolveClientSettings} returns. */
export interface ClientSettings {
  provider: string;
  config: ApiClientConfig;
  options: CommonClientOptions;
  redactor: Redactor;
  logger: Logger;
  limiter: RateLimiter;
  /** The checked base URL (absolute http(s), no credentials, query or fragment). */
  baseUrl: string;
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  /** The provider's response validator when `validateResponses` is set. */
  validator: SpecValidator | undefined;
}

/**
 * Checks a provider client's configuration and the user's options, once, and builds what the client runs on.
 *
 * @throws {InvalidArgumentError} naming the option (never its value) when the options are not an object, a
 *   credential is empty or holds a control character, `baseUrl` is not an http(s) URL or holds
 *   `user:password@`, `timeoutMs` is not in (0, 2³¹−1], `maxRetries` is not a whole number ≥ 0,
 *   `maxRetryDelayMs` is negative, `headers` is invalid or `fetch` is not a function.
 * @throws {SwitchboardError} when `validateResponses` is set without the provider's `responseValidator`.
 */
export function resolveClientSettings(config: ApiClientConfig): ClientSettings {
  const { provider } = config;
  if (config.options === null || typeof config.options !== "object") {
    throw new InvalidArgumentError(`${provider}: the client options must be an object`, {
      provider,
      argument: "options",
    });
  }
  const options = config.options;
  for (const value of config.secrets) checkCredential(provider, "credential", value);
  checkHeaders(provider, config.authHeaders, "credential headers");
  const redactor = createRedactor(config.secrets);
  const logger = createLogger(provider, options.logger, options.logLevel ?? "warn", redactor.string);
  const timeoutMs = checkTimeoutMs(provider, options.timeoutMs) ?? DEFAULTS.timeoutMs;
  const maxRetries = checkCount(provider, options.maxRetries, "maxRetries") ?? DEFAULTS.maxRetries;
  const maxRetryDelayMs = checkDelayMs(provider, options.maxRetryDelayMs) ?? DEFAULTS.maxRetryDelayMs;
  checkHeaders(provider, options.headers);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new InvalidArgumentError(`${provider}: the fetch option must be a function`, {
      provider,
      argument: "fetch",
    });
  }
  const baseUrl = checkBaseUrl(provider, options.baseUrl ?? config.defaultBaseUrl);
  const limiter = createRateLimiter({
    concurrency: options.concurrency,
    rate: options.rateLimit === null ? undefined : (options.rateLimit ?? config.rateLimit),
  });
  return {
    provider,
    config,
    options,
    redactor,
    logger,
    limiter,
    baseUrl,
    fetch: options.fetch ?? ((request: Request, init?: RequestInit) => globalThis.fetch(request, init)),
    timeoutMs,
    maxRetries,
    maxRetryDelayMs,
    validator: options.validateResponses ? responseValidatorOf(config) : undefined,
  };
}

/**
 * The `responseValidator` that `validateResponses` needs.
 * @throws {SwitchboardError} when it is missing (the message tells what to import) or made for another provider.
 */
function responseValidatorOf(config: ApiClientConfig): SpecValidator {
  const { provider, options } = config;
  const validator = options.responseValidator;
  if (validator === undefined) {
    throw new SwitchboardError(
      `${provider}: validateResponses needs the provider's response validator, which is a separate entry point so that apps that do not validate stay small: ${config.validatorImport}, and pass it as the responseValidator option`,
      { provider },
    );
  }
  if (typeof validator?.forResponse !== "function" || validator.provider !== provider) {
    throw new SwitchboardError(
      `${provider}: responseValidator is the validator of ${JSON.stringify(validator?.provider)}, not ${provider}: ${config.validatorImport}`,
      { provider },
    );
  }
  return validator;
}

/**
 * Checks a client's required credential option and returns it: a non-empty string that an HTTP header can
 * carry (no newline, NUL or other control character, no leading/trailing space).
 * @throws {InvalidArgumentError} naming the provider and the option when it is missing, empty or holds such
 *   characters (the value is never printed).
 */
export function requireCredential(provider: string, name: string, value: unknown, envName?: string): string {
  return checkCredential(provider, name, value, envName);
}
