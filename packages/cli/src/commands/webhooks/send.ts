import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { signThinnestAIWebhook } from "@switchboard/thinnestai";
import { WEBHOOK_PROVIDERS, type WebhookProvider } from "../../webhooks/handle.js";

/** Options of {@link sendTestWebhook}. */
export interface SendWebhookOptions {
  provider: WebhookProvider;
  /** JSON file whose bytes are sent as is (never re-serialised). */
  file: string;
  /** Where to POST, e.g. `http://127.0.0.1:8787/webhooks/thinnestai`. */
  url: string;
  /** ThinnestAI signing secret, or the token of a token provider; default from the provider's env variable. */
  secret?: string | undefined;
  /** ThinnestAI: the `X-Webhook-Delivery-Id` to send; default a random UUID. */
  deliveryId?: string | undefined;
  env: Record<string, string | undefined>;
}

/**
 * Posts a test event the way the provider would: ThinnestAI signed with its real scheme (`X-Webhook-Signature:
 * sha256=<HMAC-SHA256(secret, "{ts}.{body}")>`, `X-Webhook-Timestamp` now, `X-Webhook-Event` from the body,
 * `X-Webhook-Delivery-Id`, `User-Agent: ThinnestAI-Webhooks/1.0`); OpenMic, Butter and Zudu (which sign nothing)
 * with `Authorization: Bearer <token>` when a token is given, and their own `User-Agent` where documented.
 *
 * @returns the answer's status and body text.
 * @throws {Error} when the file cannot be read or, for ThinnestAI, no secret is given.
 */
export async function sendTestWebhook(
  options: SendWebhookOptions,
): Promise<{ status: number; body: string }> {
  const body = await readFile(options.file);
  const config = WEBHOOK_PROVIDERS[options.provider];
  const secret = options.secret ?? (options.env[config.env] || undefined);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.provider === "thinnestai") {
    if (!secret) throw new Error(`--secret or ${config.env} is required to sign a thinnestai webhook`);
    let event: string | undefined;
    try {
      const parsed = JSON.parse(body.toString("utf8")) as { event?: unknown };
      if (typeof parsed.event === "string") event = parsed.event;
    } catch {
      // Sent as is: the receiver decides what a malformed body gets.
    }
    Object.assign(
      headers,
      await signThinnestAIWebhook({ body, secret, event, deliveryId: options.deliveryId ?? randomUUID() }),
      { "user-agent": "ThinnestAI-Webhooks/1.0" },
    );
  } else {
    if (secret) headers.authorization = `Bearer ${secret}`;
    if (options.provider === "openmic") headers["user-agent"] = "Openmic-Webhook/1.0";
  }
  const response = await fetch(options.url, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
}
