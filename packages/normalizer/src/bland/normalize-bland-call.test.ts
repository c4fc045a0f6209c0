import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeUnknownCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { normalizeBlandCall } from "./normalize-bland-call.js";

describe("normalizeBlandCall", () => {
  it("normalizes the Call Details example 12345678-…-789012", () => {
    const before = structuredClone(seed);
    const call = normalizeBlandCall(seed);
    expect(call).toMatchObject({
      provider: "bland",
      id: "12345678-1234-1234-1234-123456789012",
      agentId: "b1693602-c05e-4b5c-b187-d0189a42aebf",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended", raw: "completed" },
      from: "+17163511654",
      to: "+12223334444",
      startedAt: "2024-04-27T23:51:25.000Z",
      endedAt: "2024-04-27T23:52:10.000Z",
      durationMs: 45_000,
      endReason: { unified: "transfer", raw: "MERGED" }, // warm_transfer_call.state
      cost: { total: 0.068, currency: "USD", breakdown: {} },
      metadata: {
        answered_by: "human",
        end_at: "2024-04-27T23:52:10.000Z",
        max_duration: 30,
        pathway_version: 1,
        variables: { city: "SAN FRANCISCO", input: { date: "2024-04-28", rooms: 3 } },
        request_data: { phone_number: "+12223334444", wait: true, language: "ENG" },
      },
      warnings: [],
    });
    expect(call.transcript?.map((t) => t.startMs)).toEqual([3568, 5689]);
    expect(call.recording).toBeUndefined(); // recording_url: null (record: false)
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes the post-call webhook: endedAt from the duration, not from end_at", () => {
    const call = normalizeBlandCall(postCall);
    expect(call).toMatchObject({
      id: "12345678-1234-1234-1234-123456789012",
      agentId: "b71c4c5c-33e3-496b-a5f4-91b7e8e6a931",
      startedAt: "2025-09-12T20:39:03.168Z",
      endedAt: "2025-09-12T20:39:14.168Z", // + corrected_duration "11"; end_at says 20:39:21
      durationMs: 11_000,
      endReason: { unified: "transfer", raw: "+12345678909" },
      recording: { url: "https://api.twilio.com/2010-04-01/Accounts/ACexample123/Recordings/REexample456" },
      cost: { total: 0.017, currency: "USD" },
      analysis: { tags: ["COMPLETED_ACTION"] },
      metadata: {
        metadata: { campaign_type: "test_calls", environment: "production", call_purpose: "system_test" },
        batch_id: "7c42b56e-3a1d-4f8f-9a37-1ce89d29f204",
        pathway_tags: ["Intro Node", "Call Completion"],
        error_message: "Account not allowed to call +12345678901",
        recording_expiration: "2030-10-15T17:20:55.779Z",
      },
      warnings: [],
    });
    expect(call.transcript).toHaveLength(5);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes the delayed webhook with citations and corrected transcript", () => {
    const call = normalizeBlandCall(delayed);
    expect(call).toMatchObject({ durationMs: 19_000, to: "+447931841239", warnings: [] });
    expect(call.transcript).toHaveLength(4);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("normalizes a List Calls row (no transcripts, no status): queue_status, call_length in minutes", () => {
    const call = normalizeBlandCall(listSeed.calls[0]);
    expect(call).toMatchObject({
      id: "c1234567-89ab-cdef-0123-456789abcdef",
      agentId: "",
      status: { unified: "ended", raw: "complete" },
      durationMs: 50_040,
      detail: "summary",
    });
    expect(call.transcript).toBeUndefined(); // a summary row, not a call where nobody spoke
    expect(call.direction).toBeUndefined();
    expect(call.startedAt).toBeUndefined();
    expect(call.warnings).toEqual([
      'to: "5551234567" is not an E.164 number; kept as given',
      "pathway_id: absent, and not an inbound call: Bland names no agent for this call; agentId is empty",
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("uses the called number as the agent of an inbound call without a pathway", () => {
    const { pathway_id: _drop, ...noPathway } = seed;
    const call = normalizeBlandCall({ ...noPathway, inbound: true, to: "+14155550100" });
    expect(call).toMatchObject({ agentId: "+14155550100", direction: "inbound" });
  });

  it("is what normalizeCall('bland', …) returns", () => {
    expect(normalizeUnknownCall("bland", seed)).toEqual(normalizeBlandCall(seed));
  });

  it("accepts an integer call_id (the reference types it as number)", () => {
    expect(normalizeBlandCall({ ...seed, call_id: 42 }).id).toBe("42");
  });

  it("throws NormalizeError naming call_id when it is missing, and hints at a whole List response", () => {
    const { call_id: _drop, ...noId } = seed;
    expect(() => normalizeBlandCall(noId)).toThrow(NormalizeError);
    expect(() => normalizeBlandCall(noId)).toThrow("bland: call_id: is required but missing");
    expect(() => normalizeBlandCall(listSeed)).toThrow(/List Calls response: normalize each of its `calls`/);
    expect(() => normalizeBlandCall("call")).toThrow(/bland: expected a call object/);
  });
});
