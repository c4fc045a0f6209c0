import {
  parseWebhookJson,
  type TokenWebhookInput,
  verifySharedToken,
  webhookError,
} from "@switchboard/core/webhooks";
import type { components } from "./generated/openmic.js";

/**
 * OpenMic's post-call webhook body, `type: "end-of-call-report"`: camelCase, ISO 8601 times, `callDuration` as
 * `H:MM:SS.ffffff` (https://docs.openmic.ai/post-call-webhook).
 */
export type OpenMicWebhookEvent = components["schemas"]["EndOfCallReport"];

/** Input of {@link verifyOpenMicWebhook}: body, headers, URL and the token you configured. */
export type OpenMicWebhookInput = TokenWebhookInput;

/**
 * Authenticates an OpenMic post-call webhook. OpenMic signs nothing (https://docs.openmic.ai/post-call-webhook:
 * no signature, no secret), so configure the webhook URL with a random token, e.g.
 * `https://example.com/webhooks/openmic?token=<token>`, and pass the same `token` here; an
 * `Authorization: Bearer <token>` header is accepted too. Compared in constant time.
 *
 * @throws {WebhookVerificationError} `missing_signature` (no token in the request), `bad_signature` (wrong token).
 * @throws {Error} when no `token` is configured and `dangerouslyAcceptUnauthenticated` is not `true`.
 */
export async function verifyOpenMicWebhook(input: OpenMicWebhookInput): Promise<void> {
  verifySharedToken({ provider: "openmic", ...input });
}

/**
 * Authenticates ({@link verifyOpenMicWebhook}) then parses the end-of-call report.
 *
 * @throws {WebhookVerificationError} as {@link verifyOpenMicWebhook}; `malformed` when the body is not a JSON
 *   object with a string `type`.
 */
export async function unwrapOpenMicWebhook(input: OpenMicWebhookInput): Promise<OpenMicWebhookEvent> {
  await verifyOpenMicWebhook(input);
  const payload = parseWebhookJson("openmic", input.body);
  if (typeof payload.type !== "string" || payload.type === "") {
    throw webhookError("openmic", "malformed", "the webhook body has no string `type`");
  }
  return payload as OpenMicWebhookEvent;
}
