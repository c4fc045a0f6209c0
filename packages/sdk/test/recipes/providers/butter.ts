import { createServer } from "node:http";
import { handleWebhookPayload, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

// Butter signs nothing: configure the status callback URL as https://<host>/webhooks/butter?token=<random>
// and keep that token in BUTTER_WEBHOOK_TOKEN. One event per status (initiated … completed) of a call_sid;
// each becomes call.status, and the final one call.ended.
export function butterWebhookServer(token: string, save: (event: WebhookEvent) => Promise<void>) {
  return createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const event = await handleWebhookPayload({
        provider: "butter",
        body: Buffer.concat(chunks),
        headers: req.headers,
        url: req.url, // the ?token= is checked against `token`, in constant time
        token,
      });
      await save(event);
      res.writeHead(200).end();
    } catch (error) {
      res.writeHead(webhookErrorStatus(error) ?? 500).end();
    }
  });
}
