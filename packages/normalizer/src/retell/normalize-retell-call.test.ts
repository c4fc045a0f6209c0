import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeUnknownCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import phone from "./__fixtures__/get-call.phone.json" with { type: "json" };
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import webhook from "./__fixtures__/webhook-call-ended.seed.json" with { type: "json" };
import { normalizeRetellCall } from "./normalize-retell-call.js";

describe("normalizeRetellCall", () => {
  it("normalizes the reference's web call Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6", () => {
    const before = structuredClone(seed);
    const call = normalizeRetellCall(seed);
    expect(call).toMatchObject({
      provider: "retell",
      id: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
      agentId: "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
      channel: "web",
      status: { unified: "queued", raw: "registered" },
      startedAt: "2023-12-23T03:33:27.333Z",
      endedAt: "2023-12-23T03:33:48.855Z",
      durationMs: 21522,
      endReason: { unified: "agent_hangup", raw: "agent_hangup" },
      recording: {
        url: "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav",
      },
      cost: { total: 0.7, currency: "USD", breakdown: { tts: 0.6 } },
      analysis: { successful: true, sentiment: "positive" },
      metadata: {
        metadata: {},
        retell_llm_dynamic_variables: { customer_name: "John Doe" },
        in_voicemail: false,
        public_log_url:
          "https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/public_log.txt",
      },
      warnings: [],
    });
    expect(call.direction).toBeUndefined();
    expect(call.from).toBeUndefined();
    expect(call.latency?.e2e).toEqual({
      min: 500,
      p50: 800,
      p90: 1200,
      p95: 1500,
      p99: 2500,
      max: 2700,
      count: 10,
    });
    // Stages without a unified field are kept, in ms, under metadata.latency.
    expect(Object.keys(call.metadata.latency as object)).toEqual([
      "llm_websocket_network_rtt",
      "knowledge_base",
      "s2s",
    ]);
    expect((call.metadata.latency as Record<string, { p50: number }>).s2s?.p50).toBe(800);
    expect(call.transcript).toEqual([
      {
        role: "agent",
        text: "hi how are you doing?",
        startMs: 700,
        endMs: 1300,
        words: [{ word: "hi", startMs: 700, endMs: 1300 }],
      },
    ]);
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes the phone call: numbers, direction, duration_ms, telephony ids and token usage in metadata", () => {
    const call = normalizeUnknownCall("retell", phone);
    expect(call).toMatchObject({
      channel: "phone",
      direction: "inbound",
      from: "+12137771234",
      to: "+12137771235",
      agentName: "My Agent",
      status: { unified: "ended", raw: "ended" },
      durationMs: 21522,
      metadata: {
        agent_version: 1,
        telephony_identifier: { twilio_call_sid: "CA5d0d0d8047bf685c3f0ff980fe62c123" },
        collected_dynamic_variables: { last_node_name: "Test node" },
        llm_token_usage: { values: [123], average: 123, num_requests: 1 },
      },
      warnings: [],
    });
    expect(call.transcript?.map((t) => [t.role, t.startMs, t.endMs])).toEqual([
      ["agent", 700, 2200],
      ["user", 3100, 4900],
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes the call of the docs' call_ended webhook (no call_analysis, no duration_ms)", () => {
    const call = normalizeUnknownCall("retell", webhook.call);
    expect(call).toMatchObject({
      channel: "phone",
      direction: "inbound",
      endReason: { unified: "user_hangup", raw: "user_hangup" },
      durationMs: 1714608491736 - 1714608475945,
    });
    expect(call.analysis).toBeUndefined();
    expect(call.transcript).toEqual([{ role: "other", text: "..." }]);
    expect(call.warnings).toEqual(['transcript: first line has no "Agent:" or "User:" prefix; role "other"']);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("keeps an unknown disconnection_reason raw, as other, with a warning", () => {
    const call = normalizeRetellCall({ ...phone, disconnection_reason: "error_brand_new" });
    expect(call.endReason).toEqual({ unified: "unknown", raw: "error_brand_new" });
    expect(call.warnings).toEqual([
      'disconnection_reason: unknown value "error_brand_new"; mapped to "unknown"',
    ]);
  });

  it("derives durationMs from the timestamps only when duration_ms is absent; 0 stays 0", () => {
    const { duration_ms: _omit, ...rest } = phone;
    expect(normalizeRetellCall(rest).durationMs).toBe(21522);
    expect(normalizeRetellCall({ ...rest, end_timestamp: undefined }).durationMs).toBeUndefined();
    expect(normalizeRetellCall({ ...phone, duration_ms: 0 }).durationMs).toBe(0);
  });

  it("keeps metadata a copy, so changing it leaves raw intact", () => {
    const input = structuredClone(phone);
    const call = normalizeRetellCall(input);
    (call.metadata.retell_llm_dynamic_variables as Record<string, string>).customer_name = "Jane";
    expect(input.retell_llm_dynamic_variables.customer_name).toBe("John Doe");
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [[seed], "", "expected a call object, got an array"],
    [{ ...seed, call_id: undefined }, "call_id", "is required but missing"],
    [{ ...seed, agent_id: "" }, "agent_id", 'expected a non-empty string, got string ""'],
  ])("throws NormalizeError with provider and path for %#", (input, path, problem) => {
    const error = (() => {
      try {
        normalizeRetellCall(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "retell", path });
    expect((error as Error).message).toContain(problem);
  });
});
