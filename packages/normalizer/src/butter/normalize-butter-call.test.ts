import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { normalizeButterCall } from "./normalize-butter-call.js";

const call = seed.data;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("normalizeButterCall", () => {
  it("normalizes the seed call call_abc123def456 (the data of the Get Call envelope)", () => {
    const before = structuredClone(call);
    const result = normalizeButterCall(call);
    expect(result).toEqual({
      provider: "butter",
      id: "call_abc123def456",
      agentId: "agent_xyz789",
      agentName: "Sales Rep",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended", raw: "completed" },
      from: "+15551234567",
      to: "+15559876543",
      startedAt: "2026-03-09T10:00:05.000Z",
      endedAt: "2026-03-09T10:02:25.000Z",
      durationMs: 120500,
      endReason: { unified: "agent_hangup", raw: "tool_end_call" },
      detail: "full",
      transcript: [{ role: "agent", text: "Hello! How can I help you today?", startMs: 0 }],
      recording: { url: "s3://bucket/recordings/call_abc123.wav" },
      cost: { total: 12.35, currency: "credits", breakdown: { llm: 3, tts: 5, stt: 1, telephony: 2 } },
      latency: { llm: { min: 500, mean: 500, p50: 500, p90: 500, p95: 500, p99: 500, max: 500, count: 1 } },
      usage: { llmInputTokens: 100, llmOutputTokens: 50, ttsCharacters: 500, sttSeconds: 120 },
      stack: {
        llm: { provider: "openai", model: "gpt-4" },
        tts: { provider: "elevenlabs" },
        stt: { provider: "deepgram" },
      },
      interruptions: 2,
      turnCount: 7,
      metadata: {
        trace_id: "trace_xyz789",
        client_id: "org_123",
        recording_enabled: true,
        created_at: "2026-03-09T10:00:00Z",
        errors: { error_count: 0, has_fatal_errors: false, errors: [] },
        agent_config: call.agent_config,
      },
      raw: call,
      warnings: [],
    });
    expect(result.raw).toBe(call);
    expect(call).toEqual(before);
    expect(unifiedCallErrors(result)).toEqual([]);
  });

  it("uses duration_seconds over end − start (140 s in the seed), and end − start only without it", () => {
    expect(normalizeButterCall(call).durationMs).toBe(120500);
    const { duration_seconds: _omit, ...rest } = call;
    expect(normalizeButterCall(rest).durationMs).toBe(140000);
    expect(normalizeButterCall({ ...rest, end_time: null }).durationMs).toBeUndefined();
  });

  it("normalizes a List Calls row: inferred channel with a warning, no transcript, total-only cost", () => {
    const before = structuredClone(listItem);
    const result = normalizeButterCall(listItem);
    expect(result).toEqual({
      provider: "butter",
      id: "call_abc123def456",
      agentId: "agent_xyz789",
      agentName: "Sales Rep",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended", raw: "completed" },
      from: "+15551234567",
      to: "+15559876543",
      startedAt: "2026-03-09T10:00:05.000Z",
      endedAt: "2026-03-09T10:02:25.000Z",
      durationMs: 120500,
      endReason: { unified: "agent_hangup", raw: "tool_end_call" },
      detail: "summary",
      cost: { total: 12.35, currency: "credits", breakdown: {} },
      turnCount: 7,
      metadata: {
        client_id: "org_123",
        recording_enabled: true,
        created_at: "2026-03-09T10:00:00Z",
        updated_at: "2026-03-09T10:02:30Z",
        billing_status: "billed",
      },
      raw: listItem,
      warnings: ['transport: missing; channel inferred as "phone" from call_type "outbound"'],
    });
    expect(listItem).toEqual(before);
    expect(unifiedCallErrors(result)).toEqual([]);
  });

  it("gives a preview (web) call no direction and no phone numbers", () => {
    const result = normalizeButterCall({
      ...call,
      call_type: "preview",
      transport: "webrtc",
      to_number: null,
      from_number: null,
    });
    expect(result.channel).toBe("web");
    expect(result.direction).toBeUndefined();
    expect("from" in result || "to" in result).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(unifiedCallErrors(result)).toEqual([]);
  });

  it("returns the call with warnings for unknown enums and wrong types, never throwing", () => {
    const result = normalizeButterCall({
      ...call,
      status: "paused",
      transport: "pigeon",
      summary: { end_reason: "moon", interruptions: 1.5 },
      transcript: [{ speaker: "narrator", text: "…", relative_time: 1 }],
      recording_url: 42,
      start_time: "yesterday",
      agent_config: null,
      usage: null,
      turns: null,
      errors: [],
    });
    expect(result).toMatchObject({
      channel: "phone",
      status: { unified: "unknown", raw: "paused" },
      endReason: { unified: "unknown", raw: "moon" },
      transcript: [{ role: "other", text: "…", startMs: 1000 }],
    });
    expect(result.warnings).toEqual([
      'start_time: expected an ISO 8601 date-time, got "yesterday"',
      "recording_url: expected a string, got number 42",
      'transport: unknown value "pigeon"; channel inferred as "phone" from call_type "outbound"',
      'status: unknown value "paused"; mapped to "unknown"',
      'summary.end_reason: unknown value "moon"; mapped to "unknown"',
      'transcript[0].speaker: unknown speaker "narrator"; role "other"',
      "summary.interruptions: expected a whole number, got 1.5",
      "errors: expected an object, got an array",
    ]);
    for (const absent of ["recording", "startedAt", "stack", "usage", "latency", "interruptions"]) {
      expect(result).not.toHaveProperty(absent);
    }
    expect(unifiedCallErrors(result)).toEqual([]);
  });

  it("keeps metadata a copy, so changing it leaves raw intact", () => {
    const input = structuredClone(call);
    const result = normalizeButterCall(input);
    (result.metadata.agent_config as Record<string, unknown>).llm_model = "gpt-5";
    (result.metadata.errors as { errors: unknown[] }).errors.push("x");
    expect(input.agent_config.llm_model).toBe("gpt-4");
    expect(input.errors.errors).toEqual([]);
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [[call], "", "expected a call object, got an array"],
    [{ ...call, call_sid: undefined }, "call_sid", "is required but missing"],
    [{ ...call, call_sid: "" }, "call_sid", 'expected a non-empty string, got string ""'],
    [{ ...call, agent_id: undefined }, "agent_id", "is required but missing"],
    [{ ...call, agent_id: { id: 1 } }, "agent_id", "expected a non-empty string, got object"],
    [seed, "call_sid", "response envelope: normalize its `data`"],
  ])("throws NormalizeError with provider and path for %#", (input, path, problem) => {
    const error = thrown(() => normalizeButterCall(input));
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "butter", path });
    expect((error as Error).message).toContain(problem);
  });
});
