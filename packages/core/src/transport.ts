import { onAbort } from "./abort.js";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InvalidArgumentError,
  InvalidResponseBodyError,
  RedirectError,
  requestIdFrom,
  SwitchboardError,
} from "./errors.js";
import type { Permit, RateLimiter } from "./limiter.js";
import { type Logger, logsAt } from "./logger.js";
import type { Redactor } from "./redact.js";
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryDecision, sleep } from "./retry.js";

/** Options of one request; every client method takes them as its last argument. */
export interface RequestOptions {
  /** Cancels the request and any pending retry wait; the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt in milliseconds (a fresh timer per attempt), > 0 and ≤ 2³¹−1. Overrides the client's. */
  timeoutMs?: number | undefined;
  /** How many times to retry a retryable failure (a whole number ≥ 0). Overrides the client's. */
  maxRetries?: number | undefined;
  /**
   * The longest single wait before a retry, in milliseconds. A server asking (`Retry-After`) for longer is
   * not waited out: the answer surfaces at once (`RateLimitError` with `retryAfterMs` for a 429). Overrides
   * the client's; default 60 000 (60 s, also the most a `Retry-After` is ever honoured for).
   */
  maxRetryDelayMs?: number | undefined;
  /** Extra headers for this request. They cannot replace the client's auth headers. */
  headers?: Record<string, string> | undefined;
}

/** Settings of a transport, fixed when the client is created. */
export interface TransportConfig {
  provider: string;
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  /** Default of {@link RequestOptions.maxRetryDelayMs}. Default {@link MAX_RETRY_AFTER_MS}. */
  maxRetryDelayMs?: number | undefined;
  /**
   * The only origin (`https://api.example.com`) requests, and so credentials, may go to: the base URL's.
   * Same-origin redirects are followed; any other is refused with `RedirectError`. Default: the origin of
   * each request as openapi-fetch built it.
   */
  origin?: string | undefined;
  logger: Logger;
  redactor: Redactor;
  /** Paces every attempt (the client's limiter); each attempt waits for a slot and reports its answer. */
  limiter?: RateLimiter | undefined;
  /** Called before each retry wait with the wait in ms (for tests and metrics). */
  onRetry?: ((info: { attempt: number; delayMs: number; reason: string }) => void) | undefined;
}

/**
 * The `fetch` a client gives openapi-fetch: sends one request with retries, timeouts and the limiter, and
 * returns its final response. `onResponse`, when a function, is called with that response before it is
 * returned (the client's `.withResponse()` hook; openapi-fetch passes no second argument of ours).
 */
export type Transport = (request: Request, onResponse?: unknown) => Promise<Response>;

/** Why an attempt failed, kept between attempts. */
type Failure = { kind: "response"; response: Response } | { kind: "error"; error: SwitchboardError };

/** A request body that can be sent again as it is (a retry, a 307/308 redirect). */
export type ReplayableBody = Exclude<BodyInit, ReadableStream | FormData>;

/**
 * The `Request` class the clients give openapi-fetch: a `Request` that keeps the body it was built with
 * (`replayBody`) when that body can be sent again as it is (a string such as openapi-fetch's JSON, bytes,
 * a Blob, URLSearchParams), so that the transport re-sends it on a retry or a 307/308 redirect without
 * reading the request's stream first. Other bodies (a stream, FormData) are read once by the transport.
 */
export class ReplayableRequest extends Request {
  /** The body this request was built with, when it can be sent again; else `undefined`. */
  readonly replayBody: ReplayableBody | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    const body = init?.body;
    this.replayBody =
      typeof body === "string" ||
      body instanceof ArrayBuffer ||
      ArrayBuffer.isView(body) ||
      body instanceof Blob ||
      body instanceof URLSearchParams
        ? (body as ReplayableBody)
        : undefined;
  }
}

/** Redirect statuses the transport handles itself (`redirect: "manual"`). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * `init` (an attempt's `redirect` and lazily made `signal`) with `body` added: the signal is still made only
 * when `fetch` reads it, and is the attempt's own (its timer and the caller's signal abort it).
 */
function withBody(init: RequestInit, body: ReplayableBody): RequestInit {
  return {
    redirect: init.redirect,
    body,
    get signal() {
      return init.signal;
    },
  };
}
/** The most redirects followed for one attempt (same origin only). */
export const MAX_REDIRECTS = 5;

/**
 * Builds the `fetch` that openapi-fetch calls for one request: it retries connection errors, timeouts,
 * 408, 409, 429 and ≥ 500 up to `maxRetries` times (waits by the rule of `retryDecision`: the server's
 * `Retry-After` within (0, min(60 s, maxRetryDelayMs)], else 0.5 s doubling with jitter, capped at 8 s; a
 * longer server ask is returned at once instead of waited out), gives each attempt a fresh `timeoutMs`
 * timer that also covers reading the body, buffers the body, and checks that a 2xx JSON body parses.
 *
 * Redirects: requests are sent with `redirect: "manual"`. A redirect to the configured origin is followed
 * here (301/302 turn a POST into a GET without body, 303 any method but HEAD; 307/308 re-send method and
 * body; at most {@link MAX_REDIRECTS}). A redirect to any other origin is refused with `RedirectError`:
 * the request, its auth headers and its body never leave for another scheme, host or port.
 *
 * @throws {APIUserAbortError} when `options.signal` fires (during a request or a retry wait).
 * @throws {APITimeoutError} when the last attempt timed out.
 * @throws {APIConnectionError} when the last attempt got no HTTP answer, or `fetch` itself threw (its
 *   message redacted).
 * @throws {RedirectError} on a redirect to another origin, or too many redirects.
 * @throws {InvalidResponseBodyError} when a 2xx body is empty, HTML or truncated JSON.
 * Non-2xx answers are returned (openapi-fetch turns them into `{ error }`), after the retries.
 */
export function createTransport(config: TransportConfig, options: RequestOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const maxRetries = Math.max(0, options.maxRetries ?? config.maxRetries);
  const maxRetryDelayMs = options.maxRetryDelayMs ?? config.maxRetryDelayMs ?? MAX_RETRY_AFTER_MS;
  const { provider, logger, redactor } = config;
  const userSignal = options.signal;
  const abortError = () => new APIUserAbortError(`${provider}: request aborted by the caller`, { provider });

  return async (request: Request, onResponse?: unknown): Promise<Response> => {
    const method = request.method;
    const origin = originOf(provider, request.url, config.origin);
    // The body as openapi-fetch serialized it (kept by `ReplayableRequest`), else read once: every attempt
    // and every 307/308 redirect can send it again.
    const body: ReplayableBody | undefined =
      request.body === null
        ? undefined
        : ((request as Partial<ReplayableRequest>).replayBody ?? (await request.arrayBuffer()));
    // Built only for a log line: with logging off, a successful request formats no message.
    let redactedUrl: string | undefined;
    const urlText = () => (redactedUrl ??= redactor.string(request.url));
    const debug = logsAt(logger, "debug");
    for (let attempt = 0; ; attempt++) {
      if (userSignal?.aborted) throw abortError();
      const started = debug ? performance.now() : 0;
      const failure = await attemptOnce(request, body, origin, attempt);
      const elapsed = debug ? Math.round(performance.now() - started) : 0;
      if (failure.kind === "response") {
        const { response } = failure;
        if (debug) {
          const id = requestIdFrom(Object.fromEntries(response.headers));
          logger.debug(
            `${method} ${urlText()} → ${response.status} (attempt ${attempt + 1}, ${elapsed} ms${id ? `, request id ${redactor.string(id)}` : ""})`,
          );
        }
        if (!isRetryableStatus(response.status) || attempt >= maxRetries) {
          if (typeof onResponse === "function") onResponse(response);
          return response;
        }
        const decision = retryDecision(attempt, response.headers, maxRetryDelayMs);
        if (!decision.wait) {
          logger.info(
            `${method} ${urlText()} → ${response.status}; the server asked to wait ${decision.retryAfterMs} ms, more than the ${Math.min(maxRetryDelayMs, MAX_RETRY_AFTER_MS)} ms allowed: not retrying`,
          );
          if (typeof onResponse === "function") onResponse(response);
          return response;
        }
        const { delayMs } = decision;
        config.onRetry?.({ attempt: attempt + 1, delayMs, reason: `HTTP ${response.status}` });
        logger.info(
          `${method} ${urlText()} → ${response.status}; retry ${attempt + 1}/${maxRetries} in ${delayMs} ms`,
        );
        await sleep(delayMs, userSignal, abortError);
        continue;
      }
      const { error } = failure;
      if (debug)
        logger.debug(`${method} ${urlText()} → ${error.name} (attempt ${attempt + 1}, ${elapsed} ms)`);
      const retryable = error instanceof APIConnectionError;
      if (!retryable || attempt >= maxRetries) throw error;
      const decision = retryDecision(attempt, undefined, maxRetryDelayMs);
      const delayMs = decision.wait ? decision.delayMs : 0;
      config.onRetry?.({ attempt: attempt + 1, delayMs, reason: error.name });
      logger.info(
        `${method} ${urlText()} → ${error.name}; retry ${attempt + 1}/${maxRetries} in ${delayMs} ms`,
      );
      await sleep(delayMs, userSignal, abortError);
    }
  };

  async function attemptOnce(
    request: Request,
    body: ReplayableBody | undefined,
    origin: string,
    attempt: number,
  ): Promise<Failure> {
    // Wait for the client's limiter before the attempt's timer starts: queueing is not a timeout.
    const limiter = config.limiter;
    const permit: Permit | undefined = limiter
      ? (limiter.tryAcquire() ?? (await limiter.acquire(userSignal, abortError)))
      : undefined;
    // One controller per attempt, aborted by the attempt's timer or by the caller's signal (through one
    // shared listener per caller signal, so many requests on one signal add one listener in all). It is
    // made when `fetch` first reads `init.signal` (a fetch that never reads it needs none), already aborted
    // when the attempt stopped before.
    let controller: AbortController | undefined;
    let aborted = false;
    const abort = (): void => {
      aborted = true;
      controller?.abort();
    };
    const init: RequestInit = {
      redirect: "manual",
      get signal(): AbortSignal {
        if (!controller) {
          controller = new AbortController();
          if (aborted) controller.abort();
        }
        return controller.signal;
      },
    };
    let timedOut = false;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    // Rejects when the timer fires or the caller aborts, even with a custom fetch that ignores `signal`.
    const stopped = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => {
        timedOut = true;
        abort();
        reject(new Error("timeout"));
      }, timeoutMs);
      if (userSignal) {
        unsubscribe = onAbort(userSignal, () => {
          abort();
          reject(abortError());
        });
      }
    });
    stopped.catch(() => {});
    let answer: Response | undefined;
    // The answer and its whole body, under one timer: a body that stalls is a timeout too.
    const exchange = async (): Promise<Response> => {
      const response = await send(config, request, body, origin, init);
      answer = response;
      const text = await response.text();
      const parsed = response.ok ? parseJsonBody(config, response, text) : undefined;
      return bufferedResponse(response, text, parsed);
    };
    try {
      return { kind: "response", response: await Promise.race([exchange(), stopped]) };
    } catch (cause) {
      if (userSignal?.aborted) throw abortError();
      if (cause instanceof SwitchboardError) throw cause;
      if (timedOut) {
        return {
          kind: "error",
          error: new APITimeoutError(
            `${provider}: request timed out after ${timeoutMs} ms (attempt ${attempt + 1})`,
            {
              provider,
              timeoutMs,
            },
          ),
        };
      }
      const reason = cause instanceof Error ? describeCause(cause) : String(cause);
      return {
        kind: "error",
        error: new APIConnectionError(redactor.string(`${provider}: connection error: ${reason}`), {
          provider,
        }),
      };
    } finally {
      clearTimeout(timeout);
      unsubscribe?.();
      permit?.release(answer ? { status: answer.status, headers: answer.headers } : undefined);
    }
  }
}

/**
 * The origin of a request URL, which must be `configured` (the base URL's) when one is set.
 * @throws {InvalidArgumentError} when the URL is on another origin.
 */
function originOf(provider: string, requestUrl: string, configured: string | undefined): string {
  // A serialized URL that starts with `<origin>/` is on that origin (no userinfo, port or longer host
  // can follow the origin before a slash): no URL parse for the usual request.
  if (
    configured !== undefined &&
    requestUrl.startsWith(configured) &&
    requestUrl[configured.length] === "/"
  ) {
    return configured;
  }
  const requestOrigin = new URL(requestUrl).origin;
  const origin = configured ?? requestOrigin;
  if (requestOrigin !== origin) {
    throw new InvalidArgumentError(`${provider}: request URL is not on the base URL's origin`, {
      provider,
      argument: "url",
    });
  }
  return origin;
}

/**
 * Sends `request` (with `body`) and follows same-origin redirects; refuses others.
 * @throws {RedirectError} on a redirect off `origin`, an opaque redirect, or more than {@link MAX_REDIRECTS}.
 */
async function send(
  config: TransportConfig,
  request: Request,
  body: ReplayableBody | undefined,
  origin: string,
  init: RequestInit,
): Promise<Response> {
  const { provider, redactor } = config;
  let url = request.url;
  let method = request.method;
  let payload = body;
  // Copied only when a redirect changes them.
  let headers = request.headers;
  for (let hop = 0; ; hop++) {
    // An attempt that timed out or was aborted sends no further hop, even through a `fetch` that ignores
    // its signal (its caller already has the error; this rejection is not seen).
    if (hop > 0 && init.signal?.aborted) throw new Error("attempt stopped");
    // The request as openapi-fetch built it goes out as it is while its body is unread (no body, or a
    // first attempt) and redirects are manual; otherwise a copy carries the method, headers and body.
    const outgoing =
      hop === 0 && !request.bodyUsed && request.redirect === "manual"
        ? request
        : new Request(url, { method, headers, body: payload ?? null, redirect: "manual" });
    // A body also goes in `init`, from the kept serialized copy: `fetch(request, init)` with a body in
    // `init` sends it from its source, with its length, where a body left in the `Request` is read
    // through a proxy stream (WHATWG Fetch, `new Request(input, init)`: "creating a proxy" for the input's
    // body), which cost undici about 0.17 ms per POST on 127.0.0.1. The `Request` keeps its body too, for
    // a custom `fetch` that reads it.
    const response = await config.fetch(outgoing, payload === undefined ? init : withBody(init, payload));
    if (response.type === "opaqueredirect") {
      throw new RedirectError(
        `${provider}: the API answered with a redirect whose target the client cannot see; not followed`,
        { provider, status: response.status, location: "" },
      );
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) return response;
    await response.body?.cancel().catch(() => {});
    let target: URL | undefined;
    try {
      target = new URL(location, url);
    } catch {
      target = undefined;
    }
    if (target?.origin !== origin) {
      const where = target ? redactor.string(target.origin) : "an invalid URL";
      throw new RedirectError(
        `${provider}: HTTP ${response.status} redirect to another origin (${where}) refused: credentials are only sent to ${origin}`,
        { provider, status: response.status, location: target ? where : "" },
      );
    }
    if (hop >= MAX_REDIRECTS) {
      throw new RedirectError(`${provider}: more than ${MAX_REDIRECTS} redirects; stopped`, {
        provider,
        status: response.status,
        location: origin,
      });
    }
    // As fetch does (WHATWG Fetch, "HTTP-redirect fetch"): 303 (but HEAD), and 301/302 for a POST, become a GET
    // without body; 307/308 keep the method and the body.
    if (
      (response.status === 303 && method !== "HEAD") ||
      ((response.status === 301 || response.status === 302) && method === "POST")
    ) {
      method = "GET";
      payload = undefined;
      headers = new Headers(headers);
      headers.delete("content-type");
      headers.delete("content-length");
    }
    url = target.href;
  }
}

/** Parses a 2xx body as JSON (once: the buffered response hands the result on). */
function parseJsonBody(
  { provider, redactor }: TransportConfig,
  response: Response,
  text: string,
): { value: unknown } | undefined {
  if (response.status === 204) return undefined;
  if (text.length > 0) {
    try {
      return { value: JSON.parse(text) };
    } catch {
      // described below
    }
  }
  const contentType = response.headers.get("content-type") ?? undefined;
  const problem =
    text.trim() === ""
      ? "an empty body"
      : contentType?.includes("json")
        ? "truncated or malformed JSON"
        : `a non-JSON body (${contentType ?? "no content type"})`;
  // Redacted before it is cut, so that no part of a secret straddling the cut survives.
  const bodySnippet = redactor.string(text).slice(0, 200);
  throw new InvalidResponseBodyError(
    `${provider}: HTTP ${response.status} with ${problem} where JSON was expected: ${JSON.stringify(bodySnippet.slice(0, 80))}`,
    {
      provider,
      status: response.status,
      contentType: redactor.string(contentType ?? "") || undefined,
      bodySnippet,
    },
  );
}

/** Matches a character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The UTF-8 byte length of `text` (its `length` when it is all ASCII, found by one native scan). */
function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // a surrogate pair: 2 units, 4 bytes
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * A Response holding an already-read body (the HTTP answer's status, status text, headers, `url`,
 * `redirected` and `type`): `text()`, `json()`, `arrayBuffer()`, `blob()`, `body` and `clone()` serve that
 * body again and again, `json()` the value already parsed (one JSON.parse per response); `bodyUsed` stays
 * `false`.
 */
class BufferedResponse extends Response {
  readonly #source: Response;
  readonly #text: string;
  readonly #parsed: { value: unknown } | undefined;

  constructor(source: Response, text: string, parsed: { value: unknown } | undefined, headers: Headers) {
    super(null, { status: source.status, statusText: source.statusText, headers });
    this.#source = source;
    this.#text = text;
    this.#parsed = parsed;
  }
  override get url(): string {
    return this.#source.url;
  }
  override get redirected(): boolean {
    return this.#source.redirected;
  }
  override get type(): ResponseType {
    return this.#source.type;
  }
  override get bodyUsed(): boolean {
    return false;
  }
  override get body(): Response["body"] {
    return this.#text === "" ? null : (new Blob([this.#text]).stream() as Response["body"]);
  }
  override async text(): Promise<string> {
    return this.#text;
  }
  override async json(): Promise<unknown> {
    return this.#parsed ? this.#parsed.value : JSON.parse(this.#text);
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.#text).buffer as ArrayBuffer;
  }
  override async blob(): Promise<Blob> {
    return new Blob([this.#text], { type: this.headers.get("content-type") ?? "" });
  }
  override clone(): Response {
    return new BufferedResponse(this.#source, this.#text, this.#parsed, this.headers);
  }
}

/**
 * The response of an attempt with its body read (see {@link BufferedResponse}), so that openapi-fetch
 * (which calls `json()` when `Content-Length` is present and not 0, and else `text()` + `JSON.parse`) and
 * `.withResponse()` use the body read here: one JSON.parse per response.
 *
 * Its headers are the answer's, except that `Content-Encoding` is dropped (the body is decoded text now),
 * and `Content-Length` is the decoded body's UTF-8 length when the answer had an encoding or no length (a
 * chunked answer), and absent for an empty body. An unencoded answer's own `Content-Length` is kept (fetch
 * has already checked it against the bytes received).
 */
function bufferedResponse(
  response: Response,
  text: string,
  parsed: { value: unknown } | undefined,
): Response {
  // The copy's headers are its own copy of the answer's (which are immutable), edited in place.
  const buffered = new BufferedResponse(response, text, parsed, response.headers);
  const headers = buffered.headers;
  const encoded = headers.has("content-encoding");
  if (encoded) headers.delete("content-encoding");
  if (response.status === 204 || response.status === 304 || text === "") headers.delete("content-length");
  else if (encoded || !headers.has("content-length")) headers.set("content-length", String(utf8Length(text)));
  return buffered;
}

/** The innermost message of a fetch failure (`fetch failed` hides the socket error in `cause`). */
function describeCause(error: Error): string {
  let current: unknown = error;
  const parts: string[] = [];
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return parts.join(": ");
}
