import type { TokenWebhookInput } from "@switchboard/core/webhooks";
import type { WebhookEvent } from "@switchboard/normalizer";
import type { WebhookDescriptor, WebhookVerifyInput } from "./descriptor.js";
import { ConfigurationError } from "./errors.js";

/**
 * The {@link WebhookDescriptor} of a provider that signs nothing (OpenMic, Butter, Zudu): a token you chose, in
 * the webhook URL (`?token=…`) or an `Authorization: Bearer` header, read from `<PROVIDER>_WEBHOOK_TOKEN`.
 *
 * @param options.userAgent - the `User-Agent` the provider sends, where documented (for `webhooks send`).
 */
export function tokenWebhook(options: {
  tokenEnv: string;
  docsUrl: string;
  unwrap: (input: TokenWebhookInput) => Promise<object>;
  normalize: (payload: unknown) => WebhookEvent;
  userAgent?: string;
}): WebhookDescriptor {
  return {
    auth: "token",
    tokenEnv: options.tokenEnv,
    docsUrl: options.docsUrl,
    unwrap: async (input: WebhookVerifyInput) =>
      (await options.unwrap({
        body: input.body,
        headers: input.headers,
        url: input.url,
        token: input.token,
        dangerouslyAcceptUnauthenticated: input.dangerouslyAcceptUnauthenticated,
      })) as Record<string, unknown>,
    normalize: options.normalize,
    sign: async ({ token }) => ({
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options.userAgent ? { "user-agent": options.userAgent } : {}),
    }),
  };
}

/**
 * The secret an HMAC provider's verifier needs.
 * @throws {ConfigurationError} naming the environment variable when it is not given (a configuration mistake).
 */
export function requireSecret(provider: string, env: string, secret: string | undefined): string {
  if (!secret) throw new ConfigurationError(provider, env, "is not set (the webhook secret)");
  return secret;
}
