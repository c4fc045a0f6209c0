import createClient, { type Client } from "openapi-fetch";
import { type APIError, makeAPIError, ResponseValidationError, SwitchboardError } from "./errors.js";
import { type Concurrency, createRateLimiter, type RateLimiter } from "./limiter.js";
import { createLogger, type Logger, type LogLevel } from "./logger.js";
import {
  fetchPage,
  type IterateOptions,
  iterateFrom,
  type ListStrategy,
  type Page,
  type PageFetcher,
} from "./pagination.js";
import { createRedactor, type Redactor } from "./redact.js";
import { parseRetryAfterMs } from "./retry.js";
import { createTransport, type RequestOptions } from "./transport.js";
import { createSpecValidator } from "./validation.js";

/** Options every `createXClient` accepts besides its credentials. */
export interface CommonClientOptions {
  /** Base URL of the API, e.g. a Prism mock's `http://127.0.0.1:4010`. Default: the provider's production URL. */
  baseUrl?: string | undefined;
  /** The `fetch` to use (default `globalThis.fetch`): for proxies, tests, or runtimes without a global fetch. */
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Timeout of each attempt in milliseconds, reading the body included. Default 60 000 (60 s). */
  timeoutMs?: number | undefined;
  /** Retries of connection errors, timeouts, 408, 409, 429 and ≥ 500. Default 2 (3 attempts in all). */
  maxRetries?: number | undefined;
  /** A console-like logger. Default: none (silent). API keys are redacted from every line. */
  logger?: Logger | undefined;
  /** Lowest level passed to `logger`. Default `"warn"`; `"debug"` logs method, URL, status, attempt, duration. */
  logLevel?: LogLevel | undefined;
  /**
   * Check each response body against the provider's spec. `true` throws `ResponseValidationError` on a
   * mismatch; `"warn"` logs it (at warn level) and returns the body. Default `false`.
   */
  validateResponses?: boolean | "warn" | undefined;
  /** Headers sent with every request (they cannot replace the auth headers). */
  headers?: Record<string, string> | undefined;
  /**
   * Requests in flight at once for this client, and pages fetched at once by `iterateCalls` when the list
   * reports a total: a whole number ≥ 1, or `"auto"` (default: adaptive, 4 to start, 1–8, halved on each
   * 429 and raised by one after a run of successes; see `createRateLimiter`). `1` makes every walk sequential.
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

/** Defaults of {@link CommonClientOptions}. */
export const DEFAULTS = { timeoutMs: 60_000, maxRetries: 2 } as const;

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
  /** Loads the provider's OpenAPI document (as JSON) for `validateResponses`; imported lazily. */
  loadSpec: () => Promise<Record<string, unknown>>;
  /** Called before each retry wait (tests, metrics). */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
  /** The provider's documented rate limit, used when the user sets no `rateLimit`. */
  rateLimit?: { requests: number; intervalMs: number } | undefined;
}

/** The result shape of an openapi-fetch call. */
export interface FetchResult<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/**
 * The surface every provider client has, identical across providers: `getCall(id)`, `listCalls(params)`
 * (one {@link Page}), `iterateCalls(params)` (every item, `for await`), and `raw` (the typed openapi-fetch
 * client). Every method takes its request options last.
 *
 * @typeParam Id - the call id type (`string`, or `number` for ThinnestAI).
 * @typeParam Call - the provider's call object, as its spec types it.
 * @typeParam Item - a list row (the call itself, or a summary row).
 * @typeParam Params - the list parameters (query or JSON body).
 * @typeParam Body - the list response body (after envelope unwrapping), exposed as `page.body`.
 */
export interface CallsClient<Id, Call, Item, Params, Body, Paths extends {}> {
  /**
   * One call by id.
   * @throws {APIError} subclasses by status (`NotFoundError` 404, `AuthenticationError` 401, …), and for a
   * 2xx envelope that says error; `APIConnectionError`, `APITimeoutError`, `APIUserAbortError`,
   * `InvalidResponseBodyError`, `ResponseValidationError`.
   */
  getCall(id: Id, options?: RequestOptions): Promise<Call>;
  /** One page of calls; `page.hasNextPage()` / `page.getNextPage()` walk on. Same errors as `getCall`. */
  listCalls(params?: Params, options?: RequestOptions): Promise<Page<Item, Params, Body>>;
  /**
   * Every call matching `params`, across pages, with one page of look-ahead (at most two pages in memory);
   * `options.maxItems` caps the count. Errors are thrown where the failing page is needed.
   */
  iterateCalls(params?: Params, options?: IterateOptions): AsyncIterable<Item>;
  /** The underlying typed openapi-fetch client (base URL, auth, retries and timeouts included). */
  readonly raw: Client<Paths, `${string}/${string}`>;
  /** The client's rate limiter: `limiter.state()` tells the current concurrency bound, requests in flight and 429s. */
  readonly limiter: RateLimiter;
}

/** The runtime a provider client is built on. */
export interface ApiClient<Paths extends {}> {
  /** The typed openapi-fetch client (base URL and auth set); prefer the provider client's methods. */
  readonly raw: Client<Paths, `${string}/${string}`>;
  readonly provider: string;
  readonly logger: Logger;
  readonly redactor: Redactor;
  /** Paces every request of this client (concurrency bound, requests per second, 429s, rate-limit headers). */
  readonly limiter: RateLimiter;
  /** The openapi-fetch request options for one call: the retrying, timed `fetch` and the extra headers. */
  init(options?: RequestOptions): {
    fetch: (request: Request) => Promise<Response>;
    headers?: Record<string, string>;
  };
  /**
   * Turns an openapi-fetch result into its data: throws the {@link APIError} subclass for a non-2xx answer,
   * validates the body when `validateResponses` is set, and returns `unwrap(body)`.
   */
  handle<D, E, R = D>(
    operationId: string,
    result: FetchResult<D, E>,
    unwrap?: (body: D, response: Response) => R,
  ): Promise<R>;
  /** Fetches the first page of a list operation. */
  page<Item, Params, Body>(
    fetcher: PageFetcher<Item, Params, Body>,
    params: Params,
    options?: RequestOptions,
  ): Promise<Page<Item, Params, Body>>;
  /** Iterates every item of a list operation (`for await`), with one page of look-ahead. */
  iterate<Item, Params, Body>(
    fetcher: PageFetcher<Item, Params, Body>,
    params: Params,
    options?: IterateOptions,
  ): AsyncIterable<Item>;
  /** Builds the error for an envelope that says error on a 2xx (`status: "error"`, `success: false`). */
  envelopeError(response: Response, body: unknown): APIError;
  /**
   * Assembles the provider's {@link CallsClient} from its two operations: `getCall` and the page fetcher of
   * its list operation (`listCalls` and `iterateCalls` both use it; `params` default to `{}`).
   */
  calls<Id, Call, Item, Params, Body>(operations: {
    getCall: (id: Id, options?: RequestOptions) => Promise<Call>;
    fetchPage: PageFetcher<Item, Params, Body>;
    /** What the list operation allows beyond one page: concurrent pages, a snapshot bound, de-duplication. */
    strategy?: ListStrategy<Item, Params, Body>;
  }): CallsClient<Id, Call, Item, Params, Body, Paths>;
}

/**
 * Creates the shared runtime of one provider client: an openapi-fetch client whose `fetch` retries, times
 * out and logs; error mapping to the typed hierarchy; opt-in response validation; and pagination.
 *
 * @throws {SwitchboardError} when a credential is empty, or `timeoutMs`/`maxRetries` is negative or not a number.
 */
export function createApiClient<Paths extends {}>(config: ApiClientConfig): ApiClient<Paths> {
  const { provider, options } = config;
  const redactor = createRedactor(config.secrets);
  const logger = createLogger(provider, options.logger, options.logLevel ?? "warn", redactor.string);
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new SwitchboardError(`${provider}: timeoutMs must be a positive number of milliseconds`, {
      provider,
    });
  }
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new SwitchboardError(`${provider}: maxRetries must be a whole number ≥ 0`, { provider });
  }
  const baseFetch =
    options.fetch ?? ((request: Request, init?: RequestInit) => globalThis.fetch(request, init));
  const limiter = createRateLimiter({
    concurrency: options.concurrency,
    rate: options.rateLimit === null ? undefined : (options.rateLimit ?? config.rateLimit),
  });
  const transportConfig = {
    limiter,
    provider,
    fetch: baseFetch,
    timeoutMs,
    maxRetries,
    logger,
    redactor,
    onRetry: config.onRetry,
  };
  const raw = createClient<Paths>({
    baseUrl: (options.baseUrl ?? config.defaultBaseUrl).replace(/\/+$/, ""),
    headers: { ...options.headers, ...config.authHeaders },
    fetch: createTransport(transportConfig),
  });
  const validator = options.validateResponses ? createSpecValidator(config.loadSpec) : undefined;

  const errorFrom = (response: Response, body: unknown): APIError =>
    makeAPIError({
      provider,
      status: response.status,
      headers: redactor.headers(response.headers),
      body: redactor.value(body),
      retryAfterMs: response.status === 429 ? parseRetryAfterMs(response.headers) : undefined,
    });

  const api: ApiClient<Paths> = {
    raw,
    provider,
    logger,
    redactor,
    limiter,
    init(requestOptions = {}) {
      const init: { fetch: (request: Request) => Promise<Response>; headers?: Record<string, string> } = {
        fetch: createTransport(transportConfig, requestOptions),
      };
      if (requestOptions.headers) {
        // Auth headers always win over per-request headers.
        init.headers = { ...requestOptions.headers, ...config.authHeaders };
      }
      return init;
    },
    async handle(operationId, result, unwrap) {
      const { response } = result;
      if (!response.ok || result.error !== undefined) throw errorFrom(response, result.error);
      const body = result.data as NonNullable<typeof result.data>;
      if (validator) {
        const issues = (await validator(operationId, response.status))(body);
        if (issues.length > 0) {
          const list = issues
            .slice(0, 5)
            .map((i) => `${i.path || "/"}: expected ${i.expected}, got ${i.actual ?? "nothing"}`)
            .join("; ");
          const message = redactor.string(
            `${provider}: ${operationId} response does not match the spec (${issues.length} issue${issues.length > 1 ? "s" : ""}): ${list}`,
          );
          if (options.validateResponses === "warn") logger.warn(message);
          else
            throw new ResponseValidationError(message, {
              provider,
              operationId,
              issues: redactor.value(issues),
            });
        }
      }
      return unwrap ? unwrap(body, response) : (body as never);
    },
    page: (fetcher, params, requestOptions) => fetchPage(fetcher, params, requestOptions),
    iterate: (fetcher, params, iterateOptions) =>
      iterateFrom(fetcher, { params, options: iterateOptions, concurrency: options.concurrency }),
    envelopeError: errorFrom,
    calls: ({ getCall, fetchPage: fetcher, strategy }) => ({
      raw,
      limiter,
      getCall,
      listCalls: (params, requestOptions) => fetchPage(fetcher, params ?? ({} as never), requestOptions),
      iterateCalls: (params, iterateOptions) =>
        iterateFrom(fetcher, {
          params: params ?? ({} as never),
          options: iterateOptions,
          strategy,
          concurrency: options.concurrency,
        }),
    }),
  };
  return api;
}

/**
 * Checks a client's required credential option and returns it.
 * @throws {SwitchboardError} naming the provider and the option when it is missing or empty (the value is never printed).
 */
export function requireCredential(provider: string, name: string, value: unknown, envName?: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    const hint = envName ? ` (e.g. from the ${envName} environment variable)` : "";
    throw new SwitchboardError(
      `${provider}: the ${name} option is required and must be a non-empty string${hint}`,
      {
        provider,
      },
    );
  }
  return value;
}
