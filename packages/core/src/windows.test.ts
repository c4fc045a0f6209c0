import { describe, expect, it } from "vitest";
import { type IterateOptions, iterateFrom, type ListStrategy, type PageFetcher } from "./pagination.js";

/** A call of the fake list: its id and its time (epoch ms). */
interface Item {
  id: string;
  t: number;
}
interface Params {
  from?: number | undefined;
  to?: number | undefined;
  offset?: number;
  limit: number;
}
interface Body {
  total?: number;
}

/** The tests' "now": the walks start at the real clock, so the histories end just before it. */
const NOW = Date.now();

/** A fixed pseudo-random number per id, for a list in no order. */
function hash(id: string): number {
  let h = 7;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return h;
}

/**
 * A list that filters by time the way a provider may: `from`/`to` inclusive, exclusive, or truncated to the
 * second (as an API that reads the bound as seconds); offset pages, with or without a total; in no order
 * (shuffled) or newest first. Counts its requests and the most in flight at once.
 */
function fakeList(
  items: Item[],
  options: {
    bounds?: "inclusive" | "exclusive" | "seconds";
    total?: boolean;
    order?: "shuffled" | "newest";
    ignoreFilter?: boolean;
    delayMs?: number;
  } = {},
) {
  const {
    bounds = "inclusive",
    total = true,
    order = "shuffled",
    ignoreFilter = false,
    delayMs = 0,
  } = options;
  const stats = { requests: 0, inFlight: 0, peak: 0, aborted: 0 };
  // A fixed shuffle (the list's own unspecified order), or newest first.
  const ordered =
    order === "newest"
      ? [...items].sort((a, b) => b.t - a.t)
      : [...items].sort((a, b) => hash(a.id) - hash(b.id));
  const fetcher: PageFetcher<Item, Params, Body> = async (params, requestOptions) => {
    stats.requests++;
    stats.inFlight++;
    stats.peak = Math.max(stats.peak, stats.inFlight);
    try {
      if (delayMs)
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs);
          requestOptions.signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            stats.aborted++;
            reject(new Error("aborted"));
          });
        });
      const lo = params.from;
      const hi = params.to;
      const inRange = (t: number) => {
        if (ignoreFilter) return true;
        if (bounds === "exclusive") return (lo === undefined || t > lo) && (hi === undefined || t < hi);
        if (bounds === "seconds") {
          const s = Math.floor(t / 1000);
          return (
            (lo === undefined || s >= Math.floor(lo / 1000)) &&
            (hi === undefined || s <= Math.floor(hi / 1000))
          );
        }
        return (lo === undefined || t >= lo) && (hi === undefined || t <= hi);
      };
      const matching = ordered.filter((item) => inRange(item.t));
      const offset = params.offset ?? 0;
      const page = matching.slice(offset, offset + params.limit);
      const more = offset + params.limit < matching.length;
      return {
        items: page,
        next: more ? { ...params, offset: offset + params.limit } : undefined,
        body: total ? { total: matching.length } : {},
      };
    } finally {
      stats.inFlight--;
    }
  };
  const strategy: ListStrategy<Item, Params, Body> = {
    itemId: (item) => item.id,
    totalOf: (page) => page.body.total,
    planPages: total
      ? (first, params) => {
          const n = first.body.total ?? 0;
          const out: Params[] = [];
          for (let o = (params.offset ?? 0) + params.limit; o < n; o += params.limit)
            out.push({ ...params, offset: o });
          return out;
        }
      : undefined,
    order: order === "newest" ? "newest" : undefined,
    timeWindow: {
      range: (params, fromMs, toMs) => ({ limit: params.limit, from: fromMs, to: toMs }),
      bounds: (params) => ({ fromMs: params.from, toMs: params.to }),
      timeOf: (item) => item.t,
      pageSize: (params) => params.limit,
    },
  };
  return { fetcher, strategy, stats };
}

async function collect(iterable: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** `n` calls one per `spacingMs` ms, the newest `ageMs` old. */
const history = (n: number, spacingMs: number, ageMs = 60_000): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, t: NOW - ageMs - i * spacingMs }));

const newestFirst = (items: Item[]) => [...items].sort((a, b) => b.t - a.t).map((i) => i.t);

describe('order: "newest" on a list in no order, by time windows', () => {
  /** A newest-first walk of `list` in pages of 100. */
  const newestOf = (list: ReturnType<typeof fakeList>) =>
    iterateFrom(list.fetcher, {
      params: { limit: 100 },
      strategy: list.strategy,
      options: { order: "newest" },
    });

  it("-n 10 of a 10,000-call history (1 call a second, the newest a minute old) takes at most 5 requests", async () => {
    const items = history(10_000, 1000);
    const list = fakeList(items);
    const got = await collect(
      iterateFrom(list.fetcher, {
        params: { limit: 100 },
        strategy: list.strategy,
        options: { order: "newest", maxItems: 10 },
      }),
    );
    expect(got.map((i) => i.id)).toEqual(items.slice(0, 10).map((i) => i.id));
    expect(list.stats.requests).toBeLessThanOrEqual(5);
  });

  it.each(["inclusive", "exclusive", "seconds"] as const)(
    "yields every call exactly once, newest first, when the API's bounds are %s and calls share timestamps at window edges",
    async (bounds) => {
      // Two calls in every millisecond for 6 s: whatever the window edges, they fall on times two calls share.
      const items = Array.from({ length: 12_000 }, (_, i) => ({
        id: `c${i}`,
        t: NOW - 5_000 - Math.floor(i / 2),
      }));
      const list = fakeList(items, { bounds });
      const got = await collect(
        iterateFrom(list.fetcher, {
          params: { limit: 100 },
          strategy: list.strategy,
          options: { order: "newest" },
        }),
      );
      expect(new Set(got.map((i) => i.id)).size).toBe(12_000);
      expect(got).toHaveLength(12_000);
      expect(got.map((i) => i.t)).toEqual(newestFirst(items));
    },
  );

  it("a filter in milliseconds (resolutionMs 1) asks only a millisecond past each edge: exactly once, few extra requests", async () => {
    const items = Array.from({ length: 12_000 }, (_, i) => ({
      id: `c${i}`,
      t: NOW - 5_000 - Math.floor(i / 2),
    }));
    const list = fakeList(items, { bounds: "exclusive" });
    const strategy = {
      ...list.strategy,
      timeWindow: {
        ...(list.strategy.timeWindow as NonNullable<typeof list.strategy.timeWindow>),
        resolutionMs: 1,
      },
    };
    const got = await collect(
      iterateFrom(list.fetcher, { params: { limit: 100 }, strategy, options: { order: "newest" } }),
    );
    expect(got).toHaveLength(12_000);
    expect(new Set(got.map((i) => i.id)).size).toBe(12_000);
    expect(got.map((i) => i.t)).toEqual(newestFirst(items));
    // 120 pages of data; a 1 s margin would ask each 1 s window (2,000 calls) a second wider on both sides.
    expect(list.stats.requests).toBeLessThan(160);
  });

  it("keeps the caller's bounds and ends at the lower one", async () => {
    const items = history(2000, 10_000);
    const from = NOW - 60_000 - 500 * 10_000;
    const to = NOW - 60_000 - 100 * 10_000;
    const list = fakeList(items);
    const got = await collect(
      iterateFrom(list.fetcher, {
        params: { limit: 100, from, to },
        strategy: list.strategy,
        options: { order: "newest" },
      }),
    );
    expect(got.map((i) => i.id)).toEqual(items.filter((i) => i.t >= from && i.t <= to).map((i) => i.id));
  });

  it("finds a sparse history (a call a day for a year) and ends after the oldest, in a bounded number of requests", async () => {
    const items = history(365, 86_400_000, 3 * 86_400_000);
    const list = fakeList(items);
    const got = await collect(newestOf(list));
    expect(got.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(list.stats.requests).toBeLessThan(30);
  });

  it("ends on a list that ignores the time filter, each call once", async () => {
    const items = history(30, 1000);
    const list = fakeList(items, { ignoreFilter: true });
    const got = await collect(newestOf(list));
    expect(got.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(list.stats.requests).toBeLessThan(40);
  });

  it("a list with neither an order nor a time filter refuses order newest", () => {
    const list = fakeList([]);
    const { timeWindow: _t, ...plain } = list.strategy;
    expect(() =>
      iterateFrom(list.fetcher, { params: { limit: 10 }, strategy: plain, options: { order: "newest" } }),
    ).toThrow(/order "newest" needs a list in newest-first order or a time filter/);
  });
});

describe("a newest-first list without a total, walked as time windows side by side", () => {
  /** A walk of `list` in pages of 25 with these options. */
  const walkOf = (list: ReturnType<typeof fakeList>, options: IterateOptions, fetcher = list.fetcher) =>
    iterateFrom(fetcher, { params: { limit: 25 }, strategy: list.strategy, options });

  it("keeps several windows in flight and yields every call once, newest first", async () => {
    const items = history(2000, 500);
    const list = fakeList(items, { total: false, order: "newest", delayMs: 2 });
    const got = await collect(walkOf(list, { concurrency: 4 }));
    expect(got.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(list.stats.peak).toBeGreaterThan(1);
    expect(list.stats.peak).toBeLessThanOrEqual(5);
  });

  it('order "any" hands out pages from every window in flight: every call once, several windows at once', async () => {
    const items = history(3000, 500);
    const list = fakeList(items, { total: false, order: "newest", delayMs: 2 });
    const got = await collect(walkOf(list, { concurrency: 4, order: "any" }));
    expect(got).toHaveLength(3000);
    expect(new Set(got.map((i) => i.id))).toEqual(new Set(items.map((i) => i.id)));
    expect(list.stats.peak).toBeGreaterThan(1);
    expect(list.stats.peak).toBeLessThanOrEqual(5);
  });

  it('order "any" throws the failure of a window and aborts the others', async () => {
    const list = fakeList(history(3000, 500), { total: false, order: "newest", delayMs: 5 });
    let calls = 0;
    const failing: typeof list.fetcher = (params, options) => {
      if (++calls === 6) return Promise.reject(new Error("boom"));
      return list.fetcher(params, options);
    };
    await expect(collect(walkOf(list, { concurrency: 4, order: "any" }, failing))).rejects.toThrow("boom");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(list.stats.inFlight).toBe(0);
  });

  it("with concurrency 1 stays the list's own sequential walk", async () => {
    const items = history(300, 500);
    const list = fakeList(items, { total: false, order: "newest" });
    const got = await collect(walkOf(list, { concurrency: 1 }));
    expect(got.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(list.stats.requests).toBe(12);
    expect(list.stats.peak).toBe(1);
  });

  it("a break aborts the requests in flight", async () => {
    const list = fakeList(history(5000, 100), { total: false, order: "newest", delayMs: 20 });
    for await (const _item of walkOf(list, { concurrency: 4 })) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list.stats.inFlight).toBe(0);
  });
});
