import { describeTokenWebhook, verificationReason } from "@switchboard/testing/webhook-suite";
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

const reason = (promise: Promise<unknown>) =>
  verificationReason(promise, { provider: "butter", secret: TOKEN });

describeTokenWebhook({
  provider: "butter",
  displayName: "Butter",
  body: BODY,
  token: TOKEN,
  verify: verifyButterWebhook,
  unwrap: unwrapButterWebhook,
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
