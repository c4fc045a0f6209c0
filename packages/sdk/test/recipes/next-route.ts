import { handleWebhookRequest, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

// app/webhooks/openmic/route.ts — OpenMic signs nothing: its webhook URL carries ?token=<OPENMIC_WEBHOOK_TOKEN>.
export function makePOST(token: string, save: (event: WebhookEvent) => Promise<void>) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const event = await handleWebhookRequest(request, { provider: "openmic", token });
      await save(event);
      return Response.json({ received: true });
    } catch (error) {
      const status = webhookErrorStatus(error);
      if (status) return Response.json({ error: (error as Error).message }, { status });
      throw error;
    }
  };
}
