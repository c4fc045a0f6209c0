/**
 * One job: assembling a provider client. {@link createApiClient} composes the three steps (the settings,
 * checked once: client-options.ts; the request pipeline: request-pipeline.ts; response handling:
 * response-handling.ts) with pagination (pagination.ts, windows.ts) into the runtime a provider package
 * builds its {@link CallsClient} on, and makes sure every operation throws only `SwitchboardError`s.
 */
import type { Client } from "openapi-fetch";
import { type APIPromise, withResponseOf } from "./api-promise.js";
import { type ApiClientConfig, resolveClientSettings } from "./client-options.js";
import { type APIError, SwitchboardError } from "./errors.js";
import type { RateLimiter } from "./limiter.js";
import type { Logger } from "./logger.js";
import { checkPathParam } from "./options.js";
import {
  fetchPage,
  type IterateOptions,
  iterateFrom,
  type ListStrategy,
  type Page,
  type PageFetcher,
} from "./pagination.js";
import type { Redactor } from "./redact.js";
import { createRequestPipeline, type RequestInitOf } from "./request-pipeline.js";
import { createResponseHandler, type FetchResult, type HandleOptions } from "./response-handling.js";
import type { RequestOptions } from "./transport.js";

export {
  type ApiClientConfig,
  COMMON_CLIENT_OPTION_KEYS,
  type CommonClientOptions,
  DEFAULTS,
  requireCredential,
} from "./client-options.js";
export type { FetchResult, HandleOptions } from "./response-handling.js";

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
  init(options?: RequestOptions): RequestInitOf;
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
  const settings = resolveClientSettings(config);
  const { provider, options, redactor, logger, limiter } = settings;
  const { raw, init } = createRequestPipeline<Paths>(settings);
  const { handle, errorFrom } = createResponseHandler(settings);

  return {
    raw,
    provider,
    logger,
    redactor,
    limiter,
    init,
    handle,
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
}
