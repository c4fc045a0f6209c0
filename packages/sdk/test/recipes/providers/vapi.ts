import { handleWebhookRequest, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

// Vapi posts every server message of an assistant to its server URL. With an HMAC credential it signs
// `{x-timestamp}.{body}` into x-signature (VAPI_WEBHOOK_SECRET); with a Bearer credential it sends
// `Authorization: Bearer <token>` (VAPI_WEBHOOK_TOKEN). Only end-of-call-report and status-update are about
// the call record; the rest (transcripts, tool calls, …) arrive as type "other".
export function vapiWebhook(
  credential: { secret: string } | { token: string },
  save: (event: WebhookEvent) => Promise<void>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const event = await handleWebhookRequest(request, { provider: "vapi", ...credential });
      if (event.type === "call.ended" || event.type === "call.status") await save(event);
      return Response.json({ received: true });
    } catch (error) {
      const status = webhookErrorStatus(error);
      return Response.json(
        { error: status ? (error as Error).message : "internal error" },
        { status: status ?? 500 },
      );
    }
  };
}
