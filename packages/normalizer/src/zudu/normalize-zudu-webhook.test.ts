import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedWebhookEventErrors } from "../test-support/unified-schema.js";
import body from "./__fixtures__/webhook-post-call.json" with { type: "json" };
import { normalizeZuduCall } from "./normalize-zudu-call.js";
import { normalizeZuduWebhook } from "./normalize-zudu-webhook.js";

describe("normalizeZuduWebhook (body undocumented: accepted leniently)", () => {
  it("normalizes a bare call object as a post-call call.ended event", () => {
    const event = normalizeZuduWebhook(body);
    expect(unifiedWebhookEventErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      provider: "zudu",
      type: "call.ended",
      raw: { type: "post-call", payload: body },
      callId: "call-456",
      occurredAt: "2023-12-20T18:45:00.000Z",
    });
    expect(event.call).toEqual(normalizeZuduCall(body));
  });

  it("finds the call in a {event, call} or {data} envelope and honours a Retell-style event name", () => {
    const analyzed = normalizeZuduWebhook({ event: "call_analyzed", call: body });
    expect(analyzed).toMatchObject({
      type: "call.analyzed",
      raw: { type: "call_analyzed" },
      callId: "call-456",
    });
    expect(normalizeZuduWebhook({ data: body }).callId).toBe("call-456");
    const odd = normalizeZuduWebhook({ event: "call_paused", call: body });
    expect(odd.type).toBe("other");
    expect(odd.warnings).toEqual(['event: unknown event "call_paused"; mapped to "other"']);
  });

  it("refuses a body without a call id", () => {
    expect(() => normalizeZuduWebhook({ hello: "world" })).toThrow(NormalizeError);
  });
});
