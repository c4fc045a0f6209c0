import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handleWebhookRequest } from "../src/webhooks.js";

describe("handleWebhookRequest: a Vapi HMAC credential with a custom payloadFormat", () => {
  it("verifies {method} {url} {timestamp} {body} from the Request itself", async () => {
    const body = JSON.stringify({ message: { type: "status-update", status: "ended", call: { id: "c1" } } });
    const url = "https://app.example.com/webhooks/vapi";
    const timestamp = String(Date.now());
    const hmac = { payloadFormat: "{method} {url} {timestamp} {body}" };
    const signature = createHmac("sha256", "s3cret").update(`POST ${url} ${timestamp} ${body}`).digest("hex");
    const request = () =>
      new Request(url, {
        method: "POST",
        body,
        headers: { "x-signature": signature, "x-timestamp": timestamp },
      });
    const event = await handleWebhookRequest(request(), { provider: "vapi", secret: "s3cret", hmac });
    expect(event).toMatchObject({ provider: "vapi", type: "call.ended", callId: "c1" });
    // The default format ({timestamp}.{body}) does not match this signature.
    await expect(
      handleWebhookRequest(request(), { provider: "vapi", secret: "s3cret" }),
    ).rejects.toMatchObject({
      reason: "bad_signature",
    });
  });
});
