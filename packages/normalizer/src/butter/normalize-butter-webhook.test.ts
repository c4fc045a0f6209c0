import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import documented from "./__fixtures__/webhook-call-status.json" with { type: "json" };
import { normalizeButterWebhook } from "./normalize-butter-webhook.js";

describe("normalizeButterWebhook (https://docs.getbutter.ai/advanced/webhooks)", () => {
  it("maps the docs' completed status to call.ended with the duration in ms", () => {
    const event = normalizeButterWebhook(documented);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toEqual({
      provider: "butter",
      type: "call.ended",
      raw: { type: "completed", payload: documented },
      occurredAt: "2024-01-01T12:00:45.000Z",
      callId: "call_123456",
      call: {
        provider: "butter",
        id: "call_123456",
        status: { unified: "ended", raw: "completed" },
        durationMs: 45_000,
        raw: documented,
        warnings: [],
      },
      warnings: [],
    });
  });

  it.each([
    ["initiated", "call.status", "queued", undefined],
    ["ringing", "call.status", "ringing", undefined],
    ["in-progress", "call.started", "in_progress", undefined],
    ["busy", "call.ended", "not_connected", "busy"],
    ["no-answer", "call.ended", "not_connected", "no_answer"],
    ["failed", "call.ended", "error", "error"],
    ["canceled", "call.ended", "not_connected", undefined],
  ])("maps status %s to %s, status %s, end reason %s", (status, type, unified, reason) => {
    const payload = { call_sid: "c1", status, duration: null, error_code: 486, error_message: "Busy Here" };
    const event = normalizeButterWebhook(payload);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event.type).toBe(type);
    expect(event.call?.status).toEqual({ unified, raw: status });
    expect(event.call?.endReason?.unified).toBe(reason);
    expect(event.call?.durationMs).toBeUndefined(); // null duration stays absent, never 0
    expect(event.call?.metadata).toEqual({ error_code: 486, error_message: "Busy Here" });
  });

  it("refuses a status event without call_sid", () => {
    expect(() => normalizeButterWebhook({ status: "completed" })).toThrow(NormalizeError);
  });
});
