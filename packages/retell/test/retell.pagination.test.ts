import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createRetellClient } from "../src/index.js";

const makeCall = (_provider: string, i: number) => ({
  call_id: `call_${i}`,
  agent_id: "agent_1",
  call_type: "phone_call",
  from_number: "+12137771234",
  to_number: "+12137771235",
  direction: "inbound",
  call_status: "ended",
});
const ids = (n: number) => Array.from({ length: n }, (_, i) => `call_${i}`);

describe("Retell v3 cursor pagination over loopback", () => {
  it("iterateCalls follows pagination_key over 25 pages of 10 and yields each of the 250 calls once, in order", async () => {
    const server = await startPagingServer({ total: 250, makeCall });
    try {
      const client = createRetellClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("retell") });
      const seen: string[] = [];
      // The cursor walk of one walker (the start-time windows side by side: windows.test.ts).
      for await (const call of client.iterateCalls({ limit: 10 }, { concurrency: 1 }))
        seen.push(call.call_id);
      expect(seen).toEqual(ids(250));
      expect(server.pages.retell).toBe(25);
    } finally {
      await server.close();
    }
  });

  it("listCalls + getNextPage send the previous cursor; the last page has has_more false", async () => {
    const server = await startPagingServer({ total: 25, makeCall });
    try {
      const client = createRetellClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("retell") });
      const first = await client.listCalls({ limit: 10, skip: 0 });
      const second = await first.getNextPage();
      const third = await second.getNextPage();
      expect([first, second, third].map((p) => p.params.pagination_key)).toEqual([
        undefined,
        "r3:10",
        "r3:20",
      ]);
      expect(second.params).not.toHaveProperty("skip");
      expect(third.data.map((c) => c.call_id)).toEqual(ids(25).slice(20));
      expect(third.body.has_more).toBe(false);
      expect(third.hasNextPage()).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("maxItems stops early without fetching further pages", async () => {
    const server = await startPagingServer({ total: 1000, makeCall });
    try {
      const client = createRetellClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("retell") });
      const seen: string[] = [];
      for await (const call of client.iterateCalls({ limit: 50 }, { maxItems: 120, concurrency: 1 }))
        seen.push(call.call_id);
      expect(seen).toEqual(ids(120));
      expect(server.pages.retell).toBeLessThanOrEqual(3);
    } finally {
      await server.close();
    }
  });
});

describe("Retell v3 answers without a cursor", () => {
  it("stops and logs a warning when has_more is true but no pagination_key is sent", async () => {
    const warnings: string[] = [];
    const requests: unknown[] = [];
    const client = createRetellClient({
      apiKey: "k_0123456789",
      baseUrl: "https://api.retellai.example",
      logger: {
        warn: (line: string) => warnings.push(line),
        error: () => {},
        info: () => {},
        debug: () => {},
      },
      fetch: async (request: Request) => {
        requests.push(await request.json());
        const body = { items: [makeCall("retell", 0)], has_more: true };
        return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
      },
    });
    const seen: string[] = [];
    for await (const call of client.iterateCalls({ limit: 1 }, { concurrency: 1 })) seen.push(call.call_id);
    expect(seen).toEqual(["call_0"]);
    expect(requests).toEqual([{ limit: 1 }]);
    expect(warnings.join("\n")).toContain("has_more is true but the response has no pagination_key");
  });
});

describe("Retell legacy v2 pagination (pagination_key = last call_id) over loopback", () => {
  it("iterateCallsLegacy walks 3 pages of 50 (the default limit) and one short page", async () => {
    const server = await startPagingServer({ total: 160, makeCall });
    try {
      const client = createRetellClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("retell") });
      const seen: string[] = [];
      for await (const call of client.iterateCallsLegacy()) seen.push(call.call_id);
      expect(seen).toEqual(ids(160));
      expect(server.pages.retell).toBe(4);
    } finally {
      await server.close();
    }
  });

  it("an exact multiple of the limit ends on one empty page", async () => {
    const server = await startPagingServer({ total: 20, makeCall });
    try {
      const client = createRetellClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("retell") });
      const first = await client.listCallsLegacy({ limit: 10 });
      const second = await first.getNextPage();
      expect(second.params.pagination_key).toBe("call_9");
      const third = await second.getNextPage();
      expect(third.data).toEqual([]);
      expect(third.hasNextPage()).toBe(false);
    } finally {
      await server.close();
    }
  });
});
