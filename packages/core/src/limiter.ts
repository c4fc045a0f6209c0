import { SwitchboardError } from "./errors.js";

/**
 * How many requests a client may have in flight at once:
 * - a whole number ≥ 1: exactly that many at most, never changed;
 * - `"auto"`: adaptive (AIMD, see {@link createRateLimiter}), starting at {@link AUTO_CONCURRENCY}`.initial`
 *   and never above {@link AUTO_CONCURRENCY}`.max`.
 */
export type Concurrency = number | "auto";

/** Bounds of `concurrency: "auto"`: starts at 4 requests in flight, grows to 8 at most, shrinks to 1. */
export const AUTO_CONCURRENCY = { initial: 4, max: 8, min: 1 } as const;

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests in flight at once (default `"auto"`). */
  concurrency?: Concurrency | undefined;
  /**
   * Ceiling of request starts: `requests` per `intervalMs` (the provider's documented rate limit, e.g.
   * ThinnestAI 120 per 60 000 ms), as a token bucket holding `requests` tokens and refilled evenly over
   * `intervalMs`. `undefined`: no ceiling (concurrency, rate-limit headers and 429s pace requests).
   */
  rate?: { requests: number; intervalMs: number } | undefined;
  /** Clock in epoch ms (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** What a finished request tells the limiter. */
export interface RequestOutcome {
  /** HTTP status, or `undefined` when no response arrived (connection error, timeout, abort). */
  status?: number | undefined;
  /** Response headers (`Retry-After`, `X-RateLimit-*`, `RateLimit-*`). */
  headers?: Headers | undefined;
}

/** A slot taken by {@link RateLimiter.acquire}; release it exactly once when the request has finished. */
export interface Permit {
  release(outcome?: RequestOutcome): void;
}

/** A snapshot of a limiter, for logs, tests and benchmarks. */
export interface RateLimiterState {
  /** The current bound of requests in flight. */
  concurrency: number;
  /** Requests in flight now. */
  inFlight: number;
  /** Requests waiting for a slot. */
  waiting: number;
  /** How many 429 answers lowered the bound so far. */
  throttled: number;
  /** Epoch ms before which no request starts (an exhausted rate-limit window, or the requests-per-second spacing). */
  pausedUntil: number;
}

/** Paces the requests of one client. Shared by every request and page fetch of that client. */
export interface RateLimiter {
  /** A slot at once when one is free and nothing holds requests back, else `undefined` (no promise). */
  tryAcquire(): Permit | undefined;
  /**
   * Waits for a slot: the bound of requests in flight, the requests-per-second ceiling, a pause after a
   * 429, and an exhausted `X-RateLimit-Remaining` all hold a request back.
   * @throws the `signal`'s abort reason (as `onAbort()` builds it) when the signal fires while waiting.
   */
  acquire(signal?: AbortSignal, onAbort?: () => Error): Promise<Permit>;
  /** The limiter's state now. */
  state(): RateLimiterState;
}

/**
 * Creates the limiter of one client. The rules, in order:
 *
 * 1. **Concurrency bound.** At most `concurrency` requests in flight. With `"auto"` the bound adapts by
 *    AIMD (additive increase, multiplicative decrease, as TCP congestion control): each answer `429`
 *    halves it (at least 1; once per round trip — 429s of requests that started before the last decrease
 *    do not decrease it again), and each run of 2 × `bound` successful answers in a row (two round trips'
 *    worth) raises it by 1, up to {@link AUTO_CONCURRENCY}`.max`; after a decrease, only answers to requests
 *    started since count toward that run. The slow increase keeps a client that is told nothing but `429`
 *    from probing far above the server's rate (see docs/benchmarks.md, section 6).
 *    The request that got the 429 waits its own `Retry-After` in the transport before it retries; other
 *    requests are not held by it (a long `Retry-After` must not silently stall unrelated calls).
 * 2. **Rate-limit headers steer before any 429.** When a response carries `X-RateLimit-Remaining` (or the
 *    IETF `RateLimit-Remaining`) and `X-RateLimit-Reset` / `RateLimit-Reset`, and the requests already in
 *    flight would use up what remains, new requests wait for the reset. `Reset` is read as seconds from now
 *    when it is below 10^9, as Unix epoch seconds otherwise (both conventions are common).
 * 3. **Rate ceiling.** With `rate`, request starts draw from a token bucket of `rate.requests` tokens
 *    refilled evenly over `rate.intervalMs` (bursts up to the documented limit, then its average pace).
 *
 * @throws {SwitchboardError} when `concurrency` is neither `"auto"` nor a whole number ≥ 1, or `rate` is not
 * at least one request per a positive interval.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const { concurrency = "auto", rate } = options;
  const now = options.now ?? Date.now;
  if (concurrency !== "auto" && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new SwitchboardError(
      `concurrency must be "auto" or a whole number ≥ 1 (got ${String(concurrency)})`,
    );
  }
  if (
    rate !== undefined &&
    !(
      Number.isFinite(rate.requests) &&
      rate.requests >= 1 &&
      Number.isFinite(rate.intervalMs) &&
      rate.intervalMs > 0
    )
  ) {
    throw new SwitchboardError(
      `the rate limit must be at least 1 request per a positive interval (got ${String(rate.requests)} per ${String(rate.intervalMs)} ms)`,
    );
  }
  const adaptive = concurrency === "auto";
  const max = adaptive ? AUTO_CONCURRENCY.max : concurrency;
  let bound = adaptive ? AUTO_CONCURRENCY.initial : concurrency;
  // Token bucket of the rate ceiling: `tokens` at `filledAt`, refilled at `refillPerMs`.
  const capacity = rate ? rate.requests : Number.POSITIVE_INFINITY;
  const refillPerMs = rate ? rate.requests / rate.intervalMs : 0;
  let tokens = capacity;
  let filledAt = now();
  const refill = (t: number): void => {
    if (!rate) return;
    tokens = Math.min(capacity, tokens + (t - filledAt) * refillPerMs);
    filledAt = t;
  };

  let inFlight = 0;
  let successes = 0;
  let throttled = 0;
  let lastDecreaseAt = Number.NEGATIVE_INFINITY;
  /** From the last rate-limit headers: what the server said remains, and the requests started since. */
  let window: { remaining: number; resetAt: number; startedSince: number } | undefined;
  const queue: Array<() => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Epoch ms at which the head of the queue may start (≤ now: at once). */
  const readyAt = (t: number): number => {
    refill(t);
    let at = tokens >= 1 ? t : t + (1 - tokens) / refillPerMs;
    if (window && window.resetAt > t && window.remaining - window.startedSince <= 0) {
      at = Math.max(at, window.resetAt);
    }
    return at;
  };

  const pump = (): void => {
    while (queue.length > 0 && inFlight < bound) {
      const t = now();
      const at = readyAt(t);
      if (at > t) {
        if (timer === undefined) {
          timer = setTimeout(() => {
            timer = undefined;
            pump();
          }, at - t);
          // Not unref'd: a queued request is work its caller awaits. A process whose only pending work is a
          // request waiting for the rate limit must wait for it, not exit mid-listing (an ES module's
          // pending top-level await then ends the process with code 13 and no output).
        }
        return;
      }
      const start = queue.shift() as () => void;
      inFlight++;
      if (rate) tokens -= 1;
      if (window) {
        if (window.resetAt <= t) window = undefined;
        else window.startedSince++;
      }
      start();
    }
  };

  const onOutcome = (startedAt: number, outcome: RequestOutcome | undefined): void => {
    const status = outcome?.status;
    const headers = outcome?.headers;
    const t = now();
    if (headers) readRateLimitHeaders(headers, t);
    if (status === 429) {
      throttled++;
      if (adaptive && startedAt >= lastDecreaseAt) {
        bound = Math.max(AUTO_CONCURRENCY.min, Math.floor(bound / 2));
        lastDecreaseAt = t;
        successes = 0;
      }
    } else if (status !== undefined && status < 400 && startedAt >= lastDecreaseAt) {
      // Only answers to requests started after the last decrease count toward the next increase: those
      // in flight at the decrease were sent at the old, too high, bound and say nothing about the new one.
      successes++;
      if (adaptive && successes >= 2 * bound && bound < max) {
        bound++;
        successes = 0;
      }
    }
  };

  const readRateLimitHeaders = (headers: Headers, t: number): void => {
    const remaining =
      numberHeader(headers, "x-ratelimit-remaining") ?? numberHeader(headers, "ratelimit-remaining");
    if (remaining === undefined) return;
    const reset = numberHeader(headers, "x-ratelimit-reset") ?? numberHeader(headers, "ratelimit-reset");
    if (reset === undefined) return;
    // Never wait longer than a minute on a header's word (a wrong unit must not stall the client).
    const resetAt = Math.min(reset < 1e9 ? t + reset * 1000 : reset * 1000, t + 60_000);
    // Requests still in flight were started before this answer and may count against `remaining` too.
    window = { remaining, resetAt, startedSince: Math.max(0, inFlight - 1) };
  };

  const permit = (): Permit => {
    const startedAt = now();
    let released = false;
    return {
      release(outcome) {
        if (released) return;
        released = true;
        inFlight--;
        onOutcome(startedAt, outcome);
        pump();
      },
    };
  };

  // One abort listener per signal, however many requests wait with it (1,000 requests sharing one
  // signal must not trip Node's MaxListenersExceededWarning).
  const waitersBySignal = new Map<AbortSignal, Set<() => void>>();
  const watch = (signal: AbortSignal, onAbort: () => void): (() => void) => {
    let waiters = waitersBySignal.get(signal);
    if (!waiters) {
      const set = new Set<() => void>();
      waiters = set;
      waitersBySignal.set(signal, set);
      signal.addEventListener(
        "abort",
        () => {
          waitersBySignal.delete(signal);
          for (const waiter of set) waiter();
        },
        { once: true },
      );
    }
    waiters.add(onAbort);
    return () => {
      waiters.delete(onAbort);
      // The listener stays until the signal fires or is collected; an empty set costs nothing.
    };
  };

  return {
    tryAcquire() {
      if (queue.length > 0 || inFlight >= bound) return undefined;
      const t = now();
      if (readyAt(t) > t) return undefined;
      inFlight++;
      if (rate) tokens -= 1;
      if (window) {
        if (window.resetAt <= t) window = undefined;
        else window.startedSince++;
      }
      return permit();
    },
    acquire(signal, onAbort) {
      const abortError = (): Error =>
        onAbort ? onAbort() : signal?.reason instanceof Error ? signal.reason : new Error("aborted");
      if (signal?.aborted) return Promise.reject(abortError());
      return new Promise<Permit>((resolve, reject) => {
        let unwatch: (() => void) | undefined;
        const start = (): void => {
          unwatch?.();
          resolve(permit());
        };
        if (signal) {
          unwatch = watch(signal, () => {
            const index = queue.indexOf(start);
            if (index >= 0) queue.splice(index, 1);
            reject(abortError());
          });
        }
        queue.push(start);
        pump();
      });
    },
    state: () => ({
      concurrency: bound,
      inFlight,
      waiting: queue.length,
      throttled,
      pausedUntil: readyAt(now()),
    }),
  };
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
