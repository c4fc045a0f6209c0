/**
 * One job: the request pipeline. The typed openapi-fetch client whose `fetch` is the transport (limiter,
 * retries, timeouts, same-origin redirects, logging), with the auth headers, the replayable request body and
 * the path-parameter check; and the per-request `init` (a request's own signal, timeout or retries get a
 * transport of their own; `.withResponse()` hears the final response).
 */
import createClient, { type Client, defaultPathSerializer } from "openapi-fetch";
import { ON_RESPONSE, type WithResponseHook } from "./api-promise.js";
import type { ClientSettings } from "./client-options.js";
import { checkPathParam, checkRequestOptions } from "./options.js";
import { createTransport, ReplayableRequest, type RequestOptions } from "./transport.js";

/** The openapi-fetch request options for one call: the retrying, timed `fetch` and the extra headers. */
export interface RequestInitOf {
  fetch: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

/** What {@link createRequestPipeline} returns: the typed client and the per-request options. */
export interface RequestPipeline<Paths extends {}> {
  raw: Client<Paths, `${string}/${string}`>;
  /** @throws {InvalidArgumentError} when the request options are invalid (checked once per request). */
  init(options?: RequestOptions): RequestInitOf;
}

/** Builds the request pipeline of a client from its checked settings. */
export function createRequestPipeline<Paths extends {}>(settings: ClientSettings): RequestPipeline<Paths> {
  const { provider, config, options } = settings;
  const transportConfig = {
    limiter: settings.limiter,
    provider,
    fetch: settings.fetch,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    maxRetryDelayMs: settings.maxRetryDelayMs,
    origin: new URL(settings.baseUrl).origin,
    logger: settings.logger,
    redactor: settings.redactor,
    onRetry: config.onRetry,
  };
  // The transport of a request without its own signal, timeout or retry settings: built once, shared.
  const defaultTransport = createTransport(transportConfig);
  const raw = createClient<Paths>({
    baseUrl: settings.baseUrl,
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
  return {
    raw,
    init(requestOptions = {}) {
      checkRequestOptions(provider, requestOptions);
      const transport = needsOwnTransport(requestOptions)
        ? createTransport(transportConfig, requestOptions)
        : defaultTransport;
      const onResponse = (requestOptions as WithResponseHook)[ON_RESPONSE];
      const init: RequestInitOf = {
        // Reports the final response (after retries) to `.withResponse()` and `Page.response`.
        fetch: onResponse ? (request) => transport(request, onResponse) : transport,
      };
      if (requestOptions.headers) {
        // Auth headers always win over per-request headers.
        init.headers = { ...requestOptions.headers, ...config.authHeaders };
      }
      return init;
    },
  };
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
