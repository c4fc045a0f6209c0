import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import failed from "./__fixtures__/webhook-end-of-call-report.failed.json" with { type: "json" };
import successful from "./__fixtures__/webhook-end-of-call-report.successful.json" with { type: "json" };
import withDuration from "./__fixtures__/webhook-end-of-call-report.with-duration.json" with { type: "json" };
import { normalizeOpenMicWebhook } from "./normalize-openmic-webhook.js";

describe("normalizeOpenMicWebhook (end-of-call-report, https://docs.openmic.ai/post-call-webhook)", () => {
  it("maps the docs' successful call to a call.ended event with a unified call", () => {
    const event = normalizeOpenMicWebhook(successful);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      provider: "openmic",
      type: "call.ended",
      raw: { type: "end-of-call-report", payload: successful },
      occurredAt: "2025-08-04T13:45:03.325Z",
      callId: "cmdx5w8oc0005q671s3cbg063",
      warnings: [],
    });
    expect(event.call).toMatchObject({
      id: "cmdx5w8oc0005q671s3cbg063",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended" },
      from: "+16167948654",
      to: "+916297653534",
      startedAt: "2025-08-04T13:44:26.604Z",
      endedAt: "2025-08-04T13:45:03.325Z",
      durationMs: 36721, // endedAt − createdAt, the docs' own rule, when callDuration is absent
      endReason: { unified: "user_hangup", raw: "user_ended_call" },
      analysis: { successful: false },
      metadata: { dynamic_variables: { customerName: "Soumyadip Moni" } },
    });
    expect(event.call?.transcript).toHaveLength(5);
    expect(event.call?.transcript?.[0]).toEqual({ role: "agent", text: "Hello I am Jay." });
    expect(event.call?.agentId).toBeUndefined(); // the webhook sends no agent id
  });

  it("prefers callDuration (H:MM:SS.ffffff) and maps the 2025-11 fields", () => {
    const event = normalizeOpenMicWebhook(withDuration);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event.call).toMatchObject({
      durationMs: 45723,
      analysis: {
        successful: true,
        evaluation: "The caller agreed to the reservation.",
        data: { product: "raisins" },
      },
      metadata: { call_pickup: "yes", session_type: "voice" },
    });
  });

  it("keeps the failed call's empty transcript empty (present, not absent)", () => {
    const event = normalizeOpenMicWebhook(failed);
    expect(event.call?.transcript).toEqual([]);
    expect(event.call?.analysis).toEqual({ summary: "Call failed: user_ended_call" });
  });

  it("marks dial failures as not connected", () => {
    const event = normalizeOpenMicWebhook({ ...failed, disconnectionReason: "dial_no_answer" });
    expect(event.call?.status).toEqual({ unified: "not_connected" });
    expect(event.call?.endReason).toEqual({ unified: "no_answer", raw: "dial_no_answer" });
  });

  it("does not modify the payload, and refuses one without sessionId", () => {
    const copy = structuredClone(successful);
    normalizeOpenMicWebhook(copy);
    expect(copy).toEqual(successful);
    expect(() => normalizeOpenMicWebhook({ type: "end-of-call-report" })).toThrow(NormalizeError);
  });
});
