import retry from "retry";

/** Statuses retried by default: 408 Request Timeout, 409 Conflict, 429 Too Many Requests, and ≥ 500. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The longest wait a `Retry-After` header can impose, in milliseconds (60 s). */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Backoff settings: the first wait is 500–1000 ms, doubling each attempt, capped at 8 s. */
export const BACKOFF = { minTimeout: 500, factor: 2, maxTimeout: 8_000, randomize: true } as const;

/**
 * How long the server asked us to wait, in milliseconds: `retry-after-ms` (milliseconds, a non-standard
 * header some APIs send) first, then `Retry-After` as delta-seconds or as an HTTP date (RFC 9110 §10.2.3).
 * Capped at {@link MAX_RETRY_AFTER_MS}. `undefined` when absent, negative or unparseable.
 *
 * @param now - the current time in epoch ms (for HTTP dates); defaults to `Date.now()`.
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return Math.min(value, MAX_RETRY_AFTER_MS);
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds))
    return seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/**
 * The wait before retry number `attempt` (0-based: 0 is the wait after the first failure), in
 * milliseconds. A `Retry-After`/`retry-after-ms` the server sent wins; otherwise exponential backoff with
 * jitter from the `retry` package ({@link BACKOFF}: 500–1000 ms, 1–2 s, 2–4 s, 4–8 s, then 8 s).
 */
export function retryDelayMs(attempt: number, headers?: Headers): number {
  const asked = headers ? parseRetryAfterMs(headers) : undefined;
  if (asked !== undefined) return asked;
  return retry.createTimeout(attempt, BACKOFF);
}

/**
 * Waits `ms` milliseconds, or rejects at once with `onAbort()`'s error when `signal` fires.
 * Uses the global `setTimeout`, so fake timers control it in tests.
 */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(onAbort());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(onAbort());
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}
