import { createServer } from "node:http";
import { handleWebhookPayload, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

export function createWebhookServer(secret: string, save: (event: WebhookEvent) => Promise<void>) {
  return createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer); // the raw bytes, never re-serialised
    try {
      const event = await handleWebhookPayload({
        provider: "thinnestai",
        body: Buffer.concat(chunks),
        headers: req.headers,
        url: req.url,
        secret,
      });
      await save(event); // persist before acknowledging
      res.writeHead(200).end();
    } catch (error) {
      res.writeHead(webhookErrorStatus(error) ?? 500).end(); // 400 malformed, 401 bad signature, 5xx retried
    }
  });
}
