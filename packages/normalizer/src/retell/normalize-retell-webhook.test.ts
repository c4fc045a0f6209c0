import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import analyzed from "./__fixtures__/webhook-call-analyzed.json" with { type: "json" };
import ended from "./__fixtures__/webhook-call-ended.seed.json" with { type: "json" };
import started from "./__fixtures__/webhook-call-started.json" with { type: "json" };
import { normalizeRetellWebhook } from "./normalize-retell-webhook.js";

describe("normalizeRetellWebhook (https://docs.retellai.com/features/webhook-overview)", () => {
  it("maps call_ended (the overview page's example) to call.ended with the normalized call", () => {
    const event = normalizeRetellWebhook(ended);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      provider: "retell",
      type: "call.ended",
      raw: { type: "call_ended", payload: ended },
      occurredAt: new Date(1714608491736).toISOString(),
      callId: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
      call: {
        provider: "retell",
        id: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
        agentId: "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
        direction: "inbound",
        from: "+12137771234",
        durationMs: 1714608491736 - 1714608475945,
        endReason: { raw: "user_hangup" },
      },
      warnings: [],
    });
  });

  it("maps call_started to call.started at the call's start", () => {
    const event = normalizeRetellWebhook(started);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      type: "call.started",
      occurredAt: new Date(1714608475945).toISOString(),
      call: { status: { unified: "in_progress", raw: "ongoing" } },
    });
  });

  it("maps call_analyzed to call.analyzed with the analysis, and no event time", () => {
    const event = normalizeRetellWebhook(analyzed);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event.type).toBe("call.analyzed");
    expect(event.occurredAt).toBeUndefined();
    expect(event.call?.analysis).toBeDefined();
  });

  it("keeps other events (transcript_updated, transfers) as `other` with the call id and no call", () => {
    const event = normalizeRetellWebhook({ ...started, event: "transfer_started" });
    expect(event).toEqual({
      provider: "retell",
      type: "other",
      raw: { type: "transfer_started", payload: { ...started, event: "transfer_started" } },
      callId: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
      warnings: [],
    });
  });

  it("reads `event_type` (one docs page's spelling) with a warning", () => {
    const { event: _, ...rest } = ended;
    const event = normalizeRetellWebhook({ ...rest, event_type: "call_ended" });
    expect(event.type).toBe("call.ended");
    expect(event.warnings).toEqual(["event: missing; read from `event_type`"]);
  });

  it("refuses a body without event, and a call event without a usable call, naming the path", () => {
    expect(() => normalizeRetellWebhook({ call: ended.call })).toThrow(NormalizeError);
    expect(() => normalizeRetellWebhook({ event: "call_ended" })).toThrow(/retell: call: is required/);
    const { call_id: _, ...noId } = ended.call;
    expect(() => normalizeRetellWebhook({ event: "call_ended", call: noId })).toThrow(
      expect.objectContaining({ path: "call.call_id" }),
    );
  });
});
