import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import spec from "./generated/bland.spec.js";
import { validateBlandWebhook } from "./validation.js";
import { signBlandWebhook, unwrapBlandWebhook, verifyBlandWebhook } from "./webhooks.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

// Bland publishes no signature test vector (https://docs.bland.ai/tutorials/webhook-signing): this one was computed
// independently with `printf '<BODY>' | openssl dgst -sha256 -hmac bland-secret`.
const BODY = '{"call_id":"c1","status":"completed"}';
const SECRET = "bland-secret";
const DIGEST = "d2acef4b042cd627ff917564efb681d24080fe8ee2893fc4054f769c90b58a4b";
const headers = (signature: string | null = DIGEST) =>
  signature === null ? {} : { "x-webhook-signature": signature };

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

describe("verifyBlandWebhook (https://docs.bland.ai/tutorials/webhook-signing)", () => {
  it("accepts the known-answer signature over string, bytes, ArrayBuffer and Headers (any hex case)", async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const body of [BODY, bytes, bytes.buffer]) {
      expect(await reason(verifyBlandWebhook({ body, headers: headers(), secret: SECRET }))).toBe("accepted");
    }
    const h = new Headers({ "X-Webhook-Signature": DIGEST.toUpperCase() });
    expect(await reason(verifyBlandWebhook({ body: BODY, headers: h, secret: SECRET }))).toBe("accepted");
    expect(await signBlandWebhook({ body: BODY, secret: SECRET })).toEqual({ "X-Webhook-Signature": DIGEST });
  });

  it("accepts a pretty-printed body signed in its compact JSON.stringify form, as Bland's sample computes it", async () => {
    const pretty = '{"call_id": "c1", "status": "completed"}';
    expect(await reason(verifyBlandWebhook({ body: pretty, headers: headers(), secret: SECRET }))).toBe(
      "accepted",
    );
    // …and one signed over its own raw bytes (openssl, as above, on the pretty text).
    const raw = "db821e69ff12f985edad70dd7133b108b0fb981d22c8380e6a299456f73a2e33";
    expect(await reason(verifyBlandWebhook({ body: pretty, headers: headers(raw), secret: SECRET }))).toBe(
      "accepted",
    );
  });

  it.each([
    ["a tampered body", { body: BODY.replace("completed", "failed") }, "bad_signature"],
    ["a wrong secret", { secret: "bland-secreT" }, "bad_signature"],
    ["a truncated signature", { headers: headers(DIGEST.slice(0, 63)) }, "bad_signature"],
    ["a signature that is not hex", { headers: headers("z".repeat(64)) }, "bad_signature"],
    ["a missing header", { headers: headers(null) }, "missing_signature"],
    ["an empty header", { headers: headers(" ") }, "missing_signature"],
  ])("refuses %s", async (_, over, expected) => {
    const input = { body: BODY, headers: headers(), secret: SECRET, ...over };
    expect(await reason(verifyBlandWebhook(input))).toBe(expected);
  });

  it("refuses an empty secret as a configuration error", async () => {
    await expect(verifyBlandWebhook({ body: BODY, headers: headers(), secret: "" })).rejects.toThrow(/empty/);
  });
});

describe("unwrapBlandWebhook", () => {
  it("returns the parsed body", async () => {
    const event = await unwrapBlandWebhook({ body: BODY, headers: headers(), secret: SECRET });
    expect(event.call_id).toBe("c1");
  });

  it.each([["[1]"], ['{"status":"completed"}'], ["not json"]])(
    "refuses the signed body %s as malformed",
    async (body) => {
      const signed = await signBlandWebhook({ body, secret: SECRET });
      expect(await reason(unwrapBlandWebhook({ body, headers: signed, secret: SECRET }))).toBe("malformed");
    },
  );
});

describe("webhooks in specs/bland.yaml", () => {
  const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
  it("models the post-call webhook and live call events", () => {
    expect(Object.keys(webhooks)).toEqual(["postCall", "callEvent"]);
  });

  it.each(Object.keys(webhooks))("every example of %s validates against its schema", async (name) => {
    const validate = await validateBlandWebhook(name);
    const examples = webhooks[name]?.post.requestBody.content["application/json"]?.examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const example of Object.values(examples)) expect(validate(example.value)).toEqual([]);
  });
});

describe("verifyBlandWebhook: a body that repeats a key", () => {
  const SECRET_ = "bland_dup_secret_0123456789";
  it.each([
    ['{"call_id":"real","call_id":"injected","status":"completed"}', "call_id"],
    ['{"call_id":"c1","variables":{"amount":1,"amount":1000}}', "amount"],
    ['{"call_id":"c1","\\u0063all_id":"c2"}', "call_id"],
  ])("%s is refused as malformed, even signed over its raw bytes", async (body, key) => {
    const headers = await signBlandWebhook({ body, secret: SECRET_ });
    const error = await verifyBlandWebhook({ body, headers, secret: SECRET_ }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ reason: "malformed" });
    expect((error as Error).message).toContain(JSON.stringify(key));
    await expect(unwrapBlandWebhook({ body, headers, secret: SECRET_ })).rejects.toMatchObject({
      reason: "malformed",
    });
  });

  it("the same key in different objects is fine", async () => {
    const body = '{"call_id":"c1","a":{"id":1},"b":{"id":2}}';
    const headers = await signBlandWebhook({ body, secret: SECRET_ });
    await expect(verifyBlandWebhook({ body, headers, secret: SECRET_ })).resolves.toBeUndefined();
  });
});
