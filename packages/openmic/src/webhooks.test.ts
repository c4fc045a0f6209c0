import { WebhookVerificationError } from "@switchboard/core";
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

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    expect(error.provider).toBe("openmic");
    expect(error.message).not.toContain(TOKEN);
    return error.reason;
  }
  return "accepted";
}

describe("verifyOpenMicWebhook (shared token: OpenMic signs nothing)", () => {
  it("accepts the token in the URL query or an Authorization header", async () => {
    expect(
      await reason(
        verifyOpenMicWebhook({
          body: BODY,
          headers: {},
          url: `/webhooks/openmic?token=${TOKEN}`,
          token: TOKEN,
        }),
      ),
    ).toBe("accepted");
    expect(
      await reason(
        verifyOpenMicWebhook({
          body: BODY,
          headers: new Headers({ Authorization: `Bearer ${TOKEN}` }),
          token: TOKEN,
        }),
      ),
    ).toBe("accepted");
  });

  it("refuses a missing or wrong token", async () => {
    expect(
      await reason(verifyOpenMicWebhook({ body: BODY, headers: {}, url: "/webhooks/openmic", token: TOKEN })),
    ).toBe("missing_signature");
    expect(
      await reason(
        verifyOpenMicWebhook({ body: BODY, headers: { authorization: "Bearer nope" }, token: TOKEN }),
      ),
    ).toBe("bad_signature");
  });

  it("accepts an unauthenticated request only with the explicit dangerous opt-in", async () => {
    await expect(verifyOpenMicWebhook({ body: BODY, headers: {} })).rejects.toThrow(
      /dangerouslyAcceptUnauthenticated/,
    );
    expect(
      await reason(verifyOpenMicWebhook({ body: BODY, headers: {}, dangerouslyAcceptUnauthenticated: true })),
    ).toBe("accepted");
  });
});

describe("unwrapOpenMicWebhook", () => {
  it("parses the documented payload from bytes", async () => {
    const event = await unwrapOpenMicWebhook({
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
        await reason(unwrapOpenMicWebhook({ body, headers: {}, url: `/?token=${TOKEN}`, token: TOKEN })),
      ).toBe("malformed");
    }
  });
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
