import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createBlandClient } from "../src/index.js";

const makeCall = (_provider: string, i: number) => ({
  call_id: `call_${i}`,
  to: "+12223334444",
  from: "+17163511654",
  inbound: false,
  call_length: 0.75,
  queue_status: "complete",
  status: "completed",
});

describe("Bland index-range pagination over loopback", () => {
  it("iterateCalls walks 25 ranges of 10 and yields each of the 250 calls once, in order", async () => {
    const server = await startPagingServer({ total: 250, makeCall });
    try {
      const client = createBlandClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("bland") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ from: 0, to: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `call_${i}`));
      // Ends at total_count: no 26th request for an empty range.
      expect(server.pages.bland).toBe(25);
      expect(server.pages.openmic).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("listCalls + getNextPage advance from by the calls received, and stop at total_count", async () => {
    const server = await startPagingServer({ total: 25, makeCall });
    try {
      const client = createBlandClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("bland") });
      const first = await client.listCalls({ limit: 10 });
      const second = await first.getNextPage();
      const third = await second.getNextPage();
      expect([first, second, third].map((p) => p.data[0]?.call_id)).toEqual(["call_0", "call_10", "call_20"]);
      expect(third.data).toHaveLength(5);
      expect(third.body.total_count).toBe(25);
      expect(third.hasNextPage()).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("ends on a short range when total_count is absent, and starts at a given from", async () => {
    const server = await startPagingServer({
      total: 23,
      makeCall,
    });
    try {
      const ids: string[] = [];
      const client = createBlandClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("bland"),
        // A Bland answer without total_count (as in the reference's own List Calls example).
        fetch: async (request) => {
          const response = await fetch(request);
          const { total_count: _drop, ...body } = (await response.json()) as Record<string, unknown>;
          return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
        },
      });
      for await (const call of client.iterateCalls({ from: 5, limit: 6 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 18 }, (_, i) => `call_${i + 5}`));
      // 6 + 6 + 6 from index 5, then a 0-call range ends it: 4 requests.
      expect(server.pages.bland).toBe(4);
    } finally {
      await server.close();
    }
  });

  it("keeps going past a range the server capped, as long as total_count says more calls follow", async () => {
    const server = await startPagingServer({ total: 10, makeCall });
    try {
      const client = createBlandClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("bland"),
        // A server that returns at most 4 calls per range, whatever was asked.
        fetch: (request) => {
          const url = new URL(request.url);
          url.searchParams.set("limit", "4");
          return fetch(new Request(url, request));
        },
      });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ from: 0, to: 6 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `call_${i}`));
      expect(server.pages.bland).toBe(3); // 4 + 4 + 2
    } finally {
      await server.close();
    }
  });

  it("fetches the ranges after the first concurrently once total_count is known, in order", async () => {
    // 25 ms per page: the three requests overlap at the server even on a loaded machine.
    const server = await startPagingServer({ total: 500, makeCall, delayMs: 25 });
    try {
      const client = createBlandClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("bland"),
        concurrency: 3,
      });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => `call_${i}`));
      expect(server.peakConcurrency.bland).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("pins the walk with end_date: calls created meanwhile neither repeat nor hide others", async () => {
    const server = await startPagingServer({ total: 300, makeCall, delayMs: 2, insertPerPage: 5 });
    const endDates: (string | null)[] = [];
    try {
      const client = createBlandClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("bland"),
        fetch: (request) => {
          endDates.push(new URL(request.url).searchParams.get("end_date"));
          return fetch(request);
        },
      });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `call_${i}`));
      // One bound for the whole walk, an ISO 8601 date-time with an offset as Bland documents it.
      expect(new Set(endDates).size).toBe(1);
      expect(endDates[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/);
    } finally {
      await server.close();
    }
  });

  it("respects maxItems without fetching more ranges than needed", async () => {
    const server = await startPagingServer({ total: 1000, makeCall });
    try {
      const client = createBlandClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("bland") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 50 }, { maxItems: 120 })) ids.push(call.call_id);
      expect(ids).toHaveLength(120);
      expect(ids.at(-1)).toBe("call_119");
      expect(server.pages.bland).toBeLessThanOrEqual(4);
    } finally {
      await server.close();
    }
  });
});
