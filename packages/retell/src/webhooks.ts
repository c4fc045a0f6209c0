import { InvalidArgumentError } from "@switchboard/core";
import {
  bodyBytes,
  checkTimestamp,
  hmac,
  parseWebhookJson,
  requireHeader,
  toHex,
  verifyHmacSignature,
  type WebhookBody,
  type WebhookHeaders,
  webhookError,
} from "@switchboard/core/webhooks";
import type { RetellWebhookEvent } from "./client.js";

/** The header Retell signs every webhook delivery with. */
export const RETELL_SIGNATURE_HEADER = "x-retell-signature";

/**
 * The replay window of Retell's own SDK verifier: 5 minutes (300 s), in both directions. Source: Retell's
 * TypeScript SDK, `src/lib/webhook_auth.ts` (https://github.com/RetellAI/retell-typescript-sdk).
 */
export const RETELL_WEBHOOK_TOLERANCE_SECONDS = 300;

/** Input of {@link verifyRetellWebhook} and {@link unwrapRetellWebhook}. */
export interface RetellWebhookInput {
  /** The raw request body, exactly as received (never re-serialised JSON). */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /**
   * The Retell API key that signs webhooks (the key with the "webhook" badge in the dashboard): Retell has no
   * separate webhook secret.
   */
  secret: string;
  /** Largest accepted timestamp skew in **seconds**, both ways; default 300. */
  toleranceSeconds?: number;
  /** Current time in epoch **ms** (tests); default `Date.now()`. */
  now?: number;
}

/**
 * Verifies a Retell webhook delivery: `x-retell-signature: v=<timestamp>,d=<hex>` where `<timestamp>` is Unix
 * **milliseconds** and `<hex>` is HMAC-SHA256 keyed with the API key (UTF-8) over the raw body immediately
 * followed by the decimal timestamp (no separator); compared in constant time; the timestamp must lie within
 * ±300 s of now. It accepts exactly what Retell's official `verify` accepts (`pnpm --filter
 * @switchboard/fidelity test` checks it against the pinned retell-sdk's `sign` and `verify`). Web Crypto only.
 * Sources: https://docs.retellai.com/features/secure-webhook and Retell's TypeScript SDK
 * (`src/lib/webhook_auth.ts`, https://github.com/RetellAI/retell-typescript-sdk).
 *
 * @throws {WebhookVerificationError} `missing_signature` (no header), `malformed` (header not `v=<digits>,d=<…>`),
 *   `bad_signature` (digest mismatch), `stale_timestamp` (outside the window; only for a genuine signature).
 * @throws {InvalidArgumentError} (argument `secret`) when `secret` is empty (a configuration mistake).
 */
export async function verifyRetellWebhook(input: RetellWebhookInput): Promise<void> {
  if (!input.secret)
    throw new InvalidArgumentError("retell: the webhook secret (API key) is empty", {
      argument: "secret",
      provider: "retell",
    });
  const header = RETELL_SIGNATURE_HEADER;
  // As Retell's SDK reads it (`symmetric.verify` in src/lib/webhook_auth.ts): `v=` and `d=` in any case, the
  // value untrimmed, the timestamp a safe integer that is signed as its number (leading zeros dropped).
  const value = requireHeader("retell", input.headers, header);
  const match = /^v=(\d+),d=([0-9a-f]+)$/i.exec(value);
  const poststamp = match ? Number(match[1]) : Number.NaN;
  if (!match || !Number.isSafeInteger(poststamp)) {
    throw webhookError(
      "retell",
      "malformed",
      `${header} is not of the form v=<ms timestamp>,d=<hex>`,
      header,
    );
  }
  const timestamp = String(poststamp);
  const digest = match[2] ?? "";
  await verifyHmacSignature({
    provider: "retell",
    secret: input.secret,
    message: [bodyBytes(input.body), timestamp],
    signatures: [digest],
    header,
  });
  checkTimestamp({
    provider: "retell",
    value: timestamp,
    unit: "ms",
    toleranceSeconds: input.toleranceSeconds ?? RETELL_WEBHOOK_TOLERANCE_SECONDS,
    now: input.now,
    header,
  });
}

/**
 * Verifies ({@link verifyRetellWebhook}) then parses the delivery into its typed `{ event, call }` body
 * (https://docs.retellai.com/features/webhook-overview).
 *
 * @throws {WebhookVerificationError} as {@link verifyRetellWebhook}; `malformed` when the body is not a JSON
 *   object with a string `event`.
 */
export async function unwrapRetellWebhook(input: RetellWebhookInput): Promise<RetellWebhookEvent> {
  await verifyRetellWebhook(input);
  const payload = parseWebhookJson("retell", input.body);
  if (typeof payload.event !== "string" || payload.event === "") {
    throw webhookError("retell", "malformed", "the webhook body has no string `event`");
  }
  return payload as unknown as RetellWebhookEvent;
}

/**
 * Signs a body the way Retell does, for tests and local replays (`switchboard webhooks send`): returns the
 * `x-retell-signature` header.
 *
 * @param options.timestamp - Unix **milliseconds**; default now.
 */
export async function signRetellWebhook(options: {
  body: WebhookBody;
  secret: string;
  timestamp?: number;
}): Promise<Record<string, string>> {
  const timestamp = String(options.timestamp ?? Date.now());
  const mac = await hmac(options.secret, [bodyBytes(options.body), timestamp]);
  return { [RETELL_SIGNATURE_HEADER]: `v=${timestamp},d=${toHex(mac)}` };
}
