import { describe, expect, it } from "vitest";
import { iterateFrom, type PageFetcher } from "./pagination.js";

type Item = { id: string };
type Params = { page: number };

/** A cursor-style list served from memory, page by page (`pages[i]` are the ids of page i). */
function scripted(pages: string[][]) {
  const signals: AbortSignal[] = [];
  const fetcher: PageFetcher<Item, Params, null> = async (params, options) => {
    if (options.signal) signals.push(options.signal);
    const ids = pages[params.page] ?? [];
    const next = params.page + 1 < pages.length ? { page: params.page + 1 } : undefined;
    return { items: ids.map((id) => ({ id })), next, body: null };
  };
  return { fetcher, signals };
}

const ids = async (iterable: AsyncIterable<Item>) => {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
};

describe("iterateFrom hands out items one by one", () => {
  it("drops an id yielded on one of the last concurrency + 2 pages, and only those", async () => {
    // concurrency 1: ids of the last 3 pages are remembered.
    const { fetcher } = scripted([["a", "b"], ["b", "c"], ["c", "a"], ["d", "d"], ["e"], ["f"], ["a"]]);
    const walk = iterateFrom(fetcher, {
      params: { page: 0 },
      options: { concurrency: 1 },
      strategy: { itemId: (item) => item.id },
    });
    // "a" on page 2 repeats page 0 (two pages back): dropped; on page 6 page 0 is long forgotten: yielded.
    expect(await ids(walk)).toEqual(["a", "b", "c", "d", "e", "f", "a"]);
  });

  it("answers next() calls made at once in order, without losing or repeating items", async () => {
    const { fetcher } = scripted([["a", "b"], ["c"], ["d", "e"]]);
    const iterator = iterateFrom(fetcher, { params: { page: 0 } })[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 6 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? "done" : r.value.id))).toEqual(["a", "b", "c", "d", "e", "done"]);
  });

  it("a break in the middle of a page aborts the look-ahead request and ends the walk", async () => {
    const { fetcher, signals } = scripted([["a", "b", "c"], ["d"], ["e"]]);
    const iterator = iterateFrom(fetcher, { params: { page: 0 } })[Symbol.asyncIterator]();
    const seen: string[] = [];
    for await (const item of { [Symbol.asyncIterator]: () => iterator }) {
      seen.push(item.id);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["a", "b"]);
    expect(signals.length).toBe(2); // the first page and its look-ahead
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("maxItems inside a page yields exactly that many and requests nothing more", async () => {
    const { fetcher, signals } = scripted([["a", "b", "c"], ["d", "e", "f"], ["g"]]);
    const walk = iterateFrom(fetcher, { params: { page: 0 }, options: { maxItems: 4 } });
    expect(await ids(walk)).toEqual(["a", "b", "c", "d"]);
    expect(signals.length).toBe(2);
  });
});
