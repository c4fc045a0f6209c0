import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import spec from "./generated/thinnestai.spec.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

import { validateThinnestAIWebhook } from "./validation.js";
import {
  signThinnestAIWebhook,
  thinnestAIDeliveryId,
  unwrapThinnestAIWebhook,
  verifyThinnestAIWebhook,
} from "./webhooks.js";

// The docs' payload example (https://docs.thinnest.ai/api-reference/webhooks/overview), compact, signed at its
// own time (2026-03-16T10:30:00Z = 1773657000 s) with the docs' example secret "a1b2c3d4e5f6". ThinnestAI
// publishes no signature test vector: the expected digest was computed independently with
// `printf '1773657000.<body>' | openssl dgst -sha256 -hmac a1b2c3d4e5f6`.
const BODY =
  '{"event":"chat.message.completed","timestamp":"2026-03-16T10:30:00.000Z","agent_id":42,"data":{"session_id":"sess_abc123","message":"Hello! How can I help?","tokens_used":150}}';
const SECRET = "a1b2c3d4e5f6";
const TS = 1773657000;
const DIGEST = "f65629caab40dac1d4eee04543fad32e1465fa46bdc773263c9ff7a440e96564";
const NOW = TS * 1000;
const headers = (over: Record<string, string | undefined> = {}) => ({
  "x-webhook-signature": `sha256=${DIGEST}`,
  "x-webhook-timestamp": String(TS),
  "x-webhook-event": "chat.message.completed",
  "x-webhook-delivery-id": "dlv_1",
  ...over,
});

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).not.toContain(SECRET);
    expect((error as Error).message).not.toContain(DIGEST);
    return (error as WebhookVerificationError).reason;
  }
  return "accepted";
}

describe("verifyThinnestAIWebhook", () => {
  it("accepts the known-answer signature over string, bytes and ArrayBuffer bodies, and Headers", async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const body of [BODY, bytes, bytes.buffer]) {
      await expect(
        verifyThinnestAIWebhook({ body, headers: headers(), secret: SECRET, now: NOW }),
      ).resolves.toBe(undefined);
    }
    await expect(
      verifyThinnestAIWebhook({ body: BODY, headers: new Headers(headers()), secret: SECRET, now: NOW }),
    ).resolves.toBe(undefined);
  });

  it("signs exactly as it verifies (signThinnestAIWebhook reproduces the known answer)", async () => {
    const signed = await signThinnestAIWebhook({ body: BODY, secret: SECRET, timestamp: TS });
    expect(signed["X-Webhook-Signature"]).toBe(`sha256=${DIGEST}`);
    expect(signed["X-Webhook-Timestamp"]).toBe(String(TS));
  });

  it.each([
    ["a tampered body", { body: BODY.replace("150", "151") }, "bad_signature"],
    ["a re-serialised body", { body: JSON.stringify(JSON.parse(BODY), null, 2) }, "bad_signature"],
    ["a wrong secret", { secret: "a1b2c3d4e5f7" }, "bad_signature"],
    ["a signature without sha256=", { headers: headers({ "x-webhook-signature": DIGEST }) }, "bad_signature"],
    ["a missing signature", { headers: headers({ "x-webhook-signature": undefined }) }, "missing_signature"],
    ["a missing timestamp", { headers: headers({ "x-webhook-timestamp": undefined }) }, "missing_signature"],
    ["a non-integer timestamp", { headers: headers({ "x-webhook-timestamp": "soon" }) }, "malformed"],
    ["a timestamp 301 s old", { now: NOW + 301_000 }, "stale_timestamp"],
    ["a timestamp 301 s in the future", { now: NOW - 301_000 }, "stale_timestamp"],
    [
      "the timestamp header changed",
      { headers: headers({ "x-webhook-timestamp": String(TS + 1) }) },
      "bad_signature",
    ],
  ])("refuses %s", async (_, over, expected) => {
    const input = { body: BODY, headers: headers(), secret: SECRET, now: NOW, ...over };
    expect(await reason(verifyThinnestAIWebhook(input))).toBe(expected);
  });

  it("accepts the edges of the ±300 s window", async () => {
    for (const now of [NOW + 300_000, NOW - 300_000]) {
      expect(
        await reason(verifyThinnestAIWebhook({ body: BODY, headers: headers(), secret: SECRET, now })),
      ).toBe("accepted");
    }
  });
});

describe("unwrapThinnestAIWebhook", () => {
  it("returns the typed envelope and exposes the delivery id", async () => {
    const event = await unwrapThinnestAIWebhook({ body: BODY, headers: headers(), secret: SECRET, now: NOW });
    expect(event.event).toBe("chat.message.completed");
    expect(event.agent_id).toBe(42);
    expect(thinnestAIDeliveryId(headers())).toBe("dlv_1");
  });

  it("refuses a signed body that is not a JSON envelope as malformed", async () => {
    const body = "[1,2]";
    const signed = await signThinnestAIWebhook({ body, secret: SECRET, timestamp: TS });
    expect(await reason(unwrapThinnestAIWebhook({ body, headers: signed, secret: SECRET, now: NOW }))).toBe(
      "malformed",
    );
  });
});

describe("webhooks in specs/thinnestai.yaml", () => {
  const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
  it("models voice.call.started, voice.call.ended and the generic envelope", () => {
    expect(Object.keys(webhooks)).toEqual(["voice.call.started", "voice.call.ended", "event"]);
  });

  it.each(Object.keys(webhooks))("every example of %s validates against its schema", async (name) => {
    const validate = await validateThinnestAIWebhook(name);
    const examples = webhooks[name]?.post.requestBody.content["application/json"]?.examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const example of Object.values(examples) as { value: unknown }[])
      expect(validate(example.value)).toEqual([]);
    expect(validate({ event: "voice.call.ended", data: {} })).not.toEqual([]); // timestamp is required
  });
});
