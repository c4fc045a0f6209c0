import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { APIConnectionError, InvalidArgumentError } from "./errors.js";
import { iterateFrom, type PageFetcher } from "./pagination.js";
import { createToyClient } from "./test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOTAL = 250; // 25 pages of 10
const ids = Array.from({ length: TOTAL }, (_, i) => `call_${i}`);

/** Offset pages over `ids`: `?offset=&limit=`, `has_more` while calls remain. */
async function offsetServer(delayMs = 0) {
  server = await startFaultServer((req) => {
    const url = new URL(req.url, "http://x");
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 10);
    const items = ids.slice(offset, offset + limit).map((id) => ({ id }));
    return { body: { items, has_more: offset + limit < TOTAL }, delayMs };
  });
  return server;
}

describe("auto-pagination (real HTTP on 127.0.0.1)", () => {
  it("walks 25 offset pages and yields every call exactly once, in order", async () => {
    const s = await offsetServer();
    const client = createToyClient({ baseUrl: s.url });
    const seen: string[] = [];
    for await (const item of client.api.iterate(client.offsetPages, { limit: 10 })) seen.push(item.id);
    expect(seen).toEqual(ids);
    expect(s.requests).toHaveLength(25);
  });

  it("page by page: hasNextPage/getNextPage reach the last page", async () => {
    const s = await offsetServer();
    const client = createToyClient({ baseUrl: s.url });
    let page = await client.api.page(client.offsetPages, { limit: 100 });
    const pages = [page.data.length];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      pages.push(page.data.length);
    }
    expect(pages).toEqual([100, 100, 50]);
    await expect(page.getNextPage()).rejects.toThrow(/no next page/);
  });

  it("stops at maxItems without fetching pages it does not need", async () => {
    const s = await offsetServer();
    const client = createToyClient({ baseUrl: s.url });
    const seen: string[] = [];
    for await (const item of client.api.iterate(client.offsetPages, { limit: 10 }, { maxItems: 15 }))
      seen.push(item.id);
    expect(seen).toEqual(ids.slice(0, 15));
    expect(s.requests).toHaveLength(2);
  });

  it("fetches one page ahead while the caller works, never two", async () => {
    const s = await offsetServer(20);
    const client = createToyClient({ baseUrl: s.url });
    let consumedPages = 0;
    let maxAhead = 0;
    let index = 0;
    for await (const _item of client.api.iterate(client.offsetPages, { limit: 10 })) {
      index++;
      if (index % 10 === 0) {
        consumedPages++;
        await new Promise((r) => setTimeout(r, 30)); // consumer work per page
        maxAhead = Math.max(maxAhead, s.requests.length - consumedPages);
      }
    }
    expect(index).toBe(TOTAL);
    expect(maxAhead).toBe(1);
  });

  it("ends on a repeated cursor and on an empty page", async () => {
    // cursor style: the server repeats cursor "c2" forever
    const cursorPages: PageFetcher<string, { cursor?: string }> = async (params) => {
      const cursor = params.cursor ?? "c0";
      const n = Number(cursor.slice(1));
      return { items: [`item_${n}`], next: { cursor: `c${Math.min(n + 1, 2)}` }, body: null };
    };
    const seen: string[] = [];
    for await (const item of iterateFrom(cursorPages, { params: {} })) seen.push(item);
    expect(seen).toEqual(["item_0", "item_1", "item_2"]);

    const emptyThenMore: PageFetcher<string, { page: number }> = async ({ page }) => ({
      items: page === 0 ? ["a"] : [],
      next: { page: page + 1 },
      body: null,
    });
    const all: string[] = [];
    for await (const item of iterateFrom(emptyThenMore, { params: { page: 0 } })) all.push(item);
    expect(all).toEqual(["a"]);
  });

  it("throws a page's error where that page is needed, after the earlier calls", async () => {
    server = await startFaultServer((req) => {
      const offset = Number(new URL(req.url, "http://x").searchParams.get("offset") ?? 0);
      if (offset >= 20) return { reset: true };
      return { body: { items: ids.slice(offset, offset + 10).map((id) => ({ id })), has_more: true } };
    });
    const client = createToyClient({ baseUrl: server.url, maxRetries: 0 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of client.api.iterate(client.offsetPages, { limit: 10 })) seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(ids.slice(0, 20));
    expect(error).toBeInstanceOf(APIConnectionError);
  });
});

describe("the options of a walk are checked once, with one error class", () => {
  const none: PageFetcher<unknown, Record<string, never>, unknown> = async () => ({
    items: [],
    next: undefined,
    body: {},
  });
  it.each([
    [{ maxItems: 2.5 }, "maxItems"],
    [{ maxItems: -1 }, "maxItems"],
    [{ order: "oldest" }, "order"],
    [{ concurrency: 0 }, "concurrency"],
    [{ timeoutMs: -5 }, "timeoutMs"],
  ])(
    "%j is an InvalidArgumentError naming %s, from iterateFrom and from a client alike",
    (options, argument) => {
      const direct = () => iterateFrom(none, { params: {}, options: options as never });
      expect(direct).toThrow(InvalidArgumentError);
      expect(direct).toThrow(expect.objectContaining({ argument }));
      const { api } = createToyClient({ baseUrl: "http://127.0.0.1:9" });
      const viaClient = () => api.iterate(none, {}, options as never);
      expect(viaClient).toThrow(InvalidArgumentError);
      expect(viaClient).toThrow(expect.objectContaining({ argument, provider: "toy" }));
    },
  );
});
