import { handleWebhookPayload, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";
import express, { type Express } from "express";

// Bland: X-Webhook-Signature = hex HMAC-SHA256(signing secret, raw body), no timestamp (BLAND_WEBHOOK_SECRET,
// Dev Portal → Keys). With no replay window, de-duplicate by call id: a post-call webhook becomes call.ended.
export function blandWebhookApp(secret: string, save: (event: WebhookEvent) => Promise<void>): Express {
  const seen = new Set<string>();
  const app = express();
  app.post("/webhooks/bland", express.raw({ type: "*/*", limit: "1mb" }), async (req, res) => {
    try {
      const event = await handleWebhookPayload({
        provider: "bland",
        body: req.body as Buffer,
        headers: req.headers,
        secret,
      });
      const key = `${event.type}:${event.callId}`;
      if (!seen.has(key)) await save(event);
      seen.add(key);
      res.sendStatus(200);
    } catch (error) {
      res.sendStatus(webhookErrorStatus(error) ?? 500);
    }
  });
  return app;
}
