import { InvalidArgumentError } from "@switchboard/core";
import {
  bodyBytes,
  bodyText,
  hmac,
  parseWebhookJson,
  requireHeader,
  timingSafeEqual,
  toHex,
  type WebhookBody,
  type WebhookHeaders,
  webhookError,
} from "@switchboard/core/webhooks";
import { visit } from "jsonc-parser";
import type { BlandCallEvent, BlandPostCallWebhook } from "./client.js";

/** The header Bland signs webhook deliveries with (https://docs.bland.ai/tutorials/webhook-signing). */
export const BLAND_SIGNATURE_HEADER = "X-Webhook-Signature";

/** Input of {@link verifyBlandWebhook} and {@link unwrapBlandWebhook}. */
export interface BlandWebhookInput {
  /** The raw request body, exactly as received. */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** The webhook signing secret (Dev Portal → Account Settings → Keys; shown once). */
  secret: string;
}

/**
 * Verifies a Bland webhook delivery: `X-Webhook-Signature` must equal the hex HMAC-SHA256 of the body keyed with
 * the signing secret (UTF-8), compared in constant time. Bland signs no timestamp, so there is no replay window:
 * de-duplicate by `call_id`. Bland's sample signs `JSON.stringify(req.body)` and does not say whether that equals
 * the bytes sent, so the raw body is tried first and its compact re-serialisation second (both constant-time).
 * Source: https://docs.bland.ai/tutorials/webhook-signing
 *
 * A body that repeats a key within one object is refused first: a reader that keeps the first value and the
 * re-serialised form (which keeps the last) would see different events under one signature.
 *
 * @throws {WebhookVerificationError} `malformed` (a key repeated within one JSON object), `missing_signature`
 *   (no header), `bad_signature` (no match, or a header that is not 64 hex digits).
 * @throws {InvalidArgumentError} (argument `secret`) when `secret` is empty (a configuration mistake).
 */
export async function verifyBlandWebhook(input: BlandWebhookInput): Promise<void> {
  if (!input.secret)
    throw new InvalidArgumentError("bland: the webhook secret is empty", {
      argument: "secret",
      provider: "bland",
    });
  const duplicate = duplicateKey(input.body);
  if (duplicate !== undefined)
    throw webhookError(
      "bland",
      "malformed",
      `the webhook body repeats the key ${JSON.stringify(duplicate)} in one object: refused, because JSON readers disagree on which value counts (and a re-serialised body keeps only the last)`,
    );
  const header = BLAND_SIGNATURE_HEADER;
  const received = requireHeader("bland", input.headers, header).trim().toLowerCase();
  const candidates = [input.body];
  const compact = reserialised(input.body);
  if (compact !== undefined) candidates.push(compact);
  let ok = false;
  for (const candidate of candidates) {
    const expected = toHex(await hmac(input.secret, bodyBytes(candidate)));
    if (timingSafeEqual(expected, received)) ok = true;
  }
  if (!ok) {
    throw webhookError(
      "bland",
      "bad_signature",
      `the webhook signature does not match the body and secret (${header})`,
      header,
    );
  }
}

/**
 * The first key a JSON body repeats within one object (`{"a":1,"a":2}` → `a`), found by jsonc-parser's
 * visitor (the text is scanned, not decoded twice); `undefined` when none does or the body is not JSON text.
 */
function duplicateKey(body: WebhookBody): string | undefined {
  let text: string;
  try {
    text = bodyText("bland", body);
  } catch {
    return undefined;
  }
  const objects: Set<string>[] = [];
  let found: string | undefined;
  visit(text, {
    onObjectBegin: () => {
      objects.push(new Set());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (property) => {
      const keys = objects.at(-1);
      if (!keys || found !== undefined) return;
      if (keys.has(property)) found = property;
      keys.add(property);
    },
  });
  return found;
}

/** `JSON.stringify(JSON.parse(body))`, when that differs from the body; else `undefined`. */
function reserialised(body: WebhookBody): string | undefined {
  try {
    const text = bodyText("bland", body);
    const compact = JSON.stringify(JSON.parse(text));
    return compact === text ? undefined : compact;
  } catch {
    return undefined;
  }
}

/**
 * Verifies ({@link verifyBlandWebhook}) then parses the body: the post-call webhook (the call with its
 * transcripts, https://docs.bland.ai/tutorials/post-call-webhooks) or a live call event
 * (`{message, call_id, category, log_level}`, https://docs.bland.ai/api-v1/post/calls `webhook_events`).
 *
 * @throws {WebhookVerificationError} as {@link verifyBlandWebhook}; `malformed` when the body is not a JSON object
 *   with a string `call_id`.
 */
export async function unwrapBlandWebhook(
  input: BlandWebhookInput,
): Promise<BlandPostCallWebhook | BlandCallEvent> {
  await verifyBlandWebhook(input);
  const payload = parseWebhookJson("bland", input.body);
  if (typeof payload.call_id !== "string" || payload.call_id === "") {
    throw webhookError("bland", "malformed", "the webhook body has no string `call_id`");
  }
  return payload as unknown as BlandPostCallWebhook | BlandCallEvent;
}

/** Signs a body the way Bland does, for tests and local replays: returns the `X-Webhook-Signature` header. */
export async function signBlandWebhook(options: {
  body: WebhookBody;
  secret: string;
}): Promise<Record<string, string>> {
  return { [BLAND_SIGNATURE_HEADER]: toHex(await hmac(options.secret, bodyBytes(options.body))) };
}
