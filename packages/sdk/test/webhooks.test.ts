import { readFileSync } from "node:fs";
import { WebhookVerificationError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../src/client.js";
import { InvalidArgumentError } from "../src/errors.js";
import {
  handleWebhookPayload,
  handleWebhookRequest,
  WEBHOOK_PROVIDERS,
  webhookCredentialsFromEnv,
  webhookErrorStatus,
} from "../src/webhooks.js";

const fixture = (path: string) =>
  readFileSync(new URL(`../../normalizer/src/${path}`, import.meta.url), "utf8");

/** A documented webhook body of each provider (fixtures copied from the providers' docs). */
const BODIES: Record<string, string> = {
  openmic: fixture("openmic/__fixtures__/webhook-end-of-call-report.successful.json"),
  zudu: fixture("zudu/__fixtures__/webhook-post-call.json"),
  thinnestai: fixture("thinnestai/__fixtures__/webhook-voice-call-ended.json"),
  butter: fixture("butter/__fixtures__/webhook-call-status.json"),
  retell: fixture("retell/__fixtures__/webhook-call-ended.seed.json"),
  vapi: fixture("vapi/__fixtures__/webhook.status-update.ended.json"),
  bland: fixture("bland/__fixtures__/webhook-post-call.docs.json"),
};
const CREDENTIAL = "cred_0123456789abcdef";

describe("webhook descriptors", () => {
  it("every provider of the registry has one, named by <PROVIDER>_WEBHOOK_SECRET / _TOKEN", () => {
    expect(Object.keys(WEBHOOK_PROVIDERS).sort()).toEqual(PROVIDERS.map((d) => d.name).sort());
    for (const { name, webhook } of PROVIDERS) {
      const upper = name.toUpperCase();
      if (webhook.auth !== "token") expect(webhook.secretEnv).toBe(`${upper}_WEBHOOK_SECRET`);
      if (webhook.auth !== "signature") expect(webhook.tokenEnv).toBe(`${upper}_WEBHOOK_TOKEN`);
      expect(webhook.docsUrl).toMatch(/^https:\/\//);
    }
  });

  it.each(PROVIDERS.map((d) => d.name))(
    "%s: a delivery signed by the descriptor is verified and normalized; a tampered or forged one is refused (401)",
    async (provider) => {
      const webhook = WEBHOOK_PROVIDERS[provider as keyof typeof WEBHOOK_PROVIDERS];
      const text = BODIES[provider] as string;
      const body = new TextEncoder().encode(text);
      const credentials = webhook.auth === "token" ? { token: CREDENTIAL } : { secret: CREDENTIAL };
      const headers = await webhook.sign({ body, ...credentials, deliveryId: "dlv_7" });
      const request = new Request(`http://localhost/webhooks/${provider}`, { method: "POST", headers, body });
      const event = await handleWebhookRequest(request, {
        provider: provider as keyof typeof WEBHOOK_PROVIDERS,
        ...credentials,
      });
      expect(event.provider).toBe(provider);
      expect(event.raw.payload).toEqual(JSON.parse(text));
      expect(event.type).not.toBe("other");
      if (webhook.deliveryIdHeader) expect(event.deliveryId).toBe("dlv_7");
      // A signing provider's signature covers the body; a token provider's token is the only proof.
      const refused = await handleWebhookPayload({
        provider: provider as keyof typeof WEBHOOK_PROVIDERS,
        ...(webhook.auth === "token"
          ? { body: text, headers: await webhook.sign({ body, token: `${CREDENTIAL}x` }), token: CREDENTIAL }
          : { body: text.replace(/"([^"]{3,})"/, '"$1x"'), headers, secret: CREDENTIAL }),
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WebhookVerificationError);
      expect(webhookErrorStatus(refused)).toBe(401);
      expect((refused as Error).message).not.toContain(CREDENTIAL);
    },
  );

  it("reads credentials from the environment, ignoring blank values", () => {
    expect(webhookCredentialsFromEnv("thinnestai", { THINNESTAI_WEBHOOK_SECRET: "s" })).toEqual({
      secret: "s",
    });
    expect(webhookCredentialsFromEnv("openmic", { OPENMIC_WEBHOOK_TOKEN: " " })).toEqual({});
  });

  it("refuses an unknown provider and a signing provider without a secret", async () => {
    await expect(
      handleWebhookPayload({ provider: "nope" as "openmic", body: "{}", headers: {} }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(handleWebhookPayload({ provider: "thinnestai", body: "{}", headers: {} })).rejects.toThrow(
      /THINNESTAI_WEBHOOK_SECRET/,
    );
  });
});
