import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import queued from "./__fixtures__/get-call.call-features.docs.json" with { type: "json" };
import forwarding from "./__fixtures__/get-call.forwarding-drops.docs.json" with { type: "json" };
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import websocket from "./__fixtures__/get-call.websocket-transport.docs.json" with { type: "json" };
import { normalizeVapiCall } from "./normalize-vapi-call.js";

describe("normalizeVapiCall", () => {
  it("normalizes an ended outbound call with every documented block", () => {
    const before = structuredClone(realistic);
    const call = normalizeVapiCall(realistic);
    expect(call).toMatchObject({
      provider: "vapi",
      id: "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
      agentId: "5b0a4a08-133c-4146-9315-0984f8c6be80",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended", raw: "ended" },
      to: "+12345678913",
      startedAt: "2024-09-10T11:15:05.012Z",
      endedAt: "2024-09-10T11:16:37.455Z",
      durationMs: 92443,
      endReason: { unified: "user_hangup", raw: "customer-ended-call" },
      recording: {
        url: "https://storage.vapi.ai/9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f-1725966997455-mono.wav",
      },
      cost: { total: 0.1634, currency: "USD" },
      usage: { llmInputTokens: 5240, llmOutputTokens: 212, ttsCharacters: 688 },
      analysis: {
        summary: "The customer moved their dental appointment to Friday at 10:00.",
        successful: true,
      },
      interruptions: 1,
      metadata: {
        orgId: "eb166faa-7145-46ef-8044-589b47ae3b56",
        phoneNumberId: "42b4b25d-031e-4786-857f-63b346c9580f",
        phoneCallProviderId: "CA5d7894e170fa53g5ddbe70b1068562fd",
        createdAt: "2024-09-10T11:15:02.118Z",
      },
      warnings: [],
    });
    // The agent's number is only referenced by phoneNumberId: `from` stays absent, not made up.
    expect("from" in call).toBe(false);
    expect(call.transcript).toHaveLength(6);
    expect(call.latency?.e2e?.p50).toBe(1110);
    expect(call.stack?.llm).toEqual({ provider: "openai", model: "gpt-4o" });
    expect(call.raw).toBe(realistic);
    expect(realistic).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("has no duration field: durationMs is endedAt − startedAt, absent when either is missing", () => {
    expect(normalizeVapiCall({ ...realistic, endedAt: undefined }).durationMs).toBeUndefined();
    expect(normalizeVapiCall({ ...realistic, startedAt: undefined }).durationMs).toBeUndefined();
    expect(normalizeVapiCall(queued).durationMs).toBeUndefined();
    const reversed = normalizeVapiCall({ ...realistic, endedAt: "2024-09-10T11:15:00.000Z" });
    expect(reversed.durationMs).toBeUndefined();
  });

  it("normalizes the docs' queued call (https://docs.vapi.ai/calls/call-features)", () => {
    const call = normalizeCall("vapi", queued);
    expect(call).toMatchObject({
      id: "7420f27a-30fd-4f49-a995-5549ae7cc00d",
      status: { unified: "queued", raw: "queued" },
      channel: "phone",
      direction: "outbound",
      to: "+12345678913",
      cost: { total: 0, currency: "USD", breakdown: {} },
      transcript: [],
      warnings: [],
    });
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes the docs' WebSocket call as a web call without direction", () => {
    const call = normalizeVapiCall(websocket);
    expect(call).toMatchObject({ channel: "web", status: { unified: "queued" }, warnings: [] });
    expect(call.direction).toBeUndefined();
  });

  it("normalizes the docs' partial forwarded call, saying what is missing", () => {
    const call = normalizeVapiCall(forwarding);
    expect(call).toMatchObject({
      id: "ca123456xxxxx",
      agentId: "",
      status: { unified: "ended", raw: "ended" },
      endReason: { unified: "transfer", raw: "assistant-forwarded-call" },
      metadata: { phoneCallProviderId: "twilio_call_abc123" },
    });
    expect(call.warnings).toEqual([
      'assistantId: missing (no assistantId, squadId or workflowId: a transient assistant?); agentId is ""',
      'type: missing; channel inferred as "web", direction unknown',
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("takes squadId or workflowId as the agent when there is no assistantId", () => {
    const { assistantId: _omit, ...rest } = realistic;
    expect(normalizeVapiCall({ ...rest, squadId: "squad_1" }).agentId).toBe("squad_1");
    expect(normalizeVapiCall({ ...rest, workflowId: "wf_1" }).agentId).toBe("wf_1");
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [{ ...realistic, id: undefined }, "id", "is required but missing"],
    [{ ...realistic, id: 7 }, "id", "expected a non-empty string, got number 7"],
    [{ ...realistic, assistantId: ["a"] }, "assistantId", "expected a non-empty string, got an array"],
  ])("throws NormalizeError with provider and path for %#", (input, path, problem) => {
    const error = (() => {
      try {
        normalizeVapiCall(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({
      provider: "vapi",
      path,
      message: `vapi: ${path ? `${path}: ` : ""}${problem}`,
    });
  });
});
