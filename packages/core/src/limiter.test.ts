import { afterEach, describe, expect, it, vi } from "vitest";
import { SwitchboardError } from "./errors.js";
import { AUTO_CONCURRENCY, createRateLimiter, type Permit } from "./limiter.js";

afterEach(() => {
  vi.useRealTimers();
});

/** Acquires `n` permits without waiting for them (they resolve as slots free). */
function request(limiter: ReturnType<typeof createRateLimiter>, n: number) {
  const granted: Permit[] = [];
  const all = Array.from({ length: n }, () =>
    limiter.acquire().then((p) => {
      granted.push(p);
      return p;
    }),
  );
  return { granted, all };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createRateLimiter", () => {
  it("never lets more than a fixed concurrency run at once", async () => {
    const limiter = createRateLimiter({ concurrency: 3 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const permit = await limiter.acquire();
        running++;
        peak = Math.max(peak, running);
        await flush();
        running--;
        permit.release({ status: 200 });
      }),
    );
    expect(peak).toBe(3);
    expect(limiter.state().inFlight).toBe(0);
  });

  it("auto: a 429 halves the bound, once per round trip, and runs of twice the bound in successes raise it by one", async () => {
    const limiter = createRateLimiter({ concurrency: "auto" });
    expect(limiter.state().concurrency).toBe(AUTO_CONCURRENCY.initial);
    const { granted } = request(limiter, 4);
    await flush();
    expect(granted).toHaveLength(4);
    // Four requests in flight all get 429: the first halves 4 → 2; the others started before that decrease.
    for (const permit of granted) permit.release({ status: 429, headers: new Headers() });
    expect(limiter.state().concurrency).toBe(2);
    expect(limiter.state().throttled).toBe(4);
    // Four successes in a row at bound 2 → 3 (not three); six more → 4.
    for (let i = 0; i < 3; i++) (await limiter.acquire()).release({ status: 200 });
    expect(limiter.state().concurrency).toBe(2);
    (await limiter.acquire()).release({ status: 200 });
    expect(limiter.state().concurrency).toBe(3);
    for (let i = 0; i < 6; i++) (await limiter.acquire()).release({ status: 200 });
    expect(limiter.state().concurrency).toBe(4);
  });

  it("auto: after a decrease, the successes of requests sent before it do not raise the bound", async () => {
    let clock = 1_000;
    const limiter = createRateLimiter({ concurrency: "auto", now: () => clock });
    const { granted } = request(limiter, 8);
    await flush();
    expect(granted).toHaveLength(4);
    clock = 1_001;
    (granted[0] as Permit).release({ status: 429 }); // 4 → 2
    expect(limiter.state().concurrency).toBe(2);
    clock = 1_002;
    // Sent at the old bound, before the decrease: their successes say nothing about the new one.
    for (const permit of granted.slice(1, 4)) permit.release({ status: 200 });
    await flush();
    expect(limiter.state().concurrency).toBe(2);
    // Four answers to requests sent after the decrease raise it.
    for (const permit of granted.slice(4)) permit.release({ status: 200 });
    await flush();
    expect(limiter.state().concurrency).toBe(2);
    for (const permit of granted.slice(6)) permit.release({ status: 200 });
    expect(limiter.state().concurrency).toBe(3);
  });

  it("auto: never above the maximum, never below one", async () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 200; i++) (await limiter.acquire()).release({ status: 200 });
    expect(limiter.state().concurrency).toBe(AUTO_CONCURRENCY.max);
    for (let i = 0; i < 10; i++) {
      // A 429 after the last decrease (a fresh request) halves again.
      const permit = await limiter.acquire();
      await new Promise((r) => setTimeout(r, 2));
      permit.release({ status: 429 });
    }
    expect(limiter.state().concurrency).toBe(1);
  });

  it("a fixed concurrency is not changed by 429s", async () => {
    const limiter = createRateLimiter({ concurrency: 5 });
    (await limiter.acquire()).release({ status: 429 });
    expect(limiter.state().concurrency).toBe(5);
  });

  it("the rate ceiling lets a burst through, then paces at its average", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = createRateLimiter({ concurrency: 100, rate: { requests: 2, intervalMs: 1000 } });
    const { granted } = request(limiter, 5);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2); // the burst
    await vi.advanceTimersByTimeAsync(499);
    expect(granted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(3); // one token every 500 ms
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(5);
  });

  it("X-RateLimit-Remaining: 0 holds new requests until X-RateLimit-Reset (seconds from now)", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = createRateLimiter({ concurrency: 10 });
    (await limiter.acquire()).release({
      status: 200,
      headers: new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "2" }),
    });
    const { granted } = request(limiter, 1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(1);
  });

  it("reads an epoch-seconds reset, and never waits more than a minute on it", async () => {
    vi.useFakeTimers({ now: 1_800_000_000_000 });
    const limiter = createRateLimiter({ concurrency: 10 });
    (await limiter.acquire()).release({
      status: 200,
      headers: new Headers({
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(1_800_000_000 + 3600),
      }),
    });
    const { granted } = request(limiter, 1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(1);
  });

  it("a waiting request rejects when its signal aborts, and 1,000 waiters on one signal add one listener", async () => {
    const limiter = createRateLimiter({ concurrency: 1 });
    const held = await limiter.acquire();
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const waits = Array.from({ length: 1000 }, () =>
      limiter.acquire(controller.signal, () => new Error("stopped")).catch((e: Error) => e.message),
    );
    expect(add).toHaveBeenCalledTimes(1);
    controller.abort();
    expect(new Set(await Promise.all(waits))).toEqual(new Set(["stopped"]));
    expect(limiter.state().waiting).toBe(0);
    held.release();
  });

  it("rejects invalid settings with a typed error", () => {
    expect(() => createRateLimiter({ concurrency: 0 })).toThrow(SwitchboardError);
    expect(() => createRateLimiter({ concurrency: 2.5 })).toThrow(/whole number/);
    expect(() => createRateLimiter({ rate: { requests: 0, intervalMs: 1000 } })).toThrow(SwitchboardError);
    expect(() => createRateLimiter({ rate: { requests: 5, intervalMs: Number.NaN } })).toThrow(
      SwitchboardError,
    );
  });
});

describe("a request waiting for the rate limit keeps the process alive", () => {
  it("its wake-up timer is an active (ref'd) handle until the request starts", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const limiter = createRateLimiter({ concurrency: 4, rate: { requests: 1, intervalMs: 100 } });
    const first = await limiter.acquire();
    const before = timers();
    const second = limiter.acquire(); // no token left: waits ~100 ms for the next one
    expect(timers()).toBe(before + 1);
    first.release();
    (await second).release();
  });
});
