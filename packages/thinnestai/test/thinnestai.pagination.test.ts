import { startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { createThinnestAIClient } from "../src/index.js";

describe("ThinnestAI offset pagination over loopback", () => {
  it("iterateCalls walks 25 pages until offset reaches total and yields each of the 250 calls once", async () => {
    const server = await startPagingServer({
      total: 250,
      makeCall: (_p, i) => ({ id: i, agent_id: "ag_1", status: "ended" }),
    });
    try {
      const client = createThinnestAIClient({ apiKey: "k_0123456789", baseUrl: server.urlOf("thinnestai") });
      const ids: number[] = [];
      for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.id);
      expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => i));
      expect(server.pages.thinnestai).toBe(25);
    } finally {
      await server.close();
    }
  });
});
