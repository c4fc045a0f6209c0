import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import chat from "./__fixtures__/webhook-chat-message-completed.json" with { type: "json" };
import ended from "./__fixtures__/webhook-voice-call-ended.json" with { type: "json" };
import started from "./__fixtures__/webhook-voice-call-started.json" with { type: "json" };
import { normalizeThinnestAIWebhook } from "./normalize-thinnestai-webhook.js";

describe("normalizeThinnestAIWebhook (https://docs.thinnest.ai/api-reference/webhooks/overview)", () => {
  it("maps voice.call.ended to call.ended with duration in ms and the envelope's agent and time", () => {
    const event = normalizeThinnestAIWebhook(ended);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      provider: "thinnestai",
      type: "call.ended",
      raw: { type: "voice.call.ended", payload: ended },
      occurredAt: "2026-03-16T10:34:05.000Z",
      callId: "call_abc123",
      call: { id: "call_abc123", agentId: "42", status: { unified: "ended" }, durationMs: 245_000 },
      warnings: [],
    });
  });

  it("maps voice.call.started to call.started (in progress)", () => {
    const event = normalizeThinnestAIWebhook(started);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({ type: "call.started", call: { status: { unified: "in_progress" } } });
  });

  it("keeps the docs' chat.message.completed example as an `other` event without a call", () => {
    const event = normalizeThinnestAIWebhook(chat);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toEqual({
      provider: "thinnestai",
      type: "other",
      raw: { type: "chat.message.completed", payload: chat },
      occurredAt: "2026-03-16T10:30:00.000Z",
      warnings: [],
    });
  });

  it("reads an integer data.id, and warns when a voice event carries no call id", () => {
    expect(normalizeThinnestAIWebhook({ ...ended, data: { id: 9 } }).callId).toBe("9");
    const event = normalizeThinnestAIWebhook({ ...ended, data: { duration: 3 } });
    expect(event.call).toBeUndefined();
    expect(event.warnings[0]).toMatch(/^data: no call id/);
  });

  it("refuses an envelope without event", () => {
    expect(() => normalizeThinnestAIWebhook({ data: {} })).toThrow(NormalizeError);
  });
});
