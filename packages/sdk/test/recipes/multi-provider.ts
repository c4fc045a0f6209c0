import {
  type SwitchboardClient,
  WEBHOOK_PROVIDERS,
  type WebhookEvent,
  type WebhookProvider,
  webhookErrorStatus,
} from "@switchboard/sdk";

// One route for every provider: POST /webhooks/retell, /webhooks/vapi, /webhooks/bland, /webhooks/openmic, …
// `switchboard` = createSwitchboard(): it reads RETELL_WEBHOOK_SECRET, VAPI_WEBHOOK_SECRET (or VAPI_WEBHOOK_TOKEN),
// BLAND_WEBHOOK_SECRET, THINNESTAI_WEBHOOK_SECRET, OPENMIC_WEBHOOK_TOKEN, … from the environment.
export function makeWebhookRoute(
  switchboard: SwitchboardClient,
  save: (event: WebhookEvent) => Promise<void>,
) {
  return async (request: Request): Promise<Response> => {
    const provider = new URL(request.url).pathname.split("/").at(-1) ?? "";
    if (!Object.hasOwn(WEBHOOK_PROVIDERS, provider)) {
      return Response.json({ error: "unknown provider" }, { status: 404 });
    }
    try {
      const event = await switchboard.handleWebhook(request, { provider: provider as WebhookProvider });
      await save(event);
      return Response.json({ received: true });
    } catch (error) {
      const status = webhookErrorStatus(error);
      if (status) return Response.json({ error: (error as Error).message }, { status });
      throw error;
    }
  };
}
