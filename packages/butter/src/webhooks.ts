import {
  parseWebhookJson,
  type TokenWebhookInput,
  verifySharedToken,
  webhookError,
} from "@switchboard/core/webhooks";
import type { components } from "./generated/butter.js";

/**
 * Butter's call status webhook body `{call_sid, status, duration, timestamp, error_code, error_message}`
 * (`duration` in seconds; https://docs.getbutter.ai/advanced/webhooks).
 */
export type ButterWebhookEvent = components["schemas"]["StatusWebhook"];

/** Input of {@link verifyButterWebhook}: body, headers, URL and the token you configured. */
export type ButterWebhookInput = TokenWebhookInput;

/**
 * Authenticates a Butter status webhook. Butter documents no signature (https://docs.getbutter.ai/advanced/webhooks),
 * so configure the webhook URL with a random token (`…/webhooks/butter?token=<token>`) and pass it here; an
 * `Authorization: Bearer <token>` header is accepted too. Compared in constant time.
 *
 * @throws {WebhookVerificationError} `missing_signature` (no token in the request), `bad_signature` (wrong token).
 * @throws {Error} when no `token` is configured and `dangerouslyAcceptUnauthenticated` is not `true`.
 */
export async function verifyButterWebhook(input: ButterWebhookInput): Promise<void> {
  verifySharedToken({ provider: "butter", ...input });
}

/**
 * Authenticates ({@link verifyButterWebhook}) then parses the status event.
 *
 * @throws {WebhookVerificationError} as {@link verifyButterWebhook}; `malformed` when the body is not a JSON
 *   object with string `call_sid` and `status`.
 */
export async function unwrapButterWebhook(input: ButterWebhookInput): Promise<ButterWebhookEvent> {
  await verifyButterWebhook(input);
  const payload = parseWebhookJson("butter", input.body);
  for (const key of ["call_sid", "status"]) {
    if (typeof payload[key] !== "string" || payload[key] === "") {
      throw webhookError("butter", "malformed", `the webhook body has no string \`${key}\``);
    }
  }
  return payload as ButterWebhookEvent;
}
