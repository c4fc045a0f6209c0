import { describeTokenWebhook } from "@switchboard/testing/webhook-suite";
import { describe, expect, it } from "vitest";
import spec from "./generated/zudu.spec.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

import { validateZuduWebhook } from "./validation.js";
import { unwrapZuduWebhook, verifyZuduWebhook } from "./webhooks.js";

const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
const examples = webhooks["post-call"]?.post.requestBody.content["application/json"]?.examples ?? {};
const BODY = JSON.stringify(Object.values(examples)[0]?.value);
const TOKEN = "tok_6f1c0e0b9a2d4c55";

describeTokenWebhook({
  provider: "zudu",
  displayName: "Zudu",
  body: BODY,
  token: TOKEN,
  verify: verifyZuduWebhook,
  unwrap: unwrapZuduWebhook,
});

describe("webhooks in specs/zudu.yaml", () => {
  it.each(Object.keys(examples))("the %s example validates against the post-call schema", async (name) => {
    const validate = await validateZuduWebhook("post-call");
    expect(validate(examples[name]?.value)).toEqual([]);
  });
});
