import { InvalidArgumentError } from "@switchboard/core";
import {
  bodyBytes,
  checkTimestamp,
  getHeader,
  hmac,
  parseWebhookJson,
  requireHeader,
  toHex,
  verifyHmacSignature,
  type WebhookBody,
  type WebhookHeaders,
  webhookError,
} from "@switchboard/core/webhooks";
import type { components } from "./generated/thinnestai.js";

/**
 * A ThinnestAI webhook event: the envelope `{event, timestamp, agent_id, data}` every event shares
 * (https://docs.thinnest.ai/api-reference/webhooks/overview). `voice.call.started` / `voice.call.ended` are
 * {@link ThinnestAIVoiceCallWebhookEvent}s.
 */
export type ThinnestAIWebhookEvent = components["schemas"]["WebhookEnvelope"];
/** A `voice.call.started` or `voice.call.ended` event; `data.duration` is in seconds. */
export type ThinnestAIVoiceCallWebhookEvent = components["schemas"]["VoiceCallWebhookEvent"];

/** Header names ThinnestAI sends with every delivery. */
export const THINNESTAI_WEBHOOK_HEADERS = {
  signature: "X-Webhook-Signature",
  timestamp: "X-Webhook-Timestamp",
  event: "X-Webhook-Event",
  deliveryId: "X-Webhook-Delivery-Id",
} as const;

/** The replay window ThinnestAI's docs prescribe: 300 seconds, both ways. */
export const THINNESTAI_WEBHOOK_TOLERANCE_SECONDS = 300;

/** Input of {@link verifyThinnestAIWebhook} and {@link unwrapThinnestAIWebhook}. */
export interface ThinnestAIWebhookInput {
  /** The raw request body, exactly as received (never re-serialised JSON). */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** The endpoint's signing secret (returned once by `POST /webhooks/endpoints`). */
  secret: string;
  /** Largest accepted timestamp skew in **seconds**, both ways; default 300. */
  toleranceSeconds?: number;
  /** Current time in epoch **ms** (tests); default `Date.now()`. */
  now?: number;
}

/**
 * Verifies a ThinnestAI webhook delivery: `X-Webhook-Signature: sha256=<hex>` must equal HMAC-SHA256 keyed with
 * the secret (UTF-8) over `"{X-Webhook-Timestamp}.{raw body}"`, compared in constant time, and
 * `X-Webhook-Timestamp` (Unix **seconds**) must be within ±300 s of now. Web Crypto only: runs on Node, edge
 * runtimes and Workers. Source: https://docs.thinnest.ai/api-reference/webhooks/verify-signature
 *
 * @throws {WebhookVerificationError} `missing_signature` (either header absent), `malformed` (timestamp not an
 *   integer), `bad_signature` (no `sha256=` prefix, or digest mismatch), `stale_timestamp` (outside the window).
 * @throws {InvalidArgumentError} (argument `secret`) when `secret` is empty (a configuration mistake).
 */
export async function verifyThinnestAIWebhook(input: ThinnestAIWebhookInput): Promise<void> {
  if (!input.secret)
    throw new InvalidArgumentError("thinnestai: the webhook secret is empty", {
      argument: "secret",
      provider: "thinnestai",
    });
  const { signature: sigHeader, timestamp: tsHeader } = THINNESTAI_WEBHOOK_HEADERS;
  const signature = requireHeader("thinnestai", input.headers, sigHeader);
  const timestamp = requireHeader("thinnestai", input.headers, tsHeader).trim();
  const signatures = signature
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.toLowerCase().startsWith("sha256="))
    .map((s) => s.slice("sha256=".length));
  if (signatures.length === 0) {
    throw webhookError(
      "thinnestai",
      "bad_signature",
      `${sigHeader} is not of the form sha256=<hex>`,
      sigHeader,
    );
  }
  // Parse the timestamp first (a non-integer is malformed), check the MAC, then the window: a stale verdict is
  // only given for a genuine delivery.
  checkTimestamp({
    provider: "thinnestai",
    value: timestamp,
    unit: "s",
    toleranceSeconds: Infinity,
    header: tsHeader,
  });
  await verifyHmacSignature({
    provider: "thinnestai",
    secret: input.secret,
    message: [timestamp, ".", bodyBytes(input.body)],
    signatures,
    header: sigHeader,
  });
  checkTimestamp({
    provider: "thinnestai",
    value: timestamp,
    unit: "s",
    toleranceSeconds: input.toleranceSeconds ?? THINNESTAI_WEBHOOK_TOLERANCE_SECONDS,
    now: input.now,
    header: tsHeader,
  });
}

/**
 * Verifies ({@link verifyThinnestAIWebhook}) then parses the delivery into its typed envelope.
 *
 * @throws {WebhookVerificationError} as {@link verifyThinnestAIWebhook}; `malformed` when the body is not a JSON
 *   object with a string `event`.
 */
export async function unwrapThinnestAIWebhook(
  input: ThinnestAIWebhookInput,
): Promise<ThinnestAIWebhookEvent> {
  await verifyThinnestAIWebhook(input);
  const payload = parseWebhookJson("thinnestai", input.body);
  if (typeof payload.event !== "string" || payload.event === "") {
    throw webhookError("thinnestai", "malformed", "the webhook body has no string `event`");
  }
  return payload as ThinnestAIWebhookEvent;
}

/** The delivery id (`X-Webhook-Delivery-Id`), kept across retries: the de-duplication key. */
export function thinnestAIDeliveryId(headers: WebhookHeaders): string | undefined {
  return getHeader(headers, THINNESTAI_WEBHOOK_HEADERS.deliveryId) || undefined;
}

/**
 * Signs a body the way ThinnestAI does, for tests and local replays (`switchboard webhooks send`): returns the
 * `X-Webhook-Signature` and `X-Webhook-Timestamp` headers (plus `X-Webhook-Event` and `X-Webhook-Delivery-Id`
 * when given).
 *
 * @param options.timestamp - Unix **seconds**; default now.
 */
export async function signThinnestAIWebhook(options: {
  body: WebhookBody;
  secret: string;
  timestamp?: number;
  event?: string;
  deliveryId?: string;
}): Promise<Record<string, string>> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const mac = await hmac(options.secret, [timestamp, ".", bodyBytes(options.body)]);
  const headers: Record<string, string> = {
    [THINNESTAI_WEBHOOK_HEADERS.signature]: `sha256=${toHex(mac)}`,
    [THINNESTAI_WEBHOOK_HEADERS.timestamp]: timestamp,
  };
  if (options.event) headers[THINNESTAI_WEBHOOK_HEADERS.event] = options.event;
  if (options.deliveryId) headers[THINNESTAI_WEBHOOK_HEADERS.deliveryId] = options.deliveryId;
  return headers;
}
