import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createButterClient } from "../src/index.js";

const makeCall = (_provider: string, i: number) => ({
  call_sid: `call_${i}`,
  agent_id: "agent_1",
  status: "completed",
});

describe("Butter cursor pagination over loopback", () => {
  it("iterateCalls follows next_cursor through 25 pages and yields each of the 250 calls once, in order", async () => {
    const server = await startPagingServer({ total: 250, makeCall });
    try {
      const client = createButterClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("butter") });
      const ids: string[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.call_sid);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `call_${i}`));
      expect(server.pages.butter).toBe(25);
    } finally {
      await server.close();
    }
  });
});
