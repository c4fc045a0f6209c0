import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { APIConnectionError, InvalidArgumentError } from "@switchboard/core";
import { WEBHOOK_PROVIDERS, type WebhookProvider } from "@switchboard/sdk";
import { ConfigError } from "../../errors.js";

/** Options of {@link sendTestWebhook}. */
export interface SendWebhookOptions {
  provider: WebhookProvider;
  /** JSON file whose bytes are sent as is (never re-serialised); or give `body`. */
  file?: string | undefined;
  /** The bytes to send, when there is no `file` (`webhooks trigger`'s built-in samples). */
  body?: Uint8Array | undefined;
  /** Where to POST, e.g. `http://127.0.0.1:8787/webhooks/thinnestai`. */
  url: string;
  /**
   * The signing secret of a provider that signs, or the token of one that does not (its descriptor's
   * `webhook.auth`); default from the provider's `<PROVIDER>_WEBHOOK_SECRET` / `_TOKEN` variable.
   */
  secret?: string | undefined;
  /** ThinnestAI: the `X-Webhook-Delivery-Id` to send; default a random UUID. */
  deliveryId?: string | undefined;
  env: Record<string, string | undefined>;
}

/**
 * Posts a test event the way the provider would, signed with its real scheme: the provider descriptor's
 * `webhook.sign` (each scheme is in docs/webhooks.md, "How each provider authenticates its webhooks"); a
 * provider that signs nothing gets `Authorization: Bearer <token>` when a token is given.
 *
 * @returns the answer's status and body text.
 * @throws {InvalidArgumentError} (exit 64) when the file cannot be read or the URL is not an http(s) URL.
 * @throws {ConfigError} (exit 2) when a signing provider has no secret.
 * @throws {APIConnectionError} (exit 8) when nothing answers at the URL.
 */
export async function sendTestWebhook(
  options: SendWebhookOptions,
): Promise<{ status: number; body: string }> {
  let body: Uint8Array;
  if (options.body !== undefined) body = options.body;
  else {
    const file = options.file ?? "";
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new InvalidArgumentError(
        `--file ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`,
        {
          argument: "--file",
        },
      );
    });
    body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  let target: URL;
  try {
    target = new URL(options.url);
    if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error("not http(s)");
  } catch {
    throw new InvalidArgumentError(`--url must be an http(s) URL, got ${JSON.stringify(options.url)}`, {
      argument: "--url",
    });
  }
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
    throw new ConfigError(
      `--secret or ${webhook.secretEnv} is required to sign a ${options.provider} webhook`,
    );
  }
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(await webhook.sign({
      body,
      secret,
      token,
      deliveryId: options.deliveryId ?? randomUUID(),
    })),
  };
  try {
    const response = await fetch(target, {
      method: "POST",
      headers,
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new APIConnectionError(
      `could not reach ${target.origin}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      { cause: error },
    );
  }
}
