import { createHmac } from "node:crypto";
import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import spec from "./generated/vapi.spec.js";
import { validateVapiWebhook } from "./validation.js";
import { signVapiWebhook, unwrapVapiWebhook, type VapiWebhookInput, verifyVapiWebhook } from "./webhooks.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

// Vapi publishes no HMAC test vector (https://docs.vapi.ai/server-url/server-authentication): this one, for the
// default plan (SHA-256, hex, "{timestamp}.{body}"), was computed independently with
// `printf '1700000000000.<BODY>' | openssl dgst -sha256 -hmac vapi-secret`.
const BODY = '{"message":{"type":"status-update","status":"ended"}}';
const SECRET = "vapi-secret";
const TS = 1_700_000_000_000;
const DIGEST = "588288d67edaea6c4aa0eee593a8538ebc0667a3b82bfb75bdff2ec992d548cb";
const hmacHeaders = (over: Record<string, string | undefined> = {}) => ({
  "x-signature": DIGEST,
  "x-timestamp": String(TS),
  ...over,
});
const base: VapiWebhookInput = {
  body: BODY,
  headers: hmacHeaders(),
  scheme: "hmac",
  secret: SECRET,
  now: TS,
};

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

describe("verifyVapiWebhook, HMAC (https://docs.vapi.ai/server-url/server-authentication)", () => {
  it("accepts the known-answer signature over string, bytes and Headers", async () => {
    for (const body of [BODY, new TextEncoder().encode(BODY)]) {
      expect(await reason(verifyVapiWebhook({ ...base, body }))).toBe("accepted");
    }
    expect(await reason(verifyVapiWebhook({ ...base, headers: new Headers(hmacHeaders()) }))).toBe(
      "accepted",
    );
    expect(await signVapiWebhook({ body: BODY, secret: SECRET, scheme: "hmac", timestamp: TS })).toEqual({
      "x-signature": DIGEST,
      "x-timestamp": String(TS),
    });
  });

  it("reads a timestamp in seconds too, and honours non-default plan settings", async () => {
    const seconds = await signVapiWebhook({
      body: BODY,
      secret: SECRET,
      scheme: "hmac",
      timestamp: TS / 1000,
    });
    expect(await reason(verifyVapiWebhook({ ...base, headers: seconds }))).toBe("accepted");
    const plan = {
      algorithm: "sha512",
      signatureEncoding: "base64",
      signaturePrefix: "sha512=",
      signatureHeader: "x-vapi-signature",
      secretIsBase64: true,
    } as const;
    const secret = btoa("raw key bytes");
    const signed = await signVapiWebhook({ body: BODY, secret, scheme: "hmac", hmac: plan, timestamp: TS });
    expect(signed["x-vapi-signature"]).toMatch(/^sha512=[A-Za-z0-9+/]{86}==$/);
    expect(await reason(verifyVapiWebhook({ ...base, secret, hmac: plan, headers: signed }))).toBe(
      "accepted",
    );
    const noTs = { includeTimestamp: false } as const;
    const bodyOnly = await signVapiWebhook({ body: BODY, secret: SECRET, scheme: "hmac", hmac: noTs });
    expect(bodyOnly["x-timestamp"]).toBeUndefined();
    expect(await reason(verifyVapiWebhook({ ...base, hmac: noTs, headers: bodyOnly, now: 0 }))).toBe(
      "accepted",
    );
  });

  it.each([
    ["a tampered body", { body: BODY.replace("ended", "queued") }, "bad_signature"],
    ["a wrong secret", { secret: "vapi-secreT" }, "bad_signature"],
    ["a changed timestamp", { headers: hmacHeaders({ "x-timestamp": String(TS + 1) }) }, "bad_signature"],
    ["a missing signature", { headers: hmacHeaders({ "x-signature": undefined }) }, "missing_signature"],
    ["a missing timestamp", { headers: hmacHeaders({ "x-timestamp": undefined }) }, "missing_signature"],
    ["a non-integer timestamp", { headers: hmacHeaders({ "x-timestamp": "now" }) }, "malformed"],
    ["a prefix that is absent", { hmac: { signaturePrefix: "sha256=" } }, "bad_signature"],
    ["a timestamp 301 s old", { now: TS + 301_000 }, "stale_timestamp"],
    ["a timestamp 301 s in the future", { now: TS - 301_000 }, "stale_timestamp"],
  ])("refuses %s", async (_, over, expected) => {
    expect(await reason(verifyVapiWebhook({ ...base, ...over }))).toBe(expected);
  });

  it("accepts the edges of the ±300 s window", async () => {
    for (const now of [TS + 300_000, TS - 300_000]) {
      expect(await reason(verifyVapiWebhook({ ...base, now }))).toBe("accepted");
    }
  });
});

describe("verifyVapiWebhook, Bearer token and X-Vapi-Secret", () => {
  it.each([
    ["bearer", { authorization: `Bearer ${SECRET}` }, "accepted"],
    ["bearer", { authorization: "Bearer wrong" }, "bad_signature"],
    ["bearer", {}, "missing_signature"],
    ["bearer", { "x-vapi-secret": SECRET }, "missing_signature"],
    ["x-vapi-secret", { "X-Vapi-Secret": SECRET }, "accepted"],
    ["x-vapi-secret", { "x-vapi-secret": `${SECRET}x` }, "bad_signature"],
    ["x-vapi-secret", { authorization: `Bearer ${SECRET}` }, "missing_signature"],
  ] as const)("%s with %j → %s", async (scheme, headers, expected) => {
    expect(await reason(verifyVapiWebhook({ body: BODY, headers, scheme, secret: SECRET }))).toBe(expected);
  });

  it("reads a custom bearer header, and signs as it verifies", async () => {
    const headers = { "x-my-token": SECRET };
    const input = {
      body: BODY,
      headers,
      scheme: "bearer",
      secret: SECRET,
      bearerHeader: "x-my-token",
    } as const;
    expect(await reason(verifyVapiWebhook(input))).toBe("accepted");
    for (const scheme of ["bearer", "x-vapi-secret"] as const) {
      const signed = await signVapiWebhook({ body: BODY, secret: SECRET, scheme });
      expect(await reason(verifyVapiWebhook({ body: BODY, headers: signed, scheme, secret: SECRET }))).toBe(
        "accepted",
      );
    }
  });

  it("refuses an empty secret or unknown scheme as configuration errors", async () => {
    await expect(verifyVapiWebhook({ ...base, secret: "" })).rejects.toThrow(/empty/);
    await expect(verifyVapiWebhook({ ...base, scheme: "oauth" as "hmac" })).rejects.toThrow(
      /unknown webhook scheme/,
    );
  });
});

describe("unwrapVapiWebhook", () => {
  it("returns the { message } body", async () => {
    const event = await unwrapVapiWebhook(base);
    expect(event.message.type).toBe("status-update");
  });

  it.each([["[1]"], ['{"type":"status-update"}'], ['{"message":{"type":""}}']])(
    "refuses the signed body %s as malformed",
    async (body) => {
      const signed = await signVapiWebhook({ body, secret: SECRET, scheme: "hmac", timestamp: TS });
      expect(await reason(unwrapVapiWebhook({ ...base, body, headers: signed }))).toBe("malformed");
    },
  );
});

describe("webhooks in specs/vapi.yaml", () => {
  const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
  it.each(Object.keys(webhooks))("every example of %s validates against its schema", async (name) => {
    const validate = await validateVapiWebhook(name);
    const examples = webhooks[name]?.post.requestBody.content["application/json"]?.examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const example of Object.values(examples)) expect(validate(example.value)).toEqual([]);
    expect(validate({})).not.toEqual([]); // message is required
  });
});

describe("verifyVapiWebhook, custom HMAC payload formats (HMACAuthenticationPlan.payloadFormat)", () => {
  // Known answers computed with node:crypto from Vapi's documented scheme: the payloadFormat with {body},
  // {timestamp}, {method}, {url} and {svix-id} replaced, HMAC'd with the secret
  // (https://docs.vapi.ai/api-reference/credentials/create, HMACAuthenticationPlan).
  const SECRET = "vapi_custom_format_secret";
  const BODY = '{"message":{"type":"status-update","status":"ended"}}';
  const URL_ = "https://hooks.example.com/webhooks/vapi?team=7";
  const NOW = 1_767_225_600_000;
  const known = (
    text: string,
    algorithm = "sha256",
    encoding: "hex" | "base64" = "hex",
    key: string | Buffer = SECRET,
  ) => createHmac(algorithm, key).update(text).digest(encoding);

  it("signs {method}, {url}, {timestamp} and {body} in the credential's order", async () => {
    const hmac = { payloadFormat: "{method}\n{url}\n{timestamp}\n{body}" };
    const signature = known(`POST\n${URL_}\n${NOW}\n${BODY}`);
    const headers = { "x-signature": signature, "x-timestamp": String(NOW) };
    const input = { body: BODY, headers, scheme: "hmac" as const, secret: SECRET, hmac, url: URL_, now: NOW };
    await expect(verifyVapiWebhook(input)).resolves.toBeUndefined();
    // Another URL, method or body than the signed ones is refused.
    for (const changed of [{ url: `${URL_}&x=1` }, { method: "PUT" }, { body: `${BODY} ` }])
      await expect(verifyVapiWebhook({ ...input, ...changed })).rejects.toMatchObject({
        reason: "bad_signature",
      });
    // The signer produces the same headers.
    expect(
      await signVapiWebhook({ body: BODY, secret: SECRET, scheme: "hmac", hmac, url: URL_, timestamp: NOW }),
    ).toEqual(headers);
  });

  it("Svix style: {svix-id}.{timestamp}.{body}, a base64 secret, base64 signature with a prefix", async () => {
    const key = Buffer.from("svix-secret-bytes-0123456789").toString("base64");
    const hmac = {
      payloadFormat: "{svix-id}.{timestamp}.{body}",
      messageIdHeader: "webhook-id",
      timestampHeader: "webhook-timestamp",
      signatureHeader: "webhook-signature",
      signaturePrefix: "v1,",
      signatureEncoding: "base64" as const,
      secretIsBase64: true,
    };
    const seconds = String(NOW / 1000);
    const signature = known(`msg_2Kd8.${seconds}.${BODY}`, "sha256", "base64", Buffer.from(key, "base64"));
    const headers = {
      "webhook-id": "msg_2Kd8",
      "webhook-timestamp": seconds,
      "webhook-signature": `v1,${signature}`,
    };
    await expect(
      verifyVapiWebhook({ body: BODY, headers, scheme: "hmac", secret: key, hmac, now: NOW }),
    ).resolves.toBeUndefined();
    await expect(
      verifyVapiWebhook({
        body: BODY,
        headers: { ...headers, "webhook-id": "msg_other" },
        scheme: "hmac",
        secret: key,
        hmac,
        now: NOW,
      }),
    ).rejects.toMatchObject({ reason: "bad_signature" });
    const { "webhook-id": _id, ...noId } = headers;
    await expect(
      verifyVapiWebhook({ body: BODY, headers: noId, scheme: "hmac", secret: key, hmac, now: NOW }),
    ).rejects.toMatchObject({ reason: "missing_signature" });
  });

  it("a format without {timestamp} signs no time (and checks none); {url} needs the absolute URL", async () => {
    const hmac = { payloadFormat: "{body}", algorithm: "sha512" as const };
    const headers = { "x-signature": known(BODY, "sha512") };
    await expect(
      verifyVapiWebhook({ body: BODY, headers, scheme: "hmac", secret: SECRET, hmac }),
    ).resolves.toBeUndefined();
    await expect(
      verifyVapiWebhook({
        body: BODY,
        headers,
        scheme: "hmac",
        secret: SECRET,
        hmac: { payloadFormat: "{url}{body}" },
        url: "/webhooks/vapi",
      }),
    ).rejects.toThrow(/absolute URL/);
  });
});
