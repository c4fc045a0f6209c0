import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createOpenMicClient } from "../src/index.js";

const makeCall = (_provider: string, i: number) => ({
  call_id: `call_${i}`,
  agent_id: "agent_1",
  call_type: "phonecall",
  from_number: "+1234567890",
  to_number: "+0987654321",
  direction: "outbound",
  call_status: "ended",
});

describe("OpenMic offset pagination over loopback", () => {
  it("iterateCalls walks 25 pages of 10 and yields each of the 250 calls once, in order", async () => {
    const server = await startPagingServer({ total: 250, makeCall });
    try {
      const client = createOpenMicClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("openmic") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `call_${i}`));
      expect(server.pages.openmic).toBe(25);
    } finally {
      await server.close();
    }
  });

  it("listCalls + getNextPage advance the offset by the calls received", async () => {
    const server = await startPagingServer({ total: 25, makeCall });
    try {
      const client = createOpenMicClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("openmic") });
      const first = await client.listCalls({ limit: 10 });
      const second = await first.getNextPage();
      const third = await second.getNextPage();
      expect([first, second, third].map((p) => p.body.pagination.offset)).toEqual([0, 10, 20]);
      expect(third.data).toHaveLength(5);
      expect(third.hasNextPage()).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("fetches the pages after the first concurrently, within the bound, in order", async () => {
    // 25 ms per page: the three requests overlap at the server even on a loaded machine.
    const server = await startPagingServer({ total: 500, makeCall, delayMs: 25 });
    try {
      const client = createOpenMicClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("openmic"),
        concurrency: 3,
      });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => `call_${i}`));
      expect(server.peakConcurrency.openmic).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("pins the walk with to_date: calls inserted at the head meanwhile neither repeat nor hide others", async () => {
    const server = await startPagingServer({ total: 300, makeCall, delayMs: 2, insertPerPage: 5 });
    try {
      const client = createOpenMicClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("openmic") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `call_${i}`));
    } finally {
      await server.close();
    }
  });

  it("a 429 from the server lowers the client's concurrency and the walk still completes", async () => {
    const server = await startPagingServer({
      total: 400,
      makeCall,
      delayMs: 5,
      // A token every 20 ms: the first concurrent requests exceed the burst of 3 however slowly they start.
      rateLimit: { requestsPerSecond: 50, burst: 3, retryAfterSeconds: 0.05, headers: false },
    });
    try {
      const client = createOpenMicClient({
        apiKey: "k_0123456789",
        baseUrl: server.urlOf("openmic"),
        maxRetries: 10,
      });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(new Set(ids).size).toBe(400);
      expect(server.throttled.openmic).toBeGreaterThan(0);
      expect(client.limiter.state().throttled).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
