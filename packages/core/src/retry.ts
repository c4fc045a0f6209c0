import { halfJitterGenerator, type IExponentialBackoffOptions } from "cockatiel";
import { onAbort } from "./abort.js";

/** Statuses retried by default: 408 Request Timeout, 409 Conflict, 429 Too Many Requests, and ≥ 500. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The longest wait a `Retry-After` header is honoured for, in milliseconds (60 s). A longer ask is never
 * waited out silently: the request fails at once (a 429 as `RateLimitError` with `retryAfterMs`).
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Backoff settings (cockatiel's exponential backoff with half jitter): the wait after failure n (0-based) is
 * drawn from [d/2, d] with d = min(1 s × 2ⁿ, 8 s): 500–1000 ms, 1–2 s, 2–4 s, 4–8 s, then 4–8 s.
 */
export const BACKOFF: Readonly<IExponentialBackoffOptions<number>> = {
  generator: halfJitterGenerator,
  initialDelay: 1_000,
  maxDelay: 8_000,
  exponent: 2,
};

/** The client's own wait before retry number `attempt` (0-based), in milliseconds, by {@link BACKOFF}. */
function backoffMs(attempt: number): number {
  return BACKOFF.generator(attempt, BACKOFF)[0];
}

/**
 * How long the server asked us to wait, in milliseconds, as it said it: `retry-after-ms` (milliseconds, a
 * non-standard header some APIs send) first, then `Retry-After` as delta-seconds or as an HTTP date
 * (RFC 9110 §10.2.3; a past date gives 0). Not capped. `undefined` when absent, negative or unparseable.
 *
 * @param now - the current time in epoch ms (for HTTP dates); defaults to `Date.now()`.
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  // An HTTP date (IMF-fixdate) is not ISO 8601, so time.ts's Temporal parser cannot read it. ECMAScript
  // specifies Date.parse for exactly the form Date#toUTCString writes (CONTRIBUTING.md, "Dates and times").
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** What to do after a retryable failure: wait `delayMs`, or give up because the server asked for too long. */
export type RetryDecision = { wait: true; delayMs: number } | { wait: false; retryAfterMs: number };

/**
 * The wait before retry number `attempt` (0-based: 0 is the wait after the first failure), in
 * milliseconds. The rule (as the Stainless SDKs do, plus a patience limit):
 *
 * - The server's `retry-after-ms` / `Retry-After` is used only when it is > 0 and ≤ `min(60 s,
 *   maxRetryDelayMs)`.
 * - When the server asks for more than that, the client does not wait: `{ wait: false, retryAfterMs }`
 *   (the transport then returns that answer, which surfaces as `RateLimitError` with `retryAfterMs`).
 * - When it asks for 0, a past date, a negative or unparseable value, or says nothing: the client's own
 *   exponential backoff with jitter from the `cockatiel` package ({@link BACKOFF}: 500–1000 ms, 1–2 s,
 *   2–4 s, then 4–8 s), never more than `maxRetryDelayMs`.
 *
 * @param maxRetryDelayMs - the longest single wait the caller accepts (default {@link MAX_RETRY_AFTER_MS}).
 */
export function retryDecision(
  attempt: number,
  headers?: Headers,
  maxRetryDelayMs: number = MAX_RETRY_AFTER_MS,
): RetryDecision {
  const limit = Math.min(MAX_RETRY_AFTER_MS, maxRetryDelayMs);
  const asked = headers ? parseRetryAfterMs(headers) : undefined;
  if (asked !== undefined && asked > 0) {
    if (asked <= limit) return { wait: true, delayMs: Math.ceil(asked) };
    return { wait: false, retryAfterMs: Math.ceil(asked) };
  }
  return { wait: true, delayMs: Math.min(backoffMs(attempt), limit) };
}

/**
 * The wait before retry number `attempt`, in milliseconds, by the rule of {@link retryDecision}; a server
 * ask beyond the window falls back to the client's backoff here (use `retryDecision` to see it).
 */
export function retryDelayMs(attempt: number, headers?: Headers): number {
  const decision = retryDecision(attempt, headers);
  return decision.wait ? decision.delayMs : backoffMs(attempt);
}

/**
 * Waits `ms` milliseconds, or rejects at once with `onAbortError()`'s error when `signal` fires. Uses the
 * global `setTimeout`, so fake timers control it in tests, and one shared listener per signal
 * ({@link onAbort}).
 */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbortError: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(onAbortError());
    const stop = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(onAbortError());
        })
      : undefined;
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
  });
}
