import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import ended from "./__fixtures__/ended-call.json" with { type: "json" };
import envelope from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { normalizeZuduCall } from "./normalize-zudu-call.js";

const seed = envelope.data;

describe("normalizeZuduCall", () => {
  it("normalizes the ongoing seed call call-456 (seed 002)", () => {
    const before = structuredClone(seed);
    const call = normalizeZuduCall(seed);
    expect(call).toMatchObject({
      provider: "zudu",
      id: "call-456",
      agentId: "agent-123",
      channel: "phone",
      direction: "inbound",
      status: { unified: "in_progress", raw: "ONGOING" },
      from: "+1234567890",
      to: "+0987654321",
      startedAt: "2023-12-20T18:40:00.000Z",
      transcript: [
        {
          role: "agent",
          text: "Hello, thank you for calling. How can I help you today?",
          startMs: 35000,
          endMs: 35500,
          words: [{ word: "Hello", startMs: 35000, endMs: 35500 }],
        },
      ],
      recording: { url: "https://storage.azure.com/recordings/call-456.mp4" },
      cost: { total: 0.15, currency: "USD", breakdown: { telephony: 0.1, llm: 0.05 } },
      latency: {
        e2e: { min: 120.1, max: 450.2, p50: 250.5, p90: 380.8, p95: 420.3, p99: 445.1, count: 15 },
        llm: { min: 80.2, max: 180.5, p50: 125.3, p90: 160.1, p95: 170.8, p99: 178.2, count: 8 },
      },
      metadata: {
        id: "550e8400-e29b-41d4-a716-446655440000",
        organization_id: "org-789",
        metadata: { customer_id: "cust-001", priority: "high", campaign: "summer-2024" },
      },
      warnings: [],
    });
    for (const absent of ["endedAt", "durationMs", "endReason", "analysis"])
      expect(call).not.toHaveProperty(absent);
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes an ended call with Retell-style analysis and a user hang-up", () => {
    const call = normalizeCall("zudu", ended);
    expect(call).toMatchObject({
      id: "call-457",
      status: { unified: "ended", raw: "ENDED" },
      direction: "outbound",
      durationMs: 300000,
      endedAt: "2023-12-20T19:45:00.000Z",
      endReason: { unified: "user_hangup", raw: "USER_HANGUP" },
      analysis: {
        summary: "The customer asked to reschedule a delivery; the agent confirmed a new date.",
        successful: true,
        sentiment: "positive",
      },
      metadata: { in_voicemail: false },
      warnings: [],
    });
    expect(call.transcript.map((t) => [t.role, t.startMs])).toEqual([
      ["agent", 3000],
      ["user", 10000],
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("compares enums case-insensitively (one Zudu page shows lower case)", () => {
    const call = normalizeZuduCall({
      ...ended,
      call_status: "ended",
      call_type: "web_call",
      direction: "inbound",
    });
    expect(call).toMatchObject({
      status: { unified: "ended", raw: "ended" },
      channel: "web",
      direction: "inbound",
    });
    expect(call.warnings).toEqual([]);
  });

  it.each([
    [null, ""],
    [envelope, "call_id"],
    [{ ...seed, call_id: undefined }, "call_id"],
    [{ ...seed, agent_id: 12 }, "agent_id"],
  ])("throws NormalizeError with provider and path (%#)", (input, path) => {
    let error: unknown;
    try {
      normalizeZuduCall(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ provider: "zudu", path });
  });
});
