import { startFaultServer, startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createZuduClient, zuduHasNextPage } from "../src/index.js";

const credentials = { apiKey: "sk_0123456789", apiSecret: "s3cr3t_0123456789" };

describe("Zudu 0-based page pagination over loopback", () => {
  it("iterateCalls posts page 0…24 and yields each of the 250 calls once, in order", async () => {
    const server = await startPagingServer({
      total: 250,
      makeCall: (_p, i) => ({ call_id: `call_${i}`, agent_id: "agent-1" }),
    });
    try {
      const client = createZuduClient({ ...credentials, baseUrl: server.urlOf("zudu") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_id);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `call_${i}`));
      expect(server.pages.zudu).toBe(25);
    } finally {
      await server.close();
    }
  });

  it("follows the second documented pagination shape {page, limit, total, total_pages}", async () => {
    const server = await startFaultServer((req) => {
      const { page = 0 } = JSON.parse(req.body) as { page?: number };
      const calls = page < 3 ? [{ call_id: `c${page}`, agent_id: "a" }] : [];
      return {
        body: {
          status: "success",
          data: { calls, pagination: { page, limit: 1, total: 3, total_pages: 3 } },
        },
      };
    });
    try {
      const client = createZuduClient({ ...credentials, baseUrl: server.url });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 1 })) ids.push(call.call_id);
      expect(ids).toEqual(["c0", "c1", "c2"]);
      expect(server.requests.map((r) => JSON.parse(r.body).page)).toEqual([undefined, 1, 2]);
    } finally {
      await server.close();
    }
  });

  it("zuduHasNextPage reads either shape, and a short page without pagination info ends the list", () => {
    expect(zuduHasNextPage({ has_next_page: true }, 0, 10, 10)).toBe(true);
    expect(zuduHasNextPage({ total_pages: 2 }, 1, 10, 10)).toBe(false);
    expect(zuduHasNextPage(undefined, 0, 10, 10)).toBe(true);
    expect(zuduHasNextPage(undefined, 0, 7, 10)).toBe(false);
    expect(zuduHasNextPage({ has_next_page: true }, 0, 0, 10)).toBe(false);
  });
});
