import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InvalidResponseBodyError,
  type SwitchboardError,
} from "./errors.js";
import type { Permit, RateLimiter } from "./limiter.js";
import type { Logger } from "./logger.js";
import type { Redactor } from "./redact.js";
import { isRetryableStatus, retryDelayMs, sleep } from "./retry.js";

/** Options of one request; every client method takes them as its last argument. */
export interface RequestOptions {
  /** Cancels the request and any pending retry wait; the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt in milliseconds (a fresh timer per attempt). Overrides the client's. */
  timeoutMs?: number | undefined;
  /** How many times to retry a retryable failure. Overrides the client's. */
  maxRetries?: number | undefined;
  /** Extra headers for this request. They cannot replace the client's auth headers. */
  headers?: Record<string, string> | undefined;
}

/** Settings of a transport, fixed when the client is created. */
export interface TransportConfig {
  provider: string;
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
  redactor: Redactor;
  /** Paces every attempt (the client's limiter); each attempt waits for a slot and reports its answer. */
  limiter?: RateLimiter | undefined;
  /** Called before each retry wait with the wait in ms (for tests and metrics). */
  onRetry?: ((info: { attempt: number; delayMs: number; reason: string }) => void) | undefined;
}

/** Why an attempt failed, kept between attempts. */
type Failure = { kind: "response"; response: Response } | { kind: "error"; error: SwitchboardError };

/**
 * Builds the `fetch` that openapi-fetch calls for one request: it retries connection errors, timeouts,
 * 408, 409, 429 and ≥ 500 up to `maxRetries` times (waits from `retryDelayMs`: `Retry-After` when sent,
 * else 0.5 s doubling with jitter, capped at 8 s), gives each attempt a fresh `timeoutMs` timer that also
 * covers reading the body, buffers the body, and checks that a 2xx JSON body parses.
 *
 * @throws {APIUserAbortError} when `options.signal` fires (during a request or a retry wait).
 * @throws {APITimeoutError} when the last attempt timed out.
 * @throws {APIConnectionError} when the last attempt got no HTTP answer.
 * @throws {InvalidResponseBodyError} when a 2xx body is empty, HTML or truncated JSON.
 * Non-2xx answers are returned (openapi-fetch turns them into `{ error }`), after the retries.
 */
export function createTransport(
  config: TransportConfig,
  options: RequestOptions = {},
): (request: Request) => Promise<Response> {
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const maxRetries = Math.max(0, options.maxRetries ?? config.maxRetries);
  const { provider, logger, redactor } = config;
  const userSignal = options.signal;
  const abortError = () => new APIUserAbortError(`${provider}: request aborted by the caller`, { provider });

  return async (request: Request): Promise<Response> => {
    const method = request.method;
    const url = redactor.string(request.url);
    for (let attempt = 0; ; attempt++) {
      if (userSignal?.aborted) throw abortError();
      const started = performance.now();
      // A request with a body is cloned for every attempt but the last, so a retry can send it again.
      const attemptRequest = request.body !== null && attempt < maxRetries ? request.clone() : request;
      const failure = await attemptOnce(attemptRequest, attempt);
      const elapsed = Math.round(performance.now() - started);
      if (failure.kind === "response") {
        const { response } = failure;
        logger.debug(`${method} ${url} → ${response.status} (attempt ${attempt + 1}, ${elapsed} ms)`);
        if (!isRetryableStatus(response.status) || attempt >= maxRetries) return response;
        const delayMs = retryDelayMs(attempt, response.headers);
        config.onRetry?.({ attempt: attempt + 1, delayMs, reason: `HTTP ${response.status}` });
        logger.info(
          `${method} ${url} → ${response.status}; retry ${attempt + 1}/${maxRetries} in ${delayMs} ms`,
        );
        await sleep(delayMs, userSignal, abortError);
        continue;
      }
      const { error } = failure;
      logger.debug(`${method} ${url} → ${error.name} (attempt ${attempt + 1}, ${elapsed} ms)`);
      const retryable = error instanceof APIConnectionError;
      if (!retryable || attempt >= maxRetries) throw error;
      const delayMs = retryDelayMs(attempt);
      config.onRetry?.({ attempt: attempt + 1, delayMs, reason: error.name });
      logger.info(`${method} ${url} → ${error.name}; retry ${attempt + 1}/${maxRetries} in ${delayMs} ms`);
      await sleep(delayMs, userSignal, abortError);
    }
  };

  async function attemptOnce(request: Request, attempt: number): Promise<Failure> {
    // Wait for the client's limiter before the attempt's timer starts: queueing is not a timeout.
    const limiter = config.limiter;
    const permit: Permit | undefined = limiter
      ? (limiter.tryAcquire() ?? (await limiter.acquire(userSignal, abortError)))
      : undefined;
    // One controller per attempt, aborted by the attempt's timer or by the caller's signal. (Linked by a
    // listener that is removed afterwards, not AbortSignal.any, which keeps every attempt's signal alive
    // for as long as a long-lived caller signal lives.)
    const controller = new AbortController();
    let timedOut = false;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    let onUserAbort: (() => void) | undefined;
    // Rejects when the timer fires or the caller aborts, even with a custom fetch that ignores `signal`.
    const stopped = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new Error("timeout"));
      }, timeoutMs);
      onUserAbort = () => {
        controller.abort();
        reject(abortError());
      };
    });
    stopped.catch(() => {});
    if (userSignal && onUserAbort) userSignal.addEventListener("abort", onUserAbort, { once: true });
    let answer: Response | undefined;
    try {
      const response = await Promise.race([config.fetch(request, { signal: controller.signal }), stopped]);
      answer = response;
      // Read the whole body under the same timer: a body that stalls is a timeout too.
      const text = await Promise.race([response.text(), stopped]);
      const parsed = response.ok ? parseJsonBody(response, text) : undefined;
      return { kind: "response", response: bufferedResponse(response, text, parsed) };
    } catch (cause) {
      if (cause instanceof InvalidResponseBodyError) throw cause;
      if (userSignal?.aborted) throw abortError();
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
      if (userSignal && onUserAbort) userSignal.removeEventListener("abort", onUserAbort);
      permit?.release(answer ? { status: answer.status, headers: answer.headers } : undefined);
    }
  }

  /** Parses a 2xx body as JSON (once: the buffered response hands the result on). */
  function parseJsonBody(response: Response, text: string): { value: unknown } | undefined {
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
    const bodySnippet = redactor.string(text.slice(0, 200));
    throw new InvalidResponseBodyError(
      `${provider}: HTTP ${response.status} with ${problem} where JSON was expected: ${JSON.stringify(bodySnippet.slice(0, 80))}`,
      { provider, status: response.status, contentType, bodySnippet },
    );
  }
}

/** Any UTF-16 unit above ASCII (then the UTF-8 byte length differs from the string length). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A Response holding an already-read body: `text()`/`json()` return it without a second stream read, and
 * `json()` returns the value already parsed (one JSON.parse per response). `Content-Encoding` is dropped
 * (the body is decoded text now) and `Content-Length` set to the decoded length, so that openapi-fetch
 * calls `json()`.
 */
function bufferedResponse(
  response: Response,
  text: string,
  parsed: { value: unknown } | undefined,
): Response {
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  const nullBody = response.status === 204 || response.status === 304 || text === "";
  if (nullBody) headers.delete("content-length");
  else
    headers.set(
      "content-length",
      String(NON_ASCII.test(text) ? new TextEncoder().encode(text).byteLength : text.length),
    );
  const buffered = new Response(null, { status: response.status, statusText: response.statusText, headers });
  if (nullBody) return buffered;
  Object.defineProperties(buffered, {
    text: { value: async () => text },
    json: { value: async () => (parsed ? parsed.value : JSON.parse(text)) },
    bodyUsed: { get: () => false },
  });
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
