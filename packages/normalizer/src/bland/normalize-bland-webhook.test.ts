import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import latency from "./__fixtures__/webhook-event-latency.docs.json" with { type: "json" };
import queue from "./__fixtures__/webhook-event-queue.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { normalizeBlandCall } from "./normalize-bland-call.js";
import { normalizeBlandWebhook } from "./normalize-bland-webhook.js";

describe("normalizeBlandWebhook", () => {
  it("maps the post-call webhook to call.ended with the call as Get Call normalizes it (https://docs.bland.ai/tutorials/post-call-webhooks)", () => {
    const event = normalizeBlandWebhook(postCall);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    const call = normalizeBlandCall(postCall);
    expect(event).toEqual({
      provider: "bland",
      type: "call.ended",
      raw: { type: "post-call", payload: postCall },
      occurredAt: call.endedAt,
      callId: "12345678-1234-1234-1234-123456789012",
      call,
      warnings: [],
    });
    expect(call.durationMs).toBe(11_000); // corrected_duration "11" (seconds)
  });

  it("names the delayed delivery by its event_type", () => {
    const event = normalizeBlandWebhook(delayed);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event.type).toBe("call.ended");
    expect(event.raw.type).toBe((delayed as { event_type?: string }).event_type ?? "post-call");
  });

  it("maps live call events (https://docs.bland.ai/api-v1/post/calls): queue → call.status, latency → other", () => {
    const status = normalizeBlandWebhook(queue);
    expect(unifiedWebhookEventErrors(status)).toEqual([]);
    expect(status).toEqual({
      provider: "bland",
      type: "call.status",
      raw: { type: "queue", payload: queue },
      callId: queue.call_id,
      call: { provider: "bland", id: queue.call_id, raw: queue, warnings: [] },
      warnings: [],
    });
    const log = normalizeBlandWebhook(latency);
    expect(unifiedWebhookEventErrors(log)).toEqual([]);
    expect(log).toEqual({
      provider: "bland",
      type: "other",
      raw: { type: "latency", payload: latency },
      callId: latency.call_id,
      warnings: [],
    });
  });

  it("refuses a body without call_id", () => {
    expect(() => normalizeBlandWebhook({ category: "queue", message: "x" })).toThrow(NormalizeError);
    expect(() => normalizeBlandWebhook({ status: "completed" })).toThrow(
      expect.objectContaining({ path: "call_id" }),
    );
  });
});
