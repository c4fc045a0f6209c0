import { describe, expect, it } from "vitest";
import { SwitchboardError, WebhookVerificationError } from "./errors.js";
import {
  bodyText,
  checkTimestamp,
  fromBase64,
  fromHex,
  getHeader,
  hmac,
  parseWebhookJson,
  timingSafeEqual,
  toBase64,
  toHex,
  verifyHmacSignature,
  verifySharedToken,
} from "./webhooks.js";

const text = (s: string) => new TextEncoder().encode(s);

describe("hmac (Web Crypto)", () => {
  // RFC 4231 §4.3, test case 2 (https://www.rfc-editor.org/rfc/rfc4231#section-4.3).
  it("matches the RFC 4231 known answers for SHA-256 and SHA-512", async () => {
    expect(toHex(await hmac("Jefe", "what do ya want for nothing?"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(toHex(await hmac("Jefe", "what do ya want for nothing?", "SHA-512"))).toBe(
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    );
  });

  // Retell's published SDK test vector (x-retell-signature, https://docs.retellai.com/features/secure-webhook):
  // body + decimal ms timestamp, no separator, keyed with the API key.
  it("reproduces Retell's documented signature from message parts", async () => {
    const mac = await hmac("test-api-key", ['{"event":"call_ended"}', "1700000000000"]);
    expect(toHex(mac)).toBe("07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e");
  });
});

describe("encodings and comparison", () => {
  it("round-trips hex and base64, and rejects what is neither", () => {
    const bytes = new Uint8Array([0, 1, 254, 255, 16]);
    expect(fromHex(toHex(bytes))).toEqual(bytes);
    expect(fromHex("ABCDEF")).toEqual(new Uint8Array([0xab, 0xcd, 0xef]));
    expect(fromHex("abc")).toBeUndefined();
    expect(fromHex("zz")).toBeUndefined();
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64("AAH-_xA")).toEqual(bytes); // base64url without padding
    expect(fromBase64("not base64!")).toBeUndefined();
  });

  it("compares equal only for equal bytes, whatever the length", () => {
    expect(timingSafeEqual("abc", "abc")).toBe(true);
    expect(timingSafeEqual("abc", "abd")).toBe(false);
    expect(timingSafeEqual("abc", "abcd")).toBe(false);
    expect(timingSafeEqual("", "a")).toBe(false);
    expect(timingSafeEqual(text("é"), "é")).toBe(true);
  });
});

describe("getHeader", () => {
  it("reads Headers and plain records case-insensitively, joining repeated values", () => {
    expect(getHeader(new Headers({ "X-Webhook-Signature": "sha256=ab" }), "x-webhook-signature")).toBe(
      "sha256=ab",
    );
    expect(getHeader({ "x-webhook-timestamp": "1" }, "X-Webhook-Timestamp")).toBe("1");
    expect(getHeader({ "x-a": ["1", "2"] }, "X-A")).toBe("1, 2");
    expect(getHeader({}, "X-A")).toBeUndefined();
  });
});

describe("body parsing", () => {
  it("parses a JSON object from text or bytes", () => {
    expect(parseWebhookJson("p", '{"a":1}')).toEqual({ a: 1 });
    expect(parseWebhookJson("p", text('{"a":"é"}').buffer)).toEqual({ a: "é" });
  });

  it.each([
    ["not JSON", "{", "not valid JSON"],
    ["an array", "[1]", "not a JSON object"],
    ["null", "null", "not a JSON object"],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), "not valid UTF-8"],
  ])("refuses %s as malformed", (_, body, message) => {
    const error = captureSync(() => parseWebhookJson("butter", body));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toBeInstanceOf(SwitchboardError);
    expect(error).toMatchObject({ provider: "butter", reason: "malformed", header: undefined });
    expect(error.message).toContain(message);
  });

  it("keeps the text of a string body as received", () => {
    expect(bodyText("p", '{ "a" : 1 }')).toBe('{ "a" : 1 }');
  });
});

describe("verifyHmacSignature", () => {
  const secret = "whsec_test";
  const body = '{"event":"voice.call.ended"}';
  const sign = async () => toHex(await hmac(secret, ["1700000000", ".", body]));

  it("accepts the signature of the exact bytes, in hex or base64", async () => {
    const hex = await sign();
    await expect(
      verifyHmacSignature({ provider: "p", secret, message: ["1700000000", ".", body], signatures: [hex] }),
    ).resolves.toBeUndefined();
    const b64 = toBase64(fromHex(hex) as Uint8Array);
    await expect(
      verifyHmacSignature({
        provider: "p",
        secret,
        message: ["1700000000", ".", text(body)],
        signatures: ["nope", b64],
        encoding: "base64",
      }),
    ).resolves.toBeUndefined();
  });

  it("refuses a changed body, another secret or garbage, without revealing either signature", async () => {
    const hex = await sign();
    for (const [s, b, sig] of [
      [secret, `${body} `, hex],
      ["other", body, hex],
      [secret, body, "zz"],
    ] as const) {
      const error = await capture(
        verifyHmacSignature({
          provider: "thinnestai",
          secret: s,
          message: ["1700000000", ".", b],
          signatures: [sig],
          header: "X-Webhook-Signature",
        }),
      );
      expect(error).toMatchObject({ reason: "bad_signature", header: "X-Webhook-Signature" });
      expect(JSON.stringify(error.toJSON()) + error.message).not.toContain(hex);
      expect(error.message).not.toContain(s);
    }
  });
});

describe("checkTimestamp", () => {
  const now = 1_700_000_000_000;
  it("accepts timestamps within the tolerance both ways, and returns epoch ms", () => {
    expect(
      checkTimestamp({ provider: "p", value: "1700000300", unit: "s", toleranceSeconds: 300, now }),
    ).toBe(1_700_000_300_000);
    expect(
      checkTimestamp({ provider: "p", value: String(now - 300_000), unit: "ms", toleranceSeconds: 300, now }),
    ).toBe(now - 300_000);
  });

  it("refuses stale and future timestamps, and non-integers", () => {
    expect(
      captureSync(() =>
        checkTimestamp({ provider: "p", value: "1699999699", unit: "s", toleranceSeconds: 300, now }),
      ),
    ).toMatchObject({ reason: "stale_timestamp" });
    const future = captureSync(() =>
      checkTimestamp({ provider: "p", value: "1700000301", unit: "s", toleranceSeconds: 300, now }),
    );
    expect(future).toMatchObject({ reason: "stale_timestamp" });
    expect(future.message).toContain("in the future");
    expect(
      captureSync(() =>
        checkTimestamp({ provider: "p", value: "12.5", unit: "s", toleranceSeconds: 300, now, header: "T" }),
      ),
    ).toMatchObject({ reason: "malformed", header: "T" });
  });
});

describe("verifySharedToken", () => {
  const token = "tok_0123456789abcdef";
  it("accepts the token from the query string or an Authorization header (Bearer optional)", () => {
    expect(() =>
      verifySharedToken({ provider: "openmic", headers: {}, url: `/webhooks/openmic?token=${token}`, token }),
    ).not.toThrow();
    expect(() =>
      verifySharedToken({ provider: "openmic", headers: { authorization: `Bearer ${token}` }, token }),
    ).not.toThrow();
    expect(() =>
      verifySharedToken({ provider: "openmic", headers: new Headers({ Authorization: token }), token }),
    ).not.toThrow();
  });

  it("refuses a missing or wrong token without echoing either", () => {
    const missing = captureSync(() =>
      verifySharedToken({ provider: "butter", headers: {}, url: "/webhooks/butter", token }),
    );
    expect(missing).toMatchObject({ provider: "butter", reason: "missing_signature" });
    const wrong = captureSync(() =>
      verifySharedToken({ provider: "butter", headers: {}, url: "/x?token=guess", token }),
    );
    expect(wrong).toMatchObject({ reason: "bad_signature" });
    expect(wrong.message).not.toContain(token);
    expect(wrong.message).not.toContain("guess");
  });

  it("requires a configured token unless unauthenticated requests are explicitly accepted", () => {
    expect(() => verifySharedToken({ provider: "zudu", headers: {} })).toThrow(
      /dangerouslyAcceptUnauthenticated/,
    );
    expect(() =>
      verifySharedToken({ provider: "zudu", headers: {}, dangerouslyAcceptUnauthenticated: true }),
    ).not.toThrow();
  });
});

// The next providers' schemes, built from the same primitives. Retell's vector is its own (SDK test); the Vapi and
// Bland vectors were computed independently with openssl (neither publishes one):
//   printf '1700000000.<body>' | openssl dgst -sha512 -hmac vapi-secret -binary | base64
//   printf '<body>' | openssl dgst -sha256 -hmac bland-secret
describe("schemes of the next providers, on the shared primitives", () => {
  it("Retell: x-retell-signature v=<ms>,d=<hex> over body + ms timestamp, ±5 min", async () => {
    const header = "v=1700000000000,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e";
    const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
    const ts = checkTimestamp({
      provider: "retell",
      value: parts.v ?? "",
      unit: "ms",
      toleranceSeconds: 300,
      now: 1_700_000_100_000,
    });
    expect(ts).toBe(1_700_000_000_000);
    await expect(
      verifyHmacSignature({
        provider: "retell",
        secret: "test-api-key",
        message: ['{"event":"call_ended"}', parts.v ?? ""],
        signatures: [parts.d ?? ""],
      }),
    ).resolves.toBeUndefined();
  });

  it("Vapi: HMAC-SHA512, base64, over {timestamp}.{body}; and the legacy X-Vapi-Secret header", async () => {
    await expect(
      verifyHmacSignature({
        provider: "vapi",
        secret: "vapi-secret",
        message: ["1700000000", ".", '{"message":{"type":"status-update"}}'],
        signatures: [
          "2C7CQo88jqiQFahTKZKVaGX3wkBueGnaQMmnk/fkgcaJ8wmuZ2lbaR0c9cVumGiidGvPaowCjV/RErZ9zqoGIA==",
        ],
        encoding: "base64",
        algorithm: "SHA-512",
      }),
    ).resolves.toBeUndefined();
    expect(() =>
      verifySharedToken({
        provider: "vapi",
        headers: { "x-vapi-secret": "s3" },
        header: "X-Vapi-Secret",
        token: "s3",
      }),
    ).not.toThrow();
  });

  it("Bland: hex HMAC-SHA256 of the body alone, no timestamp", async () => {
    await expect(
      verifyHmacSignature({
        provider: "bland",
        secret: "bland-secret",
        message: [text('{"call_id":"c1","status":"completed"}')],
        signatures: ["d2acef4b042cd627ff917564efb681d24080fe8ee2893fc4054f769c90b58a4b"],
      }),
    ).resolves.toBeUndefined();
  });
});

function captureSync(fn: () => unknown): WebhookVerificationError {
  try {
    fn();
  } catch (error) {
    return error as WebhookVerificationError;
  }
  throw new Error("expected a throw");
}

async function capture(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  try {
    await promise;
  } catch (error) {
    return error as WebhookVerificationError;
  }
  throw new Error("expected a rejection");
}
