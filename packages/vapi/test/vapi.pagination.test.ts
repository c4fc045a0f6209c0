import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createVapiClient, PaginationError, type VapiCall } from "../src/index.js";

const BASE = Date.parse("2026-01-01T00:00:00.000Z");

/** Call `i` is created `timeOf(i)` ms after BASE; a higher index is newer. */
const server = (total: number, timeOf: (i: number) => number, extra: (i: number) => object = () => ({})) =>
  startPagingServer({
    total,
    makeCall: (_provider, i) => ({
      id: `call_${String(i).padStart(4, "0")}`,
      orgId: "org_1",
      createdAt: new Date(BASE + timeOf(i)).toISOString(),
      updatedAt: new Date(BASE + timeOf(i)).toISOString(),
      ...extra(i),
    }),
  });

async function collect(iterable: AsyncIterable<VapiCall>): Promise<string[]> {
  const ids: string[] = [];
  for await (const call of iterable) ids.push(call.id);
  return ids;
}

const newestFirst = (total: number) =>
  Array.from({ length: total }, (_, i) => `call_${String(total - 1 - i).padStart(4, "0")}`);

describe("Vapi createdAt-window pagination over loopback", () => {
  it("yields each of 250 calls with distinct timestamps once, newest first, in 28 requests", async () => {
    const s = await server(250, (i) => i * 1000);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      // The sequential walk (one walker): the time windows side by side are tested in windows.test.ts.
      expect(await collect(client.iterateCalls({ limit: 10 }, { concurrency: 1 }))).toEqual(newestFirst(250));
      // Each full page yields 9 new calls and hands its oldest to the next: 27 full pages + the short last one.
      expect(s.pages.vapi).toBe(28);
    } finally {
      await s.close();
    }
  });

  it("never skips or repeats calls sharing a createdAt across page boundaries (groups of 7, pages of 10)", async () => {
    const s = await server(300, (i) => Math.floor(i / 7) * 1000);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const ids = await collect(client.iterateCalls({ limit: 10 }));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(newestFirst(300).sort());
      // Newest first by createdAt (the order within one millisecond is the server's).
      const times = ids.map((id) => Math.floor(Number(id.slice(5)) / 7));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    } finally {
      await s.close();
    }
  });

  it("handles full pages of identical timestamps: 95 calls in one millisecond among others, pages of 20", async () => {
    // Calls 0–49 one per second, 50–144 all at the same instant, 145–199 one per second after it.
    const s = await server(200, (i) => (i < 50 ? i : i < 145 ? 50 : i - 94) * 1000);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const ids = await collect(client.iterateCalls({ limit: 20 }));
      expect(ids).toHaveLength(200);
      expect(new Set(ids).size).toBe(200);
    } finally {
      await s.close();
    }
  });

  it("every call created in the same millisecond (120 of them, pages of 25) is yielded exactly once", async () => {
    const s = await server(120, () => 0);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const ids = await collect(client.iterateCalls({ limit: 25 }, { concurrency: 1 }));
      expect(ids.sort()).toEqual(newestFirst(120).sort());
      // One full page, one request for the whole group, one empty window below it.
      expect(s.pages.vapi).toBe(3);
    } finally {
      await s.close();
    }
  });

  it("keeps the caller's filters and lower bound, and stops at it", async () => {
    const s = await server(100, (i) => i * 1000);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const ids = await collect(
        client.iterateCalls({
          limit: 7,
          createdAtGe: new Date(BASE + 40_000).toISOString(),
          createdAtLt: new Date(BASE + 90_000).toISOString(),
        }),
      );
      expect(ids).toEqual(newestFirst(90).slice(0, 50));
    } finally {
      await s.close();
    }
  });

  it("listCalls pages by hand: nextPageParams are plain query parameters that resume the walk", async () => {
    const s = await server(30, (i) => Math.floor(i / 3) * 1000);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const first = await client.listCalls({ limit: 10, assistantId: "a1" });
      expect(first.body).toHaveLength(10);
      // Calls 29–20: call 20 (createdAt shared with calls 18–19) is held back for the next page.
      expect(first.data.map((c) => c.id).sort()).toEqual(newestFirst(30).slice(0, 9).sort());
      const next = first.nextPageParams();
      expect(next).toEqual({
        limit: 10,
        assistantId: "a1",
        createdAtLe: new Date(BASE + 6000).toISOString(),
      });
      // A new client resumes from the stored parameters.
      const resumed = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const rest = await collect(resumed.iterateCalls(JSON.parse(JSON.stringify(next))));
      expect([...first.data.map((c) => c.id), ...rest].sort()).toEqual(newestFirst(30).sort());
    } finally {
      await s.close();
    }
  });

  it("throws PaginationError naming the path when a call of a full page has no createdAt", async () => {
    const page = [
      { id: "a", createdAt: "2026-01-01T00:00:03.000Z" },
      { id: "b", createdAt: "2026-01-01T00:00:02.000Z" },
      { id: "c" },
    ];
    const client = createVapiClient({
      apiKey: "k_0123456789",
      baseUrl: "http://127.0.0.1:9",
      fetch: async () => Response.json(page),
    });
    const error = await collect(client.iterateCalls({ limit: 3 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ provider: "vapi", path: "/2/createdAt" });
    expect((error as Error).message).toContain("/2/createdAt: expected an ISO 8601 date-time to page by");
  });

  it("throws PaginationError rather than miss calls when a full page comes oldest first", async () => {
    const page = [
      { id: "a", createdAt: "2026-01-01T00:00:01.000Z" },
      { id: "b", createdAt: "2026-01-01T00:00:02.000Z" },
    ];
    const client = createVapiClient({
      apiKey: "k_0123456789",
      baseUrl: "http://127.0.0.1:9",
      fetch: async () => Response.json(page),
    });
    const error = await collect(client.iterateCalls({ limit: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("oldest first");
  });

  it("throws PaginationError rather than skip calls when 1000 or more share one createdAt", async () => {
    const s = await server(1001, () => 0);
    try {
      const client = createVapiClient({ apiKey: "k_0123456789", baseUrl: s.urlOf("vapi") });
      const error = await collect(client.iterateCalls({ limit: 100 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaginationError);
      expect((error as Error).message).toMatch(/1000 or more calls share createdAt 2026-01-01T00:00:00.000Z/);
    } finally {
      await s.close();
    }
  });
});
