import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import reportDocs from "./__fixtures__/webhook.end-of-call-report.queue-management.docs.json" with {
  type: "json",
};
import reportPlaceholder from "./__fixtures__/webhook.end-of-call-report.server-events.docs.json" with {
  type: "json",
};
import statusEnded from "./__fixtures__/webhook.status-update.ended.json" with { type: "json" };
import statusPlaceholder from "./__fixtures__/webhook.status-update.server-events.docs.json" with {
  type: "json",
};
import { normalizeVapiWebhook } from "./normalize-vapi-webhook.js";

describe("normalizeVapiWebhook (https://docs.vapi.ai/server-url/events)", () => {
  it("maps end-of-call-report to call.ended, the report's fields over the call", () => {
    const event = normalizeVapiWebhook(reportDocs);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event.type).toBe("call.ended");
    expect(event.raw).toEqual({ type: "end-of-call-report", payload: reportDocs });
    expect(event.callId).toBe(event.call?.id);
    expect(event.call?.status?.unified).toBe("ended");
  });

  it("maps status-update by status: ended → call.ended, in-progress → call.started, others → call.status", () => {
    const ended = normalizeVapiWebhook(statusEnded);
    expect(unifiedWebhookEventErrors(ended)).toEqual([]);
    expect(ended).toMatchObject({
      type: "call.ended",
      occurredAt: new Date(1725966947460).toISOString(),
      call: { status: { unified: "ended" }, endReason: { raw: "customer-ended-call" } },
    });
    const message = (status: string) => ({
      message: { ...statusEnded.message, status, endedReason: undefined },
    });
    expect(normalizeVapiWebhook(message("in-progress")).type).toBe("call.started");
    expect(normalizeVapiWebhook(message("ringing"))).toMatchObject({
      type: "call.status",
      call: { status: { raw: "ringing" } },
    });
  });

  it("keeps the docs' placeholder-call examples as events without a call, with a warning", () => {
    for (const [payload, type] of [
      [statusPlaceholder, "call.ended"],
      [reportPlaceholder, "call.ended"],
    ] as const) {
      const event = normalizeVapiWebhook(payload);
      expect(unifiedWebhookEventErrors(event)).toEqual([]);
      expect(event.type).toBe(type);
      expect(event.call).toBeUndefined();
      expect(event.warnings).toHaveLength(1);
      expect(event.warnings[0]).toMatch(/call could not be normalized/);
    }
  });

  it("maps other messages to `other` with the call id", () => {
    const payload = { message: { type: "transcript", timestamp: 1725966947460, call: { id: "c-1" } } };
    expect(normalizeVapiWebhook(payload)).toEqual({
      provider: "vapi",
      type: "other",
      raw: { type: "transcript", payload },
      occurredAt: "2024-09-10T11:15:47.460Z",
      callId: "c-1",
      warnings: [],
    });
  });

  it("refuses a body without a message object or type", () => {
    expect(() => normalizeVapiWebhook({})).toThrow(/vapi: message: is required/);
    expect(() => normalizeVapiWebhook({ message: [] })).toThrow(NormalizeError);
    expect(() => normalizeVapiWebhook({ message: { type: 3 } })).toThrow(
      expect.objectContaining({ path: "message.type" }),
    );
  });
});
