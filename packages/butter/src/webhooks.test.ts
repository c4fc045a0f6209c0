import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import spec from "./generated/butter.spec.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

import { validateButterWebhook } from "./validation.js";
import { unwrapButterWebhook, verifyButterWebhook } from "./webhooks.js";

const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
const examples = webhooks["call-status"]?.post.requestBody.content["application/json"]?.examples ?? {};
const BODY = JSON.stringify(Object.values(examples)[0]?.value);
const TOKEN = "tok_6f1c0e0b9a2d4c55";

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    expect(error.provider).toBe("butter");
    expect(error.message).not.toContain(TOKEN);
    return error.reason;
  }
  return "accepted";
}

describe("verifyButterWebhook (shared token: Butter signs nothing)", () => {
  it("accepts the token in the URL query or an Authorization header", async () => {
    expect(
      await reason(
        verifyButterWebhook({
          body: BODY,
          headers: {},
          url: `/webhooks/butter?token=${TOKEN}`,
          token: TOKEN,
        }),
      ),
    ).toBe("accepted");
    expect(
      await reason(
        verifyButterWebhook({
          body: BODY,
          headers: new Headers({ Authorization: `Bearer ${TOKEN}` }),
          token: TOKEN,
        }),
      ),
    ).toBe("accepted");
  });

  it("refuses a missing or wrong token", async () => {
    expect(
      await reason(verifyButterWebhook({ body: BODY, headers: {}, url: "/webhooks/butter", token: TOKEN })),
    ).toBe("missing_signature");
    expect(
      await reason(
        verifyButterWebhook({ body: BODY, headers: { authorization: "Bearer nope" }, token: TOKEN }),
      ),
    ).toBe("bad_signature");
  });

  it("accepts an unauthenticated request only with the explicit dangerous opt-in", async () => {
    await expect(verifyButterWebhook({ body: BODY, headers: {} })).rejects.toThrow(
      /dangerouslyAcceptUnauthenticated/,
    );
    expect(
      await reason(verifyButterWebhook({ body: BODY, headers: {}, dangerouslyAcceptUnauthenticated: true })),
    ).toBe("accepted");
  });
});

describe("unwrapButterWebhook", () => {
  it("parses the documented payload from bytes", async () => {
    const event = await unwrapButterWebhook({
      body: new TextEncoder().encode(BODY),
      headers: {},
      url: `/?token=${TOKEN}`,
      token: TOKEN,
    });
    expect(event).toEqual(JSON.parse(BODY));
  });

  it("refuses a body that is not a JSON object as malformed", async () => {
    for (const body of ["{", "[]", "42"]) {
      expect(
        await reason(unwrapButterWebhook({ body, headers: {}, url: `/?token=${TOKEN}`, token: TOKEN })),
      ).toBe("malformed");
    }
  });
});

describe("webhooks in specs/butter.yaml", () => {
  it.each(Object.keys(examples))("the %s example validates against the call-status schema", async (name) => {
    const validate = await validateButterWebhook("call-status");
    expect(validate(examples[name]?.value)).toEqual([]);
  });
});

describe("the call-status schema", () => {
  it("requires call_sid and status", async () => {
    const validate = await validateButterWebhook("call-status");
    expect(validate({ status: "completed" })).not.toEqual([]);
  });
  it("unwrap refuses a status event without call_sid", async () => {
    const body = JSON.stringify({ status: "completed" });
    expect(
      await reason(unwrapButterWebhook({ body, headers: {}, url: `/?token=${TOKEN}`, token: TOKEN })),
    ).toBe("malformed");
  });
});
