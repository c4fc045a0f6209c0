import { handleWebhookRequest, type WebhookEvent, webhookErrorStatus } from "@switchboard/sdk";

// Zudu documents no webhook signature: put ?token=<random> in the post-call webhook URL (ZUDU_WEBHOOK_TOKEN),
// or send it as `Authorization: Bearer <token>`. A Cloudflare Worker / Deno / Bun style module: the token and
// the store come from the runtime's bindings.
export interface Env {
  ZUDU_WEBHOOK_TOKEN: string;
  save(event: WebhookEvent): Promise<void>;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "POST" } });
    try {
      const event = await handleWebhookRequest(request, { provider: "zudu", token: env.ZUDU_WEBHOOK_TOKEN });
      await env.save(event);
      return Response.json({ received: true, type: event.type });
    } catch (error) {
      return new Response(null, { status: webhookErrorStatus(error) ?? 500 });
    }
  },
};
