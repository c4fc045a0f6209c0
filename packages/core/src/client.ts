import createClient, { type Client, defaultPathSerializer } from "openapi-fetch";
import { type APIPromise, ON_RESPONSE, type WithResponseHook, withResponseOf } from "./api-promise.js";
import {
  type APIError,
  InvalidArgumentError,
  InvalidResponseBodyError,
  makeAPIError,
  ResponseValidationError,
  SwitchboardError,
} from "./errors.js";
import { type Concurrency, createRateLimiter, type RateLimiter } from "./limiter.js";
import { createLogger, type Logger, type LogLevel } from "./logger.js";
import {
  checkBaseUrl,
  checkCount,
  checkCredential,
  checkDelayMs,
  checkHeaders,
  checkPathParam,
  checkRequestOptions,
  checkTimeoutMs,
} from "./options.js";
import {
  fetchPage,
  type IterateOptions,
  iterateFrom,
  type ListStrategy,
  type Page,
  type PageFetcher,
} from "./pagination.js";
import { createRedactor, type Redactor } from "./redact.js";
import { MAX_RETRY_AFTER_MS, parseRetryAfterMs } from "./retry.js";
import { type BodyExpectation, checkPaths, checkRoot } from "./shape.js";
import { createTransport, ReplayableRequest, type RequestOptions } from "./transport.js";
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

/** Defaults of {@link CommonClientOptions}. */
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
   * `InvalidResponseBodyError` (also for a body of the wrong shape), `ResponseValidationError`,
   * `RedirectError` (a redirect to another origin), `InvalidArgumentError` (an empty id, `.`, `..`, or one
   * holding `/`, `\`, `?`, `#`, `%` or a control character; invalid request options). Only
   * `SwitchboardError`s are thrown.
   *
   * Returns an {@link APIPromise}: `await client.getCall(id)` is the call; `.withResponse()` gives
   * `{ data, response, requestId }` (status and headers of the HTTP answer).
   */
  getCall(id: Id, options?: RequestOptions): APIPromise<Call>;
  /**
   * One page of calls; `page.hasNextPage()` / `page.getNextPage()` walk on, `page.response` is its HTTP
   * response. Same errors as `getCall`; `.withResponse()` works as there.
   */
  listCalls(params?: Params, options?: RequestOptions): APIPromise<Page<Item, Params, Body>>;
  /**
   * Every call matching `params`, across pages, with one page of look-ahead (at most two pages in memory);
   * `options.maxItems` caps the count (a whole number ≥ 0, else `InvalidArgumentError` at once). Errors are
   * thrown where the failing page is needed.
   */
  iterateCalls(params?: Params, options?: IterateOptions): AsyncIterable<Item>;
  /** The underlying typed openapi-fetch client (base URL, auth, retries and timeouts included). */
  readonly raw: Client<Paths, `${string}/${string}`>;
  /** The client's rate limiter: `limiter.state()` tells the current concurrency bound, requests in flight and 429s. */
  readonly limiter: RateLimiter;
}

/** Options of {@link ApiClient.handle}. */
export interface HandleOptions<D, R> {
  /** Takes the envelope off a checked body (`body.data`), or throws for an envelope that says error. */
  unwrap?: ((body: D, response: Response) => R) | undefined;
  /** The shape the body (and what `unwrap` returns) must have. */
  expect?: BodyExpectation | undefined;
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
   * checks the body's shape against `expect` (always, whether or not `validateResponses` is on), validates
   * the body when `validateResponses` is set, and returns `unwrap(body)`.
   *
   * @param unwrapOrOptions - `unwrap`, or `{ unwrap, expect }` where `expect` declares the body's shape.
   * @throws {InvalidResponseBodyError} naming the provider, the operation and what was expected, when a 2xx
   *   body (204 and `null` included) does not have the expected shape.
   */
  handle<D, E, R = D>(
    operationId: string,
    result: FetchResult<D, E>,
    unwrapOrOptions?: ((body: D, response: Response) => R) | HandleOptions<D, R>,
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
 * Every operation assembled by `calls()` throws only {@link SwitchboardError}s; ids are checked so that they
 * address only their own path segment; credentials go only to the base URL's origin.
 *
 * @throws {InvalidArgumentError} naming the option (never its value) when a credential is empty or holds a
 *   control character, `baseUrl` is not an http(s) URL or holds `user:password@`, `timeoutMs` is not in
 *   (0, 2³¹−1], `maxRetries` is not a whole number ≥ 0, `maxRetryDelayMs` is negative, or `headers` is invalid.
 */
export function createApiClient<Paths extends {}>(config: ApiClientConfig): ApiClient<Paths> {
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
    maxRetryDelayMs,
    origin: new URL(baseUrl).origin,
    logger,
    redactor,
    onRetry: config.onRetry,
  };
  // The transport of a request without its own signal, timeout or retry settings: built once, shared.
  const defaultTransport = createTransport(transportConfig);
  const raw = createClient<Paths>({
    baseUrl,
    headers: { ...options.headers, ...config.authHeaders },
    fetch: defaultTransport,
    // The transport follows redirects itself (same origin only); a request built this way is sent as it is,
    // and its serialized body is kept for a retry (no re-read of the request's stream).
    redirect: "manual",
    Request: ReplayableRequest,
    // Every path parameter (a call id) can address only its own segment: no "", ".", "..", "/", "?", "#".
    pathSerializer: (pathname, pathParams) => {
      for (const [name, value] of Object.entries(pathParams ?? {})) checkPathParam(provider, name, value);
      return defaultPathSerializer(pathname, pathParams);
    },
  });
  const validator = options.validateResponses ? responseValidatorOf(config) : undefined;

  const errorFrom = (response: Response, body: unknown): APIError =>
    makeAPIError({
      provider,
      status: response.status,
      headers: redactor.headers(response.headers),
      body: redactor.value(body),
      retryAfterMs: response.status === 429 ? roundUp(parseRetryAfterMs(response.headers)) : undefined,
    });

  const api: ApiClient<Paths> = {
    raw,
    provider,
    logger,
    redactor,
    limiter,
    init(requestOptions = {}) {
      checkRequestOptions(provider, requestOptions);
      const transport = needsOwnTransport(requestOptions)
        ? createTransport(transportConfig, requestOptions)
        : defaultTransport;
      const onResponse = (requestOptions as WithResponseHook)[ON_RESPONSE];
      const init: { fetch: (request: Request) => Promise<Response>; headers?: Record<string, string> } = {
        // Reports the final response (after retries) to `.withResponse()` and `Page.response`.
        fetch: onResponse ? (request) => transport(request, onResponse) : transport,
      };
      if (requestOptions.headers) {
        // Auth headers always win over per-request headers.
        init.headers = { ...requestOptions.headers, ...config.authHeaders };
      }
      return init;
    },
    async handle(operationId, result, unwrapOrOptions) {
      const { unwrap, expect } =
        typeof unwrapOrOptions === "function"
          ? { unwrap: unwrapOrOptions, expect: undefined }
          : (unwrapOrOptions ?? {});
      const { response } = result;
      if (!response.ok || result.error !== undefined) throw errorFrom(response, result.error);
      const body = result.data as NonNullable<typeof result.data>;
      const badShape = (problem: string) =>
        new InvalidResponseBodyError(
          `${provider}: ${operationId}: HTTP ${response.status} body has an unexpected shape: ${problem}`,
          {
            provider,
            status: response.status,
            contentType: redactor.string(response.headers.get("content-type") ?? "") || undefined,
            bodySnippet: snippet(body),
            operationId,
            expected: problem.replace(/, got .*$/, "").replace(/^expected /, ""),
          },
        );
      if (expect) {
        const problem = checkRoot(body, expect.body, "as the body");
        if (problem) throw badShape(problem);
      }
      const data = unwrap ? unwrap(body, response) : (body as never);
      if (expect) {
        const problem =
          (expect.result ? checkRoot(data, expect.result, "in the response data") : undefined) ??
          checkPaths(data, expect);
        if (problem) throw badShape(problem);
      }
      if (validator) {
        // Each value is redacted before it is cut to 80 characters (no part of a straddling secret survives).
        const issues = (await validator.forResponse(operationId, response.status))(body).map((issue) => ({
          ...issue,
          actual: issue.actual === undefined ? undefined : redactor.string(issue.actual).slice(0, 80),
        }));
        const drift = issues.filter((issue) => issue.drift);
        if (drift.length > 0)
          logger.warn(
            redactor.string(
              `${provider}: ${operationId} response has ${drift.length} value${drift.length > 1 ? "s" : ""} the spec does not list (drift, kept as sent): ${drift
                .slice(0, 5)
                .map((i) => `${i.path || "/"}: ${i.actual ?? "nothing"}, expected ${i.expected}`)
                .join("; ")}`,
            ),
          );
        const mismatches = issues.filter((issue) => !issue.drift);
        if (mismatches.length > 0) {
          const list = mismatches
            .slice(0, 5)
            .map((i) => `${i.path || "/"}: expected ${i.expected}, got ${i.actual ?? "nothing"}`)
            .join("; ");
          const message = redactor.string(
            `${provider}: ${operationId} response does not match the spec (${mismatches.length} issue${mismatches.length > 1 ? "s" : ""}): ${list}`,
          );
          if (options.validateResponses === "warn") logger.warn(message);
          else
            throw new ResponseValidationError(message, {
              provider,
              operationId,
              issues: redactor.value(mismatches),
            });
        }
      }
      return data;
    },
    page: (fetcher, params, requestOptions) => fetchPage(fetcher, params, requestOptions),
    iterate: (fetcher, params, iterateOptions) =>
      iterateFrom(fetcher, { params, options: iterateOptions, concurrency: options.concurrency, provider }),
    envelopeError: errorFrom,
    calls: ({ getCall, fetchPage: rawFetcher, strategy }) => {
      const fetcher: typeof rawFetcher = (params, requestOptions) =>
        guard(() => rawFetcher(params, requestOptions));
      return {
        raw,
        limiter,
        getCall: (id, requestOptions) =>
          withResponseOf(requestOptions, (o) =>
            // `guard` catches what `run` throws synchronously too (the id check), with no extra async step.
            guard(() => {
              checkPathParam(provider, "id", id);
              return getCall(id, o);
            }),
          ),
        listCalls: (params, requestOptions) =>
          withResponseOf(requestOptions, (o) => guard(() => fetchPage(fetcher, params ?? ({} as never), o))),
        iterateCalls: (params, iterateOptions) =>
          iterateFrom(fetcher, {
            params: params ?? ({} as never),
            options: iterateOptions,
            strategy,
            concurrency: options.concurrency,
            provider,
          }),
      };
    },
  };
  return api;

  /**
   * Runs a client operation so that whatever it throws is a {@link SwitchboardError}: anything else (a
   * `TypeError` from `fetch` or from a body no check foresaw) is wrapped, its message redacted.
   */
  async function guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SwitchboardError) throw error;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new SwitchboardError(redactor.string(`${provider}: unexpected failure: ${message}`), {
        provider,
      });
    }
  }

  /** A redacted JSON excerpt of a body (200 characters), for errors; never throws. */
  function snippet(body: unknown): string {
    try {
      return redactor.string(JSON.stringify(body) ?? "").slice(0, 200);
    } catch {
      return "";
    }
  }
}

/** Whether a request's options change its transport (else the client's shared one serves it). */
function needsOwnTransport(options: RequestOptions): boolean {
  return (
    options.signal !== undefined ||
    options.timeoutMs !== undefined ||
    options.maxRetries !== undefined ||
    options.maxRetryDelayMs !== undefined
  );
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

const roundUp = (ms: number | undefined) => (ms === undefined ? undefined : Math.ceil(ms));
