import { handleWebhookPayload, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";
import express, { type Express } from "express";

export function createWebhookApp(secret: string, save: (event: WebhookEvent) => Promise<void>): Express {
  const app = express();
  // express.raw, NOT express.json: the signature covers the exact bytes ThinnestAI sent.
  app.post("/webhooks/thinnestai", express.raw({ type: "*/*", limit: "1mb" }), async (req, res) => {
    try {
      const event = await handleWebhookPayload({
        provider: "thinnestai",
        body: req.body as Buffer,
        headers: req.headers,
        url: req.originalUrl,
        secret,
      });
      await save(event);
      res.sendStatus(200);
    } catch (error) {
      res.sendStatus(webhookErrorStatus(error) ?? 500);
    }
  });
  return app;
}
