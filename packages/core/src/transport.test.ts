import { type FaultServer, type FaultStep, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  InvalidResponseBodyError,
  NotFoundError,
  RateLimitError,
} from "./errors.js";
import { createToyClient } from "./test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** Serves `steps` in order (the last one repeats). */
async function serve(...steps: FaultStep[]): Promise<FaultServer> {
  server = await startFaultServer((_req, i) => steps[Math.min(i, steps.length - 1)] as FaultStep);
  return server;
}

const OK: FaultStep = { body: { id: "a", n: 1 } };

describe("retries (real HTTP on 127.0.0.1)", () => {
  it("retries a 503 and returns the 200 that follows", async () => {
    const s = await serve({ status: 503, body: { error: "busy" } }, OK);
    const waits: number[] = [];
    const client = createToyClient({ baseUrl: s.url, onRetry: (r) => waits.push(r.delayMs) });
    await expect(client.getItem("a")).resolves.toEqual({ id: "a", n: 1 });
    expect(s.requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThan(1000);
  });

  it("sends no redirect hop after an attempt timed out, even through a fetch that ignores its signal", async () => {
    let calls = 0;
    const client = createToyClient({
      baseUrl: "https://toy.invalid",
      timeoutMs: 30,
      maxRetries: 0,
      fetch: async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 20));
        return new Response(null, { status: 302, headers: { location: "/items/a" } });
      },
    });
    await expect(client.getItem("a")).rejects.toBeInstanceOf(APITimeoutError);
    // The hop in progress at the timeout ends, and no other starts (six hops would follow otherwise).
    const atTimeout = calls;
    await new Promise((r) => setTimeout(r, 150));
    expect(calls).toBe(atTimeout);
  });

  it("re-sends a POST body on each retry, whether or not the failed attempt read it", async () => {
    const s = await serve(
      { status: 503, headers: { "retry-after-ms": "1" }, body: {} },
      { body: { items: [] } },
    );
    await expect(createToyClient({ baseUrl: s.url }).search("needle")).resolves.toEqual({ items: [] });
    expect(s.requests.map((r) => [r.method, r.body])).toEqual([
      ["POST", JSON.stringify({ q: "needle" })],
      ["POST", JSON.stringify({ q: "needle" })],
    ]);
    // A custom fetch that reads the body and then fails: the retry still has the body to send.
    const bodies: string[] = [];
    const reading = createToyClient({
      baseUrl: "https://toy.invalid",
      fetch: async (request: Request) => {
        bodies.push(await request.text());
        if (bodies.length === 1) throw new TypeError("fetch failed");
        return new Response('{"items":[]}', { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    await expect(reading.search("again", { maxRetryDelayMs: 1 })).resolves.toEqual({ items: [] });
    expect(bodies).toEqual([JSON.stringify({ q: "again" }), JSON.stringify({ q: "again" })]);
  });

  it("hands fetch a POST body in init too, so that it is sent from its source and not through the Request's stream", async () => {
    const seen: Array<[unknown, string]> = [];
    const client = createToyClient({
      baseUrl: "https://toy.invalid",
      fetch: async (request: Request, init?: RequestInit) => {
        seen.push([init?.body, await request.text()]);
        if (seen.length === 1) return new Response("{}", { status: 503, headers: { "retry-after-ms": "1" } });
        return new Response('{"items":[]}', { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    await expect(client.search("needle")).resolves.toEqual({ items: [] });
    const body = JSON.stringify({ q: "needle" });
    expect(seen).toEqual([
      [body, body],
      [body, body],
    ]);
    // A GET carries no body in init.
    const inits: Array<RequestInit | undefined> = [];
    const getter = createToyClient({
      baseUrl: "https://toy.invalid",
      fetch: async (_request: Request, init?: RequestInit) => {
        inits.push(init);
        return new Response('{"id":"a","n":1}', {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      },
    });
    await getter.getItem("a");
    expect(inits[0]?.body).toBeUndefined();
    expect(inits[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("waits exactly the Retry-After of a 429 (1 s), then succeeds", async () => {
    const s = await serve({ status: 429, headers: { "retry-after": "1" }, body: { error: "slow down" } }, OK);
    const waits: number[] = [];
    const client = createToyClient({ baseUrl: s.url, onRetry: (r) => waits.push(r.delayMs) });
    await expect(client.getItem("a")).resolves.toMatchObject({ id: "a" });
    expect(waits).toEqual([1000]);
    const [first, second] = s.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("follows the backoff sequence 500, 1000, 2000 ms under fake timers, then throws InternalServerError", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const s = await serve({ status: 500, body: { error: "boom" } });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const waits: number[] = [];
    const client = createToyClient({
      baseUrl: s.url,
      maxRetries: 3,
      // When a wait starts, move fake time forward by exactly that wait (setImmediate is not faked).
      onRetry: (r) => {
        waits.push(r.delayMs);
        setImmediate(() => vi.advanceTimersByTime(r.delayMs));
      },
    });
    const error = await client.getItem("a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(s.requests).toHaveLength(4);
  });

  it("gives up after maxRetries and throws RateLimitError with retryAfterMs", async () => {
    const s = await serve({ status: 429, headers: { "retry-after-ms": "10" }, body: { error: "limit" } });
    const error = await createToyClient({ baseUrl: s.url, maxRetries: 2 })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 10, body: { error: "limit" } });
    expect(s.requests).toHaveLength(3);
  });

  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
  ])("never retries HTTP %i", async (status, ErrorClass) => {
    const s = await serve({ status, body: { error: "no" } });
    await expect(createToyClient({ baseUrl: s.url }).getItem("a")).rejects.toBeInstanceOf(ErrorClass);
    expect(s.requests).toHaveLength(1);
  });

  it("honours a per-request maxRetries over the client's", async () => {
    const s = await serve({ status: 503, headers: { "retry-after-ms": "1" }, body: {} });
    const client = createToyClient({ baseUrl: s.url, maxRetries: 5 });
    await expect(client.getItem("a", { maxRetries: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(s.requests).toHaveLength(2);
  });

  it("retries a connection reset, then throws APIConnectionError", async () => {
    const s = await serve({ reset: true });
    vi.spyOn(Math, "random").mockReturnValue(0);
    const error = await createToyClient({ baseUrl: s.url, maxRetries: 1 })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/^toy: connection error/);
    expect(s.requests).toHaveLength(2);
  });

  it("recovers when a reset is followed by a good answer", async () => {
    const s = await serve({ reset: true }, OK);
    vi.spyOn(Math, "random").mockReturnValue(0);
    await expect(createToyClient({ baseUrl: s.url }).getItem("a")).resolves.toMatchObject({ id: "a" });
  });
});

describe("timeouts and cancellation", () => {
  it("times out a stalled answer per attempt, with a fresh timer for each, then throws APITimeoutError", async () => {
    const s = await serve({ stall: true, partial: '{"id":' });
    vi.spyOn(Math, "random").mockReturnValue(0);
    const started = performance.now();
    const error = await createToyClient({ baseUrl: s.url, timeoutMs: 150, maxRetries: 1 })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150 });
    expect(s.requests).toHaveLength(2);
    // two attempts of 150 ms and one 500 ms wait
    expect(performance.now() - started).toBeGreaterThanOrEqual(780);
  });

  it("uses a per-request timeoutMs", async () => {
    const s = await serve({ ...OK, delayMs: 300 });
    const client = createToyClient({ baseUrl: s.url, maxRetries: 0 });
    await expect(client.getItem("a", { timeoutMs: 50 })).rejects.toBeInstanceOf(APITimeoutError);
    await expect(client.getItem("a", { timeoutMs: 2000 })).resolves.toMatchObject({ id: "a" });
  });

  it("aborts a pending retry wait at once when the user's signal fires", async () => {
    const s = await serve({ status: 503, headers: { "retry-after": "30" }, body: {} });
    const controller = new AbortController();
    const client = createToyClient({
      baseUrl: s.url,
      onRetry: () => setTimeout(() => controller.abort(), 20),
    });
    const started = performance.now();
    const error = await client.getItem("a", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(s.requests).toHaveLength(1);
  });

  it("aborts an in-flight request", async () => {
    const s = await serve({ ...OK, delayMs: 5000 });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a", { signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });
});

describe("2xx bodies that are not JSON", () => {
  it("throws InvalidResponseBodyError with the first bytes of an HTML page", async () => {
    const s = await serve({
      headers: { "content-type": "text/html" },
      body: "<html><body>Maintenance</body></html>",
    });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseBodyError);
    expect(error).toMatchObject({
      status: 200,
      contentType: "text/html",
      bodySnippet: "<html><body>Maintenance</body></html>",
    });
    expect(s.requests).toHaveLength(1);
  });

  it("throws InvalidResponseBodyError for truncated JSON", async () => {
    const s = await serve({ headers: { "content-type": "application/json" }, body: '{"id":"a","n":' });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseBodyError);
    expect((error as Error).message).toContain("truncated or malformed JSON");
  });

  it("throws InvalidResponseBodyError for an empty 200", async () => {
    const s = await serve({ headers: { "content-type": "application/json" }, body: "" });
    await expect(createToyClient({ baseUrl: s.url }).getItem("a")).rejects.toThrow(/empty body/);
  });
});
