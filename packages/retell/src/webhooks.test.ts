import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import spec from "./generated/retell.spec.js";
import { validateRetellWebhook } from "./validation.js";
import { signRetellWebhook, unwrapRetellWebhook, verifyRetellWebhook } from "./webhooks.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

// Retell's own known-answer vector: the webhook test of its TypeScript SDK
// (https://github.com/RetellAI/retell-typescript-sdk, tests/webhook-auth.test.ts) signs this body with the key
// "test-api-key" at 1700000000000 ms.
const BODY = '{"event":"call_ended"}';
const SECRET = "test-api-key";
const TS = 1_700_000_000_000;
const DIGEST = "07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e";
const headers = (signature: string | null = `v=${TS},d=${DIGEST}`) =>
  signature === null ? {} : { "x-retell-signature": signature };

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

describe("verifyRetellWebhook (https://docs.retellai.com/features/secure-webhook)", () => {
  it("accepts the SDK's known-answer signature over string, bytes, ArrayBuffer and Headers", async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const body of [BODY, bytes, bytes.buffer]) {
      expect(await reason(verifyRetellWebhook({ body, headers: headers(), secret: SECRET, now: TS }))).toBe(
        "accepted",
      );
    }
    const h = new Headers({ "X-Retell-Signature": `v=${TS},d=${DIGEST.toUpperCase()}` });
    expect(await reason(verifyRetellWebhook({ body: BODY, headers: h, secret: SECRET, now: TS }))).toBe(
      "accepted",
    );
  });

  it("signs exactly as it verifies (signRetellWebhook reproduces the known answer)", async () => {
    expect(await signRetellWebhook({ body: BODY, secret: SECRET, timestamp: TS })).toEqual({
      "x-retell-signature": `v=${TS},d=${DIGEST}`,
    });
  });

  it.each([
    ["a tampered body", { body: BODY.replace("ended", "started") }, "bad_signature"],
    ["a re-serialised body", { body: JSON.stringify(JSON.parse(BODY), null, 1) }, "bad_signature"],
    ["a wrong key", { secret: "test-api-kez" }, "bad_signature"],
    ["a changed timestamp", { headers: headers(`v=${TS + 1},d=${DIGEST}`) }, "bad_signature"],
    ["a missing header", { headers: headers(null) }, "missing_signature"],
    ["an empty header", { headers: headers("") }, "missing_signature"],
    ["a header without v=", { headers: headers(`d=${DIGEST}`) }, "malformed"],
    ["a non-integer timestamp", { headers: headers(`v=soon,d=${DIGEST}`) }, "malformed"],
    ["a digest that is not hex", { headers: headers(`v=${TS},d=xyz`) }, "malformed"],
    ["a digest missing a byte", { headers: headers(`v=${TS},d=${DIGEST.slice(2)}`) }, "bad_signature"],
    ["a 24-digit timestamp", { headers: headers(`v=999999999999999999999999,d=${DIGEST}`) }, "malformed"],
    ["a prefixed header", { headers: headers(`prefix-v=${TS},d=${DIGEST}`) }, "malformed"],
    ["a timestamp 5 min + 1 ms old", { now: TS + 300_001 }, "stale_timestamp"],
    ["a timestamp 5 min + 1 ms in the future", { now: TS - 300_001 }, "stale_timestamp"],
  ])("refuses %s", async (_, over, expected) => {
    const input = { body: BODY, headers: headers(), secret: SECRET, now: TS, ...over };
    expect(await reason(verifyRetellWebhook(input))).toBe(expected);
  });

  it("accepts the edges of the ±5 min window, and a wider configured one", async () => {
    for (const now of [TS + 300_000, TS - 300_000]) {
      expect(await reason(verifyRetellWebhook({ body: BODY, headers: headers(), secret: SECRET, now }))).toBe(
        "accepted",
      );
    }
    const late = { body: BODY, headers: headers(), secret: SECRET, now: TS + 600_000 };
    expect(await reason(verifyRetellWebhook({ ...late, toleranceSeconds: 600 }))).toBe("accepted");
  });

  it("refuses an empty key as a configuration error", async () => {
    await expect(verifyRetellWebhook({ body: BODY, headers: headers(), secret: "" })).rejects.toThrow(
      /empty/,
    );
  });
});

describe("unwrapRetellWebhook", () => {
  it("returns the typed { event, call } body", async () => {
    const body = JSON.stringify({ event: "call_started", call: { call_id: "c1", call_type: "web_call" } });
    const signed = await signRetellWebhook({ body, secret: SECRET, timestamp: TS });
    const event = await unwrapRetellWebhook({ body, headers: signed, secret: SECRET, now: TS });
    expect(event.event).toBe("call_started");
    expect(event.call.call_id).toBe("c1");
  });

  it.each([["[1]"], ['{"call":{}}'], ["{"]])("refuses the signed body %s as malformed", async (body) => {
    const signed = await signRetellWebhook({ body, secret: SECRET, timestamp: TS });
    expect(await reason(unwrapRetellWebhook({ body, headers: signed, secret: SECRET, now: TS }))).toBe(
      "malformed",
    );
  });
});

describe("webhooks in specs/retell.yaml", () => {
  const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
  it("models call_started, call_ended and call_analyzed", () => {
    expect(Object.keys(webhooks)).toEqual(["call_started", "call_ended", "call_analyzed"]);
  });

  it.each(Object.keys(webhooks))("every example of %s validates against its schema", async (name) => {
    const validate = await validateRetellWebhook(name);
    const examples = webhooks[name]?.post.requestBody.content["application/json"]?.examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const example of Object.values(examples)) expect(validate(example.value)).toEqual([]);
    expect(validate({ event: name })).not.toEqual([]); // call is required
  });
});
