import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import listItem from "./__fixtures__/list-item.json" with { type: "json" };
import { normalizeThinnestAICall } from "./normalize-thinnestai-call.js";

describe("normalizeThinnestAICall", () => {
  it("normalizes call 77 of the reference (seed 003)", () => {
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
    expect("direction" in call).toBe(false);
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it.each([
    ["inbound", { from: "+919800000001", to: "+918000000002" }],
    ["outbound", { from: "+918000000002", to: "+919800000001" }],
  ])("puts the caller and the agent's number on the right side of an %s phone call", (type, ends) => {
    const call = normalizeCall("thinnestai", {
      ...seed,
      type,
      caller_phone: "+919800000001",
      phone_number: "+918000000002",
    });
    expect(call).toMatchObject({ channel: "phone", direction: type, ...ends });
  });

  it("normalizes a list row with no transcript and no warnings", () => {
    const call = normalizeThinnestAICall(listItem);
    expect(call).toMatchObject({
      id: "77",
      durationMs: 99100,
      cost: { total: 0.08, currency: "USD", breakdown: {} },
    });
    expect(call.transcript).toEqual([]);
    expect(call.warnings).toEqual([]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("derives durationMs from the times only when duration_seconds is absent", () => {
    expect(normalizeThinnestAICall({ ...seed, duration_seconds: null }).durationMs).toBe(99000);
  });

  it.each([
    [null, "", "expected a call object"],
    [{ ...seed, id: undefined }, "id", "is required but missing"],
    [{ ...seed, id: 7.5 }, "id", "expected an integer or a non-empty string, got number 7.5"],
    [{ ...seed, agent_id: 3 }, "agent_id", "expected a non-empty string, got number 3"],
  ])("throws NormalizeError with provider and path (%#)", (input, path, problem) => {
    let error: unknown;
    try {
      normalizeThinnestAICall(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ provider: "thinnestai", path });
    expect((error as Error).message).toContain(problem);
  });
});
