import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { WEBHOOK_PROVIDERS, type WebhookProvider } from "@switchboard/sdk";

/** Options of {@link sendTestWebhook}. */
export interface SendWebhookOptions {
  provider: WebhookProvider;
  /** JSON file whose bytes are sent as is (never re-serialised). */
  file: string;
  /** Where to POST, e.g. `http://127.0.0.1:8787/webhooks/thinnestai`. */
  url: string;
  /**
   * The signing secret (ThinnestAI, Retell's API key, Bland, Vapi's HMAC secret) or the token (OpenMic, Butter,
   * Zudu, Vapi's Bearer token); default from the provider's `<PROVIDER>_WEBHOOK_SECRET` / `_TOKEN` variable.
   */
  secret?: string | undefined;
  /** ThinnestAI: the `X-Webhook-Delivery-Id` to send; default a random UUID. */
  deliveryId?: string | undefined;
  env: Record<string, string | undefined>;
}

/**
 * Posts a test event the way the provider would, signed with its real scheme (from the provider descriptor's
 * `webhook.sign`): ThinnestAI `X-Webhook-Signature: sha256=<HMAC-SHA256(secret, "{ts}.{body}")>` with its
 * timestamp, event and delivery id; Retell `x-retell-signature: v=<ms>,d=<HMAC-SHA256(key, body + ms)>`; Bland
 * `X-Webhook-Signature: <HMAC-SHA256(secret, body)>`; Vapi `x-signature` + `x-timestamp` (HMAC over
 * `{timestamp}.{body}`) with a secret, `Authorization: Bearer` with a token; OpenMic, Butter and Zudu (which sign
 * nothing) `Authorization: Bearer <token>` when a token is given.
 *
 * @returns the answer's status and body text.
 * @throws {Error} when the file cannot be read or a signing provider has no secret.
 */
export async function sendTestWebhook(
  options: SendWebhookOptions,
): Promise<{ status: number; body: string }> {
  const body = await readFile(options.file);
  const webhook = WEBHOOK_PROVIDERS[options.provider];
  const fromEnv = (name: string | undefined) => (name ? options.env[name] || undefined : undefined);
  let secret: string | undefined;
  let token: string | undefined;
  if (options.secret !== undefined) {
    // One flag for both: a provider that signs takes it as the secret, a token provider as the token.
    if (webhook.auth === "token") token = options.secret;
    else secret = options.secret;
  } else {
    secret = fromEnv(webhook.secretEnv);
    token = fromEnv(webhook.tokenEnv);
  }
  if (webhook.auth === "signature" && !secret) {
    throw new Error(`--secret or ${webhook.secretEnv} is required to sign a ${options.provider} webhook`);
  }
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(await webhook.sign({
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      secret,
      token,
      deliveryId: options.deliveryId ?? randomUUID(),
    })),
  };
  const response = await fetch(options.url, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
}
