import type { ThinnestAICall } from "@switchboard/thinnestai";
import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeCall, normalizeUnknownCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { normalizeThinnestAICall } from "./normalize-thinnestai-call.js";

describe("normalizeThinnestAICall", () => {
  it("normalizes call 77 of the reference (https://docs.thinnest.ai/api-reference/calls/get) exactly", () => {
    const before = structuredClone(seed);
    const call = normalizeThinnestAICall(seed);
    expect(call).toEqual({
      provider: "thinnestai",
      id: "77",
      agentId: "ag_5d2678fd_e556",
      agentName: "Priya Support Agent",
      channel: "web",
      status: { unified: "ended", raw: "ended" },
      startedAt: "2026-03-25T10:20:57.000Z",
      endedAt: "2026-03-25T10:22:36.000Z",
      durationMs: 99100,
      endReason: { unified: "user_hangup", raw: "user_hangup" },
      detail: "full",
      transcript: [
        { role: "agent", text: "नमस्ते, मैं प्रिया हूँ...", startMs: 0 },
        { role: "user", text: "मुझे मदद चाहिए", startMs: 5200 },
        { role: "agent", text: "जी बिल्कुल, बताइए...", startMs: 6100 },
      ],
      recording: {
        url: "https://storage.googleapis.com/thinnestai-recordings/recordings/...",
        durationMs: 99000,
      },
      cost: {
        total: 0.08,
        currency: "USD",
        breakdown: { platform: 0.05, stt: 0.01, tts: 0.015, llm: 0.005, telephony: 0 },
      },
      latency: { e2e: { mean: 475 } },
      analysis: {
        summary: "Customer asked about billing. Agent resolved the issue.",
        sentiment: "positive",
        score: 85,
        evaluation: "Polite, resolved issue quickly",
        tags: ["support", "billing"],
        data: {
          key_topics: ["billing", "refund"],
          action_items: ["Process refund within 3 days"],
          outcome: "resolved",
          knowledge_gaps: [],
        },
      },
      stack: {
        llm: { provider: "groq", model: "llama-3.3-70b-versatile" },
        stt: { provider: "deepgram", model: "nova-3" },
        tts: { provider: "cartesia", model: "sonic-3", voiceId: "be79f378-47fe-..." },
      },
      interruptions: 2,
      metadata: { created_at: "2026-03-25T10:20:57Z", updated_at: "2026-03-25T10:22:38Z", total_inr: 6.8 },
      raw: seed,
      warnings: [],
    });
    for (const absent of ["direction", "from", "to", "usage"]) expect(absent in call).toBe(false);
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
    expect(JSON.parse(JSON.stringify(call))).toEqual(call);
  });

  it("is what normalizeCall (typed) and normalizeUnknownCall give for provider thinnestai", () => {
    const typed = seed as ThinnestAICall;
    expect(normalizeCall("thinnestai", typed)).toEqual(normalizeThinnestAICall(seed));
    expect(normalizeUnknownCall("thinnestai", seed)).toEqual(normalizeThinnestAICall(seed));
    // @ts-expect-error a ThinnestAI call is not an OpenMic call: normalizeCall checks the type per provider
    expect(() => normalizeCall("openmic", typed)).toThrow(NormalizeError);
  });

  it('normalizes a list row (list-item.json) as a summary (no transcript, detail "summary") and no warnings', () => {
    const before = structuredClone(listItem);
    const call = normalizeThinnestAICall(listItem);
    expect(call).toEqual({
      provider: "thinnestai",
      id: "77",
      agentId: "ag_5d2678fd_e556",
      agentName: "Priya Support Agent",
      channel: "web",
      status: { unified: "ended", raw: "ended" },
      startedAt: "2026-03-25T10:20:57.000Z",
      endedAt: "2026-03-25T10:22:36.000Z",
      durationMs: 99100,
      detail: "summary",
      cost: { total: 0.08, currency: "USD", breakdown: {} },
      latency: { e2e: { mean: 475 } },
      metadata: { total_inr: 6.8 },
      raw: listItem,
      warnings: [],
    });
    expect(listItem).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it.each([
    ["inbound", { from: "+919800000001", to: "+918000000002" }],
    ["outbound", { from: "+918000000002", to: "+919800000001" }],
    ["web", { from: "+919800000001", to: "+918000000002" }],
  ])("puts the caller and the agent's number on the right side of an %s call", (type, ends) => {
    const call = normalizeThinnestAICall({
      ...seed,
      type,
      call_direction: type,
      caller_phone: "+919800000001",
      phone_number: "+918000000002",
    });
    expect(call).toMatchObject(ends);
    expect(call.warnings).toEqual([]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("falls back to call_direction when type is missing", () => {
    const { type: _omit, ...rest } = seed;
    const call = normalizeThinnestAICall({ ...rest, call_direction: "outbound", caller_phone: "+15550001" });
    expect(call).toMatchObject({ channel: "phone", direction: "outbound", to: "+15550001" });
    expect("from" in call).toBe(false);
    expect(call.warnings).toEqual([]);
  });

  it("maps the documented deleted status to unknown without a warning, keeping the raw value", () => {
    const call = normalizeThinnestAICall({ ...seed, status: "deleted" });
    expect(call.status).toEqual({ unified: "unknown", raw: "deleted" });
    expect(call.warnings).toEqual([]);
  });

  it("accepts a string id as is", () => {
    expect(normalizeThinnestAICall({ ...seed, id: "call_77" }).id).toBe("call_77");
  });

  it("derives durationMs from the times only when duration_seconds is absent", () => {
    expect(normalizeThinnestAICall({ ...seed, duration_seconds: null }).durationMs).toBe(99000);
    const { duration_seconds: _d, ended_at: _e, ...rest } = seed;
    expect("durationMs" in normalizeThinnestAICall(rest)).toBe(false);
  });

  it("returns the call with one warning per value it could not map", () => {
    const call = normalizeThinnestAICall({
      ...seed,
      type: "sip",
      status: "archived",
      ended_reason: "wrong_number",
      started_at: "yesterday",
      cost: 0.08,
      latency_ms: "475",
      interruptions: 1.5,
      analysis: { ...seed.analysis, sentiment: "meh", score: { score: 120 } },
      transcript: [{ role: "system", content: "x", timestamp: "soon" }],
    });
    expect(call.warnings).toEqual([
      'type: unknown value "sip"; channel inferred as "web"',
      'started_at: expected an ISO 8601 date-time, got "yesterday"',
      'latency_ms: expected a finite number, got string "475"',
      'status: unknown value "archived"; mapped to "unknown"',
      'ended_reason: unknown value "wrong_number"; mapped to "unknown"',
      'transcript[0].role: unknown role "system"; role "other"',
      'transcript[0].timestamp: expected a string of seconds ≥ 0, got string "soon"',
      "cost: expected an object, got number 0.08",
      "analysis.score.score: expected 0–100, got 120",
      'analysis.sentiment: unknown value "meh"; left out',
      "interruptions: expected a whole number, got 1.5",
    ]);
    expect(call).toMatchObject({
      status: { unified: "unknown", raw: "archived" },
      endReason: { unified: "unknown", raw: "wrong_number" },
      transcript: [{ role: "other", text: "x" }],
    });
    for (const absent of ["startedAt", "cost", "latency", "interruptions"])
      expect(absent in call).toBe(false);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("keeps analysis.data a copy, so changing it leaves raw intact", () => {
    const input = structuredClone(seed);
    const call = normalizeThinnestAICall(input);
    (call.analysis?.data?.action_items as string[]).length = 0;
    expect(input.analysis.summary.action_items).toEqual(["Process refund within 3 days"]);
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [[seed], "", "expected a call object, got an array"],
    [{ data: seed, message: "ok", status: "success" }, "id", "is required but missing"],
    [{ ...seed, id: undefined }, "id", "is required but missing"],
    [{ ...seed, id: 7.5 }, "id", "expected an integer or a non-empty string, got number 7.5"],
    [{ ...seed, id: true }, "id", "expected an integer or a non-empty string, got boolean true"],
    [{ ...seed, agent_id: undefined }, "agent_id", "is required but missing"],
    [{ ...seed, agent_id: 3 }, "agent_id", "expected a non-empty string, got number 3"],
  ])("throws NormalizeError with provider and path (%#)", (input, path, problem) => {
    let error: unknown;
    try {
      normalizeThinnestAICall(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "thinnestai", path });
    expect((error as Error).message).toContain(problem);
  });
});
