import { describe, expect, it } from "vitest";
import type { Call } from "../call.js";
import { normalizeUnknownCall, PROVIDERS } from "../normalize.js";
import { finishCall } from "./finish-call.js";

describe("finishCall", () => {
  it("leaves out every undefined optional field (absent is not a key), keeps the rest in the spec's order", () => {
    const call = finishCall({
      provider: "openmic",
      id: "c1",
      agentId: "a1",
      agentName: undefined,
      channel: "phone",
      direction: undefined,
      status: { unified: "ended", raw: "ended" },
      durationMs: 0,
      transcript: undefined,
      detail: "summary",
      metadata: {},
      raw: {},
      warnings: [],
    } as Call);
    expect(Object.keys(call)).toEqual([
      "provider",
      "id",
      "agentId",
      "channel",
      "status",
      "durationMs",
      "detail",
      "metadata",
      "raw",
      "warnings",
    ]);
  });

  it("no normalized call of a bare record has a key whose value is undefined", () => {
    const bare: Record<string, Record<string, unknown>> = {
      openmic: { call_id: "c", agent_id: "a" },
      zudu: { call_id: "c", agent_id: "a" },
      thinnestai: { id: 1, agent_id: "a" },
      butter: { call_sid: "c", agent_id: "a" },
      retell: { call_id: "c", agent_id: "a" },
      vapi: { id: "c", assistantId: "a" },
      bland: { call_id: "c" },
    };
    for (const provider of PROVIDERS) {
      const call = normalizeUnknownCall(provider, bare[provider]);
      for (const [key, value] of Object.entries(call))
        expect([provider, key, value]).not.toContain(undefined);
    }
  });
});
