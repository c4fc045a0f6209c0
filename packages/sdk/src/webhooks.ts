/**
 * Receiving a provider webhook in any server: verify → parse → normalize, on web standards only (`Request`,
 * `Uint8Array`, Web Crypto), so it runs on Node, edge runtimes and Workers. What each provider needs (scheme,
 * environment variables, verifier, normalizer, delivery-id header) comes from its descriptor's `webhook` field.
 */
import { WebhookVerificationError } from "@switchboard/core";
import { getHeader, type WebhookBody, type WebhookHeaders } from "@switchboard/core/webhooks";
import { NormalizeError, type WebhookEvent } from "@switchboard/normalizer";
import type { AnyProviderDescriptor, WebhookDescriptor, WebhookVerifyInput } from "./descriptor.js";
import { invalidArgument } from "./errors.js";
import { DESCRIPTORS } from "./generated/registry.js";

/** A provider id whose webhooks are handled (every provider of the registry). */
export type WebhookProvider = keyof typeof DESCRIPTORS & string;

/** Every provider's {@link WebhookDescriptor}, by provider id (from the descriptors). */
export const WEBHOOK_PROVIDERS: Readonly<Record<WebhookProvider, WebhookDescriptor>> = Object.fromEntries(
  Object.values(DESCRIPTORS).map((d: AnyProviderDescriptor) => [d.name, d.webhook]),
) as Record<WebhookProvider, WebhookDescriptor>;

/** Credentials and checks of one provider's webhook endpoint. */
export type WebhookCredentials = Omit<WebhookVerifyInput, "body" | "headers" | "url" | "method">;

/** Input of {@link handleWebhookPayload}. */
export interface WebhookPayloadInput extends WebhookCredentials {
  /** The provider that posts to this endpoint. */
  provider: WebhookProvider;
  /** The raw body, exactly as received. */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** The request URL or path with its query (for `?token=`; absolute for a Vapi HMAC format signing `{url}`). */
  url?: string | URL | undefined;
  /** The request's HTTP method (for a Vapi HMAC format signing `{method}`); default `POST`. */
  method?: string | undefined;
}

/**
 * The descriptor's webhook of `provider`.
 * @throws {InvalidArgumentError} for an unknown provider.
 */
export function webhookDescriptor(provider: string): WebhookDescriptor {
  if (!Object.hasOwn(WEBHOOK_PROVIDERS, provider)) {
    throw invalidArgument(
      "provider",
      `unknown provider ${JSON.stringify(provider)}; known: ${Object.keys(WEBHOOK_PROVIDERS).join(", ")}`,
    );
  }
  return WEBHOOK_PROVIDERS[provider as WebhookProvider];
}

/**
 * The endpoint's credentials from the environment: `secret` from `<PROVIDER>_WEBHOOK_SECRET` and `token` from
 * `<PROVIDER>_WEBHOOK_TOKEN` (whichever the provider uses; blank values count as unset).
 */
export function webhookCredentialsFromEnv(
  provider: WebhookProvider,
  env: Record<string, string | undefined>,
): { secret?: string; token?: string } {
  const webhook = webhookDescriptor(provider);
  const read = (name: string | undefined) => (name && env[name]?.trim() ? env[name] : undefined);
  const secret = read(webhook.secretEnv);
  const token = read(webhook.tokenEnv);
  return { ...(secret ? { secret } : {}), ...(token ? { token } : {}) };
}

/**
 * Verifies, parses and normalizes one webhook delivery into a unified {@link WebhookEvent}; the provider's delivery
 * id (ThinnestAI `X-Webhook-Delivery-Id`) is set as `deliveryId`. A verified JSON body that the normalizer cannot
 * map (e.g. no call id) is not dropped: it becomes an `other` event whose `warnings` say why, `raw.payload` intact.
 *
 * @throws {WebhookVerificationError} missing/bad/stale signature or token (→ HTTP 401), or a body that is not a JSON
 *   object of the provider's shape (`malformed`, → HTTP 400); see {@link webhookErrorStatus}.
 * @throws {InvalidArgumentError} for an unknown provider.
 * @throws {Error} when the provider's secret (or token) is not given and `dangerouslyAcceptUnauthenticated` does
 *   not apply (a configuration mistake).
 */
export async function handleWebhookPayload(input: WebhookPayloadInput): Promise<WebhookEvent> {
  const { provider, body, headers, url, method, ...credentials } = input;
  const webhook = webhookDescriptor(provider);
  const payload = await webhook.unwrap({ ...credentials, body, headers, url, method });
  let event: WebhookEvent;
  try {
    event = webhook.normalize(payload);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    const message = payload.message as Record<string, unknown> | undefined;
    const named = [payload.type, payload.event, payload.status, payload.category, message?.type].find(
      (v) => typeof v === "string" && v !== "",
    );
    event = {
      provider,
      type: "other",
      raw: { type: (named as string | undefined) ?? "unknown", payload },
      warnings: [error.message],
    };
  }
  const deliveryId = webhook.deliveryIdHeader ? getHeader(headers, webhook.deliveryIdHeader) : undefined;
  return deliveryId ? { ...event, deliveryId } : event;
}

/**
 * Handles a web-standard `Request` (Next.js route handlers, Hono, Workers, Deno, Bun): reads the raw body once,
 * then {@link handleWebhookPayload}. Pass `provider` and its credentials.
 *
 * @example
 * import { handleWebhookRequest, webhookErrorStatus } from "@switchboard/sdk";
 * export async function POST(request: Request) {
 *   try {
 *     const event = await handleWebhookRequest(request, { provider: "retell", secret: process.env.RETELL_WEBHOOK_SECRET });
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
  return handleWebhookPayload({
    ...options,
    body,
    headers: request.headers,
    url: request.url,
    method: request.method,
  });
}

/**
 * The HTTP status to answer a webhook error with: 400 for a malformed body, 401 for a missing, bad or stale
 * signature or token; `undefined` for any other error (a server fault: answer 5xx so the provider retries).
 */
export function webhookErrorStatus(error: unknown): 400 | 401 | undefined {
  if (!(error instanceof WebhookVerificationError)) return undefined;
  return error.reason === "malformed" && error.header === undefined ? 400 : 401;
}
