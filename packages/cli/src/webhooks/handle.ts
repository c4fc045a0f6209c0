/**
 * Receiving a provider webhook in any server: verify → parse → normalize, on web standards only (`Request`,
 * `Uint8Array`, Web Crypto), so it runs on Node, edge runtimes and Workers. It needs only the provider packages'
 * `unwrap<Provider>Webhook` functions and the normalizer.
 *
 * (Lives here until the multi-provider package takes it over; nothing in it depends on the CLI.)
 */
import { unwrapButterWebhook } from "@switchboard/butter";
import { WebhookVerificationError } from "@switchboard/core";
import type { WebhookBody, WebhookHeaders } from "@switchboard/core/webhooks";
import { NormalizeError, normalizeWebhookEvent, type WebhookEvent } from "@switchboard/normalizer";
import { unwrapOpenMicWebhook } from "@switchboard/openmic";
import { thinnestAIDeliveryId, unwrapThinnestAIWebhook } from "@switchboard/thinnestai";
import { unwrapZuduWebhook } from "@switchboard/zudu";

/** The providers whose webhooks are handled here. */
export type WebhookProvider = "openmic" | "zudu" | "thinnestai" | "butter";

/** How each provider authenticates its webhooks, and the environment variable holding the secret or token. */
export const WEBHOOK_PROVIDERS: Readonly<
  Record<WebhookProvider, { auth: "hmac" | "token"; env: string; docs: string }>
> = {
  openmic: { auth: "token", env: "OPENMIC_WEBHOOK_TOKEN", docs: "https://docs.openmic.ai/post-call-webhook" },
  zudu: { auth: "token", env: "ZUDU_WEBHOOK_TOKEN", docs: "https://docs.zudu.ai" },
  thinnestai: {
    auth: "hmac",
    env: "THINNESTAI_WEBHOOK_SECRET",
    docs: "https://docs.thinnest.ai/api-reference/webhooks/verify-signature",
  },
  butter: { auth: "token", env: "BUTTER_WEBHOOK_TOKEN", docs: "https://docs.getbutter.ai/advanced/webhooks" },
};

/** Credentials of one provider's webhook endpoint. */
export interface WebhookCredentials {
  /** ThinnestAI: the endpoint's signing secret. */
  secret?: string | undefined;
  /** OpenMic, Butter, Zudu (they sign nothing): the token you put in the webhook URL (`?token=`) or header. */
  token?: string | undefined;
  /** Accept unauthenticated requests to a token provider when no `token` is set. Forgeable: local use only. */
  dangerouslyAcceptUnauthenticated?: boolean | undefined;
  /** ThinnestAI's timestamp tolerance in seconds; default 300. */
  toleranceSeconds?: number | undefined;
  /** Current time in epoch ms (tests). */
  now?: number | undefined;
}

/** Input of {@link handleWebhookPayload}. */
export interface WebhookPayloadInput extends WebhookCredentials {
  provider: WebhookProvider;
  /** The raw body, exactly as received. */
  body: WebhookBody;
  headers: WebhookHeaders;
  /** The request URL or path with its query (for `?token=`). */
  url?: string | URL | undefined;
}

/**
 * Verifies, parses and normalizes one webhook delivery into a unified {@link WebhookEvent}; the provider's delivery
 * id (ThinnestAI `X-Webhook-Delivery-Id`) is set as `deliveryId`. A verified JSON body that the normalizer cannot
 * map (e.g. no call id) is not dropped: it becomes an `other` event whose `warnings` say why, `raw.payload` intact.
 *
 * @throws {WebhookVerificationError} missing/bad/stale signature or token (→ HTTP 401), or a body that is not a JSON
 *   object of the provider's shape (`malformed`, → HTTP 400); see {@link webhookErrorStatus}.
 * @throws {Error} when a token provider has no `token` and `dangerouslyAcceptUnauthenticated` is not set.
 */
export async function handleWebhookPayload(input: WebhookPayloadInput): Promise<WebhookEvent> {
  const { provider, body, headers, url } = input;
  let payload: Record<string, unknown>;
  let deliveryId: string | undefined;
  const token = {
    body,
    headers,
    url,
    token: input.token,
    dangerouslyAcceptUnauthenticated: input.dangerouslyAcceptUnauthenticated,
  };
  switch (provider) {
    case "thinnestai":
      if (!input.secret)
        throw new Error(`thinnestai: no webhook secret configured (${WEBHOOK_PROVIDERS.thinnestai.env})`);
      payload = await unwrapThinnestAIWebhook({
        body,
        headers,
        secret: input.secret,
        toleranceSeconds: input.toleranceSeconds,
        now: input.now,
      });
      deliveryId = thinnestAIDeliveryId(headers);
      break;
    case "openmic":
      payload = await unwrapOpenMicWebhook(token);
      break;
    case "butter":
      payload = await unwrapButterWebhook(token);
      break;
    case "zudu":
      payload = await unwrapZuduWebhook(token);
      break;
    default:
      throw new Error(`unknown provider ${JSON.stringify(provider)}`);
  }
  let event: WebhookEvent;
  try {
    event = normalizeWebhookEvent(provider, payload);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    const named = [payload.type, payload.event, payload.status].find(
      (v) => typeof v === "string" && v !== "",
    );
    event = {
      provider,
      type: "other",
      raw: { type: (named as string | undefined) ?? "unknown", payload },
      warnings: [error.message],
    };
  }
  return deliveryId ? { ...event, deliveryId } : event;
}

/**
 * Handles a web-standard `Request` (Next.js route handlers, Hono, Workers, Deno, Bun): reads the raw body once,
 * then {@link handleWebhookPayload}. Pass `provider` and its credentials.
 *
 * @example
 * export async function POST(request: Request) {
 *   try {
 *     const event = await handleWebhookRequest(request, { provider: "thinnestai", secret: process.env.THINNESTAI_WEBHOOK_SECRET });
 *     await save(event);
 *     return Response.json({ received: true });
 *   } catch (error) {
 *     const status = webhookErrorStatus(error);
 *     if (status) return Response.json({ error: (error as Error).message }, { status });
 *     throw error;
 *   }
 * }
 * @throws as {@link handleWebhookPayload}.
 */
export async function handleWebhookRequest(
  request: Request,
  options: WebhookCredentials & { provider: WebhookProvider },
): Promise<WebhookEvent> {
  const body = new Uint8Array(await request.arrayBuffer());
  return handleWebhookPayload({ ...options, body, headers: request.headers, url: request.url });
}

/**
 * The HTTP status to answer a webhook error with: 400 for a malformed body, 401 for a missing, bad or stale
 * signature or token; `undefined` for any other error (a server fault: answer 5xx so the provider retries).
 */
export function webhookErrorStatus(error: unknown): 400 | 401 | undefined {
  if (!(error instanceof WebhookVerificationError)) return undefined;
  return error.reason === "malformed" && error.header === undefined ? 400 : 401;
}
