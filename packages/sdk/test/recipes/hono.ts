import { handleWebhookRequest, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";
import { Hono } from "hono";

export function createWebhookHono(secret: string, save: (event: WebhookEvent) => Promise<void>) {
  const app = new Hono();
  app.post("/webhooks/thinnestai", async (c) => {
    try {
      // c.req.raw is the web-standard Request: its body is read once, as bytes.
      const event = await handleWebhookRequest(c.req.raw, { provider: "thinnestai", secret });
      await save(event);
      return c.json({ received: true });
    } catch (error) {
      const status = webhookErrorStatus(error);
      if (status) return c.json({ error: (error as Error).message }, status);
      throw error;
    }
  });
  return app;
}
