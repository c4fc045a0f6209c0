import { describeTokenWebhook } from "@switchboard/testing/webhook-suite";
import { describe, expect, it } from "vitest";
import spec from "./generated/openmic.spec.js";

/** The part of an OpenAPI `webhooks` entry these tests read. */
type SpecWebhook = {
  post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
};

import { validateOpenMicWebhook } from "./validation.js";
import { unwrapOpenMicWebhook, verifyOpenMicWebhook } from "./webhooks.js";

const webhooks = (spec as unknown as { webhooks: Record<string, SpecWebhook> }).webhooks;
const examples = webhooks["end-of-call-report"]?.post.requestBody.content["application/json"]?.examples ?? {};
const BODY = JSON.stringify(Object.values(examples)[0]?.value);
const TOKEN = "tok_6f1c0e0b9a2d4c55";

describeTokenWebhook({
  provider: "openmic",
  displayName: "OpenMic",
  body: BODY,
  token: TOKEN,
  verify: verifyOpenMicWebhook,
  unwrap: unwrapOpenMicWebhook,
});

describe("webhooks in specs/openmic.yaml", () => {
  it.each(Object.keys(examples))(
    "the %s example validates against the end-of-call-report schema",
    async (name) => {
      const validate = await validateOpenMicWebhook("end-of-call-report");
      expect(validate(examples[name]?.value)).toEqual([]);
    },
  );
});

describe("the end-of-call-report schema", () => {
  it("refuses a report without sessionId and a malformed callDuration", async () => {
    const validate = await validateOpenMicWebhook("end-of-call-report");
    expect(validate({ type: "end-of-call-report" })).not.toEqual([]);
    expect(validate({ type: "end-of-call-report", sessionId: "s", callDuration: "45.7s" })).not.toEqual([]);
    expect(validate({ type: "end-of-call-report", sessionId: "s", callDuration: "0:00:45.723362" })).toEqual(
      [],
    );
  });
});
