import { pagingCalls, startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { type AnyProviderDescriptor, createSwitchboard, PROVIDERS, type ProviderName } from "../src/index.js";

/** Paging-server calls any provider's client pages by and its normalizer reads, with its id type. */
const callOf = (descriptor: AnyProviderDescriptor) => pagingCalls(descriptor.idType).makeCall;
/** The unified `Call.id` of call number `index`. */
const idOf = (descriptor: AnyProviderDescriptor, index: number) => pagingCalls(descriptor.idType).idOf(index);

/** One provider's switchboard on `url`: fake credentials, the given common options. */
const switchboardOn = (descriptor: AnyProviderDescriptor, url: string, extra: Record<string, unknown> = {}) =>
  createSwitchboard({
    rateLimit: null,
    ...extra,
    providers: {
      [descriptor.name]: {
        ...Object.fromEntries(
          descriptor.credentials.filter((c) => c.required).map((c) => [c.option, `k_${c.option}_0123456789`]),
        ),
        baseUrl: url,
      },
    } as never,
  });

/** Every provider whose newest calls do not need the whole history (a newest-first list, or a time filter). */
const NEWEST = PROVIDERS.filter((d) => d.listing.newest !== "sorted").map((d) => [d.name, d] as const);

describe.each(NEWEST)("%s through sb.iterateCalls", (name, descriptor) => {
  it("the 10 newest of a 10,000-call history (1 call a second, the newest a minute old) in at most 5 requests", async () => {
    const server = await startPagingServer({
      total: 10_000,
      makeCall: callOf(descriptor),
      spacingMs: 1000,
      newestAgeMs: 60_000,
    });
    try {
      const sb = switchboardOn(descriptor, server.urlOf(name));
      const ids: string[] = [];
      for await (const call of sb.iterateCalls({ limit: 10 })) ids.push(call.id);
      expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => idOf(descriptor, i)));
      expect(server.pages[name]).toBeLessThanOrEqual(5);
    } finally {
      await server.close();
    }
  });
});

describe.each(PROVIDERS.map((d) => [d.name, d] as const))(
  "%s: exactly once through sb.iterateCalls",
  (name, descriptor) => {
    it.each(["newest", "arrival"] as const)(
      "order %s: every call that existed at the start once while 3 calls arrive at the head per page",
      async (order) => {
        const server = await startPagingServer({
          total: 600,
          makeCall: callOf(descriptor),
          spacingMs: 30_000,
          delayMs: 2,
          insertPerPage: 3,
        });
        try {
          const sb = switchboardOn(descriptor, server.urlOf(name), { concurrency: 4 });
          const ids: string[] = [];
          for await (const call of sb.iterateCalls({ order })) ids.push(call.id);
          expect(ids.length - new Set(ids).size).toBe(0);
          const seen = new Set(ids);
          const missing = Array.from({ length: 600 }, (_, i) => idOf(descriptor, i)).filter(
            (id) => !seen.has(id),
          );
          expect(missing).toEqual([]);
        } finally {
          await server.close();
        }
      },
    );
  },
);

describe.each(PROVIDERS.filter((d) => d.listing.newest === "sorted").map((d) => [d.name, d] as const))(
  "%s (no order, no time filter) through sb.iterateCalls",
  (name, descriptor) => {
    it("limit 2, newest first, reads the whole list: the newest calls are only known at its end", async () => {
      const server = await startPagingServer({ total: 500, makeCall: callOf(descriptor) });
      try {
        const sb = switchboardOn(descriptor, server.urlOf(name));
        const newest = [];
        for await (const call of sb.iterateCalls({ limit: 2 })) newest.push(call);
        expect(newest).toHaveLength(2);
        const whole = server.received[name] ?? 0;
        const arrival = [];
        for await (const call of sb.iterateCalls({ limit: 2, order: "arrival" })) arrival.push(call);
        expect(arrival).toHaveLength(2);
        // The newest-first listing read every page; the arrival one stopped after its first.
        expect(whole).toBeGreaterThanOrEqual(Math.ceil(500 / Number(descriptor.listParams().limit ?? 10)));
        expect((server.received[name] ?? 0) - whole).toBe(1);
      } finally {
        await server.close();
      }
    });
  },
);

describe("the sdk's listing runs on the client's concurrent walk", () => {
  const openmic = PROVIDERS.find(
    (d) => d.name === ("openmic" satisfies ProviderName),
  ) as AnyProviderDescriptor;

  it("keeps the concurrency bound, and a 429 lowers it", async () => {
    const server = await startPagingServer({ total: 1000, makeCall: callOf(openmic), delayMs: 20 });
    try {
      const sb = switchboardOn(openmic, server.urlOf("openmic"), { concurrency: 3 });
      let n = 0;
      for await (const _call of sb.iterateCalls({ order: "arrival" })) n++;
      expect(n).toBe(1000);
      expect(server.peakConcurrency.openmic).toBe(3);
    } finally {
      await server.close();
    }
    // 5 requests a second at most: the walk meets 429s and its adaptive bound comes down.
    const limited = await startPagingServer({
      total: 1000,
      makeCall: callOf(openmic),
      delayMs: 20,
      rateLimit: { requestsPerSecond: 5, burst: 2, retryAfterSeconds: 0 },
    });
    try {
      const sb = switchboardOn(openmic, limited.urlOf("openmic"), { concurrency: "auto" });
      let n = 0;
      for await (const _call of sb.iterateCalls({ order: "arrival" })) n++;
      expect(n).toBe(1000);
      const state = sb.client("openmic" as ProviderName).limiter.state();
      expect(limited.throttled.openmic).toBeGreaterThan(0);
      expect(state.throttled).toBeGreaterThan(0);
      expect(state.concurrency).toBeLessThan(4);
    } finally {
      await limited.close();
    }
  });
});
