import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeUnknownCall } from "../normalize.js";
import { leafPaths, withLeaf } from "../test-support/seeds.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import ended from "./__fixtures__/ended-call.json" with { type: "json" };
import envelope from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { normalizeZuduCall } from "./normalize-zudu-call.js";

const seed = envelope.data;

describe("normalizeZuduCall", () => {
  it("normalizes the ongoing seed call call-456 (https://docs.zudu.ai/api-reference/calls/get-calls-call-id)", () => {
    const before = structuredClone(seed);
    const call = normalizeZuduCall(seed);
    expect(call).toEqual({
      provider: "zudu",
      id: "call-456",
      agentId: "agent-123",
      channel: "phone",
      direction: "inbound",
      status: { unified: "in_progress", raw: "ONGOING" },
      from: "+1234567890",
      to: "+0987654321",
      startedAt: "2023-12-20T18:40:00.000Z",
      detail: "full",
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
        public_log_url: "https://api.example.com/logs/call-456",
        opt_out_sensitive_data_storage: false,
        telephony_identifier: {
          call_sid: "CA1234567890abcdef1234567890abcdef",
          conference_sid: "CF1234567890abcdef1234567890abcdef",
        },
        metadata: { customer_id: "cust-001", priority: "high", campaign: "summer-2024" },
      },
      raw: seed,
      warnings: [],
    });
    for (const absent of ["endedAt", "durationMs", "endReason", "analysis"]) {
      expect(call).not.toHaveProperty(absent);
    }
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
    expect(JSON.parse(JSON.stringify(call))).toEqual(call);
  });

  it("normalizes an ended call with Retell-style analysis and a user hang-up", () => {
    const before = structuredClone(ended);
    const call = normalizeUnknownCall("zudu", ended);
    expect(call).toMatchObject({
      id: "call-457",
      status: { unified: "ended", raw: "ENDED" },
      channel: "phone",
      direction: "outbound",
      startedAt: "2023-12-20T19:40:00.000Z",
      endedAt: "2023-12-20T19:45:00.000Z",
      durationMs: 300000,
      endReason: { unified: "user_hangup", raw: "USER_HANGUP" },
      analysis: {
        summary: "The customer asked to reschedule a delivery; the agent confirmed a new date.",
        successful: true,
        sentiment: "positive",
        data: {},
      },
      metadata: { id: "7c9e6679-7425-40de-944b-e07fc1f90ae7", in_voicemail: false },
      warnings: [],
    });
    expect(call.transcript?.map((t) => [t.role, t.startMs, t.endMs])).toEqual([
      ["agent", 3000, 3400],
      ["user", 10000, 10300],
    ]);
    expect(ended).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("takes call_duration as milliseconds, and derives it from the timestamps only when null", () => {
    expect(normalizeZuduCall({ ...ended, call_duration: 299500 }).durationMs).toBe(299500);
    expect(normalizeZuduCall({ ...ended, call_duration: null }).durationMs).toBe(300000);
    expect(normalizeZuduCall({ ...seed, call_duration: null }).durationMs).toBeUndefined();
  });

  it("compares enums case-insensitively (one Zudu page shows lower case)", () => {
    const call = normalizeZuduCall({
      ...ended,
      call_status: "ended",
      call_type: "web_call",
      direction: "inbound",
      disconnection_reason: "agent_hangup",
    });
    expect(call).toMatchObject({
      status: { unified: "ended", raw: "ended" },
      channel: "web",
      direction: "inbound",
      endReason: { unified: "agent_hangup", raw: "agent_hangup" },
    });
    expect(call.warnings).toEqual([]);
  });

  it("reports unmappable values and still returns the call", () => {
    const call = normalizeZuduCall({
      ...ended,
      call_status: "PAUSED",
      call_type: undefined,
      from_number: null,
      to_number: null,
      disconnection_reason: "ALIENS",
      start_timestamp: "yesterday",
      call_analysis: { user_sentiment: "Unknown", in_voicemail: "no" },
    });
    expect(call).toMatchObject({
      status: { unified: "unknown", raw: "PAUSED" },
      channel: "web",
      endReason: { unified: "unknown", raw: "ALIENS" },
      endedAt: "2023-12-20T19:45:00.000Z",
      durationMs: 300000,
    });
    expect(call).not.toHaveProperty("startedAt");
    expect(call).not.toHaveProperty("analysis");
    expect(call.transcript?.every((t) => t.startMs === undefined && t.endMs === undefined)).toBe(true);
    expect(call.warnings).toEqual([
      'call_type: missing; channel inferred as "web"',
      'start_timestamp: expected a finite number, got string "yesterday"',
      'call_status: unknown value "PAUSED"; mapped to "unknown"',
      'disconnection_reason: unknown value "ALIENS"; mapped to "unknown"',
      "start_timestamp: missing or invalid; transcript offsets are left out",
      'call_analysis.user_sentiment: unknown value "Unknown"; left out',
      'call_analysis.in_voicemail: expected a boolean, got string "no"',
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("keeps metadata a copy, so changing it leaves raw intact", () => {
    const input = structuredClone(seed);
    const call = normalizeZuduCall(input);
    (call.metadata.metadata as Record<string, string>).priority = "low";
    (call.metadata.telephony_identifier as Record<string, string>).call_sid = "changed";
    expect(input.metadata.priority).toBe("high");
    expect(input.telephony_identifier.call_sid).toBe("CA1234567890abcdef1234567890abcdef");
  });

  it("gives warnings or NormalizeError, never a TypeError, for hostile values in any field", () => {
    const hostile = [Number.NaN, Number.POSITIVE_INFINITY, -1, 1e300, "x", "constructor", null, {}, [], true];
    let cases = 0;
    for (const path of leafPaths(seed)) {
      for (const value of hostile) {
        cases++;
        const input = withLeaf(seed, path, value);
        const label = `${path.join(".")} = ${String(value)}`;
        try {
          expect(unifiedCallErrors(normalizeZuduCall(input)), label).toEqual([]);
        } catch (error) {
          expect(error, label).toBeInstanceOf(NormalizeError);
          expect(["call_id", "agent_id"], label).toContain((error as NormalizeError).path);
        }
      }
    }
    expect(cases).toBeGreaterThan(400);
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [[seed], "", "expected a call object, got an array"],
    [envelope, "call_id", "is required but missing"],
    [{ ...seed, call_id: undefined }, "call_id", "is required but missing"],
    [{ ...seed, call_id: "" }, "call_id", 'expected a non-empty string, got string ""'],
    [{ ...seed, agent_id: 12 }, "agent_id", "expected a non-empty string, got number 12"],
  ])("throws NormalizeError with provider and path (%#)", (input, path, problem) => {
    let error: unknown;
    try {
      normalizeZuduCall(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "zudu", path });
    expect((error as Error).message).toContain(problem);
  });
});
