import { describe, expect, it } from "vitest";
import { APIConnectionError, APIUserAbortError, InternalServerError } from "./errors.js";
import { iterateFrom, type ListStrategy, type PageFetcher, remainingOffsets } from "./pagination.js";
import type { RequestOptions } from "./transport.js";

type Params = { offset: number; limit: number; until?: string };
type Body = { total: number };
type Item = { id: string };

/**
 * An offset list of `ids` (newest first) served from memory with a per-page delay: it counts requests in
 * flight, can fail one offset, and can insert calls at the head each time it serves a page.
 */
function offsetList(options: {
  total: number;
  delayMs?: number;
  failAt?: number;
  insertPerPage?: number;
  /** Serve pages out of order: each request's delay is drawn from 0..delayMs by this seeded generator. */
  jitter?: () => number;
}) {
  const started = Date.now();
  let list = Array.from({ length: options.total }, (_, i) => ({ id: `call_${i}`, at: started - 1000 - i }));
  let inserted = 0;
  const stats = { requests: 0, inFlight: 0, peak: 0, aborted: 0 };
  const fetcher: PageFetcher<Item, Params, Body> = async (params, request: RequestOptions) => {
    stats.requests++;
    stats.inFlight++;
    stats.peak = Math.max(stats.peak, stats.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          clearTimeout(timer);
          stats.aborted++;
          reject(new APIUserAbortError("aborted", { provider: "toy" }));
        };
        const timer = setTimeout(
          () => {
            request.signal?.removeEventListener("abort", onAbort);
            resolve();
          },
          (options.delayMs ?? 1) * (options.jitter ? options.jitter() : 1),
        );
        request.signal?.addEventListener("abort", onAbort, { once: true });
      });
      if (params.offset === options.failAt)
        throw new InternalServerError("toy: HTTP 500", { provider: "toy", status: 500 } as never);
      const now = Date.now();
      for (let i = 0; i < (options.insertPerPage ?? 0); i++)
        list = [{ id: `new_${inserted++}`, at: now }, ...list];
      const bound = params.until ? Date.parse(params.until) : Number.POSITIVE_INFINITY;
      const view = list.filter((c) => c.at <= bound);
      const items = view.slice(params.offset, params.offset + params.limit).map(({ id }) => ({ id }));
      const next =
        params.offset + items.length < view.length
          ? { ...params, offset: params.offset + items.length }
          : undefined;
      return { items, next, body: { total: view.length } };
    } finally {
      stats.inFlight--;
    }
  };
  const strategy: ListStrategy<Item, Params, Body> = {
    planPages: (first, params) =>
      remainingOffsets(params.offset, params.limit, first.body.total).map((offset) => ({
        ...params,
        offset,
      })),
    pinSnapshot: (params, atIso) => (params.until ? params : { ...params, until: atIso }),
    itemId: (item) => item.id,
  };
  return { fetcher, strategy, stats };
}

const collect = async (iterable: AsyncIterable<Item>) => {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
};

describe("concurrent pagination", () => {
  it("keeps at most `concurrency` pages in flight and yields every item once, in order", async () => {
    for (const concurrency of [1, 3, 6]) {
      const { fetcher, strategy, stats } = offsetList({ total: 500, delayMs: 3 });
      const ids = await collect(
        iterateFrom(fetcher, { params: { offset: 0, limit: 10 }, strategy, options: { concurrency } }),
      );
      expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => `call_${i}`));
      expect(stats.requests).toBe(50);
      expect(stats.peak).toBeLessThanOrEqual(concurrency);
      if (concurrency > 1) expect(stats.peak).toBe(concurrency);
    }
  });

  it("without a plan (no total) the walk stays sequential with one page of look-ahead", async () => {
    const { fetcher, stats } = offsetList({ total: 100, delayMs: 2 });
    const ids = await collect(
      iterateFrom(fetcher, { params: { offset: 0, limit: 10 }, options: { concurrency: 8 } }),
    );
    expect(ids).toHaveLength(100);
    expect(stats.peak).toBe(1);
  });

  it("an error on one page cancels the pages in flight and is thrown once, itself", async () => {
    const { fetcher, strategy, stats } = offsetList({ total: 1000, delayMs: 5, failAt: 300 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of iterateFrom(fetcher, {
        params: { offset: 0, limit: 10 },
        strategy,
        options: { concurrency: 8 },
      }))
        seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => `call_${i}`));
    expect(stats.aborted).toBeGreaterThan(0); // siblings were cancelled
    expect(stats.requests).toBeLessThan(100); // and the rest never started
  });

  it("with calls inserted at the head during the walk, the snapshot yields the initial calls exactly once", async () => {
    const { fetcher, strategy } = offsetList({ total: 400, delayMs: 2, insertPerPage: 3 });
    const ids = await collect(
      iterateFrom(fetcher, { params: { offset: 0, limit: 10 }, strategy, options: { concurrency: 4 } }),
    );
    expect(ids).toEqual(Array.from({ length: 400 }, (_, i) => `call_${i}`));
  });

  it("without the snapshot, head inserts shift pages and the repeats are dropped by id", async () => {
    const { fetcher, strategy } = offsetList({ total: 200, delayMs: 2, insertPerPage: 3 });
    const ids = await collect(
      iterateFrom(fetcher, {
        params: { offset: 0, limit: 10 },
        strategy,
        options: { concurrency: 1, snapshot: false },
      }),
    );
    expect(new Set(ids).size).toBe(ids.length); // no repeats
    for (let i = 0; i < 200; i++) expect(ids).toContain(`call_${i}`); // none of the initial calls missing
  });

  it("an unpinned concurrent walk that sees the total move goes on sequentially: none missing, none repeated", async () => {
    let seed = 7;
    const jitter = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed % 1000) / 1000;
    };
    const { fetcher, strategy } = offsetList({ total: 600, delayMs: 8, insertPerPage: 4, jitter });
    const ids = await collect(
      iterateFrom(fetcher, {
        params: { offset: 0, limit: 10 },
        strategy: { ...strategy, totalOf: (page) => page.body.total },
        options: { concurrency: 6, snapshot: false },
      }),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 0; i < 600; i++) expect(ids).toContain(`call_${i}`);
  });

  it("maxItems stops the concurrent walk and aborts what is in flight", async () => {
    const { fetcher, strategy, stats } = offsetList({ total: 1000, delayMs: 3 });
    const ids = await collect(
      iterateFrom(fetcher, {
        params: { offset: 0, limit: 10 },
        strategy,
        options: { concurrency: 4, maxItems: 25 },
      }),
    );
    expect(ids).toHaveLength(25);
    expect(stats.requests).toBe(3); // the first page and the two it still needs
  });

  it("rejects a maxItems that is not a whole number, and an invalid concurrency", () => {
    const { fetcher } = offsetList({ total: 1 });
    expect(() =>
      iterateFrom(fetcher, { params: { offset: 0, limit: 1 }, options: { maxItems: 2.5 } }),
    ).toThrow(/maxItems/);
    expect(() =>
      iterateFrom(fetcher, { params: { offset: 0, limit: 1 }, options: { maxItems: Number.NaN } }),
    ).toThrow(/maxItems/);
    expect(() =>
      iterateFrom(fetcher, { params: { offset: 0, limit: 1 }, options: { concurrency: 0 } }),
    ).toThrow(/concurrency/);
  });
});

describe("remainingOffsets", () => {
  it("lists the offsets after the first page below the total", () => {
    expect(remainingOffsets(0, 100, 250)).toEqual([100, 200]);
    expect(remainingOffsets(0, 100, 100)).toEqual([]);
    expect(remainingOffsets(50, 25, 100)).toEqual([75]);
    expect(remainingOffsets(0, 0, 100)).toEqual([]);
  });
});

// Keeps the unused import honest for readers: connection errors take the same path as HTTP errors.
void APIConnectionError;
