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
      const client = createOpenMicClient({ apiKey: "k_0123456789", baseUrl: server.url });
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
      const client = createOpenMicClient({ apiKey: "k_0123456789", baseUrl: server.url });
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
});
