import { parseWebhookJson, type TokenWebhookInput, verifySharedToken } from "@switchboard/core/webhooks";
import type { components } from "./generated/zudu.js";

/**
 * Zudu's post-call webhook body. Zudu documents neither its shape nor any signature (https://docs.zudu.ai,
 * "Post-call webhooks"): it is accepted as any JSON object, expected to be the call object (possibly in `call`
 * or `data`).
 */
export type ZuduWebhookEvent = components["schemas"]["PostCallWebhook"];

/** Input of {@link verifyZuduWebhook}: body, headers, URL and the token you configured. */
export type ZuduWebhookInput = TokenWebhookInput;

/**
 * Authenticates a Zudu post-call webhook by the token you put in its URL (`…/webhooks/zudu?token=<token>`) or
 * an `Authorization: Bearer <token>` header: Zudu returns no signing secret when a webhook is created
 * (https://docs.zudu.ai). Compared in constant time.
 *
 * @throws {WebhookVerificationError} `missing_signature` (no token in the request), `bad_signature` (wrong token).
 * @throws {Error} when no `token` is configured and `dangerouslyAcceptUnauthenticated` is not `true`.
 */
export async function verifyZuduWebhook(input: ZuduWebhookInput): Promise<void> {
  verifySharedToken({ provider: "zudu", ...input });
}

/**
 * Authenticates ({@link verifyZuduWebhook}) then parses the body (any JSON object).
 *
 * @throws {WebhookVerificationError} as {@link verifyZuduWebhook}; `malformed` when the body is not a JSON object.
 */
export async function unwrapZuduWebhook(input: ZuduWebhookInput): Promise<ZuduWebhookEvent> {
  await verifyZuduWebhook(input);
  return parseWebhookJson("zudu", input.body) as ZuduWebhookEvent;
}
