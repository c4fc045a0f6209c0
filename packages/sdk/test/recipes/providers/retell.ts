import { handleWebhookRequest, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

// Retell: x-retell-signature = HMAC-SHA256 of the raw body + a ms timestamp, keyed with the API key that
// carries the "webhook" badge (RETELL_WEBHOOK_SECRET). Events: call_started, call_ended, call_analyzed.
// Retell retries a delivery that is not answered 2xx within 10 s: store first, then answer quickly.
export function retellWebhook(apiKey: string, save: (event: WebhookEvent) => Promise<void>) {
  return async (request: Request): Promise<Response> => {
    try {
      const event = await handleWebhookRequest(request, { provider: "retell", secret: apiKey });
      if (event.type !== "other") await save(event); // call.started / call.ended / call.analyzed
      return new Response(null, { status: 204 });
    } catch (error) {
      return new Response(null, { status: webhookErrorStatus(error) ?? 500 });
    }
  };
}
