import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import {
  WEBHOOK_PROVIDERS,
  type WebhookEvent,
  type WebhookProvider,
  webhookDescriptor,
} from "@switchboard/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makePOST as openmicRoute } from "./recipes/next-route.js";
import { createWebhookServer as thinnestaiServer } from "./recipes/node-http.js";
import { blandWebhookApp } from "./recipes/providers/bland.js";
import { butterWebhookServer } from "./recipes/providers/butter.js";
import { retellWebhook } from "./recipes/providers/retell.js";
import { vapiWebhook } from "./recipes/providers/vapi.js";
import zuduWorker from "./recipes/providers/zudu.js";

const CREDENTIAL = "whsec_recipe_provider_0123456789";
type Save = (event: WebhookEvent) => Promise<void>;
type Start = (save: Save) => Promise<string>;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});
const onNode = (server: Server) =>
  new Promise<string>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      closers.push(() => new Promise((r) => server.close(() => r())));
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
const onFetch = (fetch: (request: Request) => Response | Promise<Response>) =>
  new Promise<string>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      closers.push(() => new Promise((r) => server.close(() => r())));
      resolve(`http://127.0.0.1:${info.port}`);
    });
  });

/** docs/webhooks.md's recipe of each provider, started on a real port. */
const RECIPES: Record<WebhookProvider, { file: string; start: Start }> = {
  bland: {
    file: "providers/bland",
    start: (save) => onNode(createServer(blandWebhookApp(CREDENTIAL, save))),
  },
  butter: { file: "providers/butter", start: (save) => onNode(butterWebhookServer(CREDENTIAL, save)) },
  openmic: { file: "next-route", start: (save) => onFetch(openmicRoute(CREDENTIAL, save)) },
  retell: { file: "providers/retell", start: (save) => onFetch(retellWebhook(CREDENTIAL, save)) },
  thinnestai: { file: "node-http", start: (save) => onNode(thinnestaiServer(CREDENTIAL, save)) },
  vapi: { file: "providers/vapi", start: (save) => onFetch(vapiWebhook({ secret: CREDENTIAL }, save)) },
  zudu: {
    file: "providers/zudu",
    start: (save) =>
      onFetch((request) => zuduWorker.fetch(request, { ZUDU_WEBHOOK_TOKEN: CREDENTIAL, save })),
  },
};

/** The provider's documented sample: the first example of the first webhook in its spec. */
function sample(provider: string): string {
  const spec = parse(readFileSync(new URL(`../../../specs/${provider}.yaml`, import.meta.url), "utf8"));
  const webhook = Object.values(
    spec.webhooks as Record<
      string,
      { post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } } }
    >,
  )[0];
  const example = Object.values(webhook?.post.requestBody.content["application/json"]?.examples ?? {})[0];
  return JSON.stringify(example?.value);
}

describe("docs/webhooks.md: a recipe per provider, over real HTTP", () => {
  it("covers every provider of the registry", () => {
    expect(Object.keys(RECIPES).sort()).toEqual(Object.keys(WEBHOOK_PROVIDERS).sort());
  });

  it.each(Object.keys(RECIPES) as WebhookProvider[])(
    "%s: a delivery signed with its scheme is verified, normalized and saved; a forged one is refused",
    async (provider) => {
      const saved: WebhookEvent[] = [];
      const base = await RECIPES[provider].start(async (event) => void saved.push(event));
      const webhook = webhookDescriptor(provider);
      const body = sample(provider);
      const signs = webhook.auth !== "token";
      const url = `${base}/webhooks/${provider}${signs ? "" : `?token=${CREDENTIAL}`}`;
      const headers = {
        "content-type": "application/json",
        ...(await webhook.sign({
          body: new TextEncoder().encode(body),
          secret: CREDENTIAL,
          deliveryId: "d1",
          scheme: "hmac",
        })),
      };
      const ok = await fetch(url, { method: "POST", headers, body });
      expect(ok.status).toBeLessThan(300);
      // Forged: a changed body under the signature, or (providers that sign nothing) a wrong token.
      const forged = signs
        ? await fetch(url, { method: "POST", headers, body: body.replace(/}$/, ',"injected":true}') })
        : await fetch(`${base}/webhooks/${provider}?token=wrong`, { method: "POST", body });
      expect(forged.status).toBe(401);
      const malformed = await fetch(url, {
        method: "POST",
        headers: signs
          ? await webhook.sign({
              body: new TextEncoder().encode("{not json"),
              secret: CREDENTIAL,
              deliveryId: "d2",
              scheme: "hmac",
            })
          : {},
        body: "{not json",
      });
      expect([malformed.status, await malformed.text()]).toEqual([400, expect.any(String)]);
      expect(saved.length).toBeLessThanOrEqual(1);
      for (const event of saved) expect(event.provider).toBe(provider);
    },
  );

  it("docs/webhooks.md shows each provider's recipe exactly as tested", () => {
    const docs = readFileSync(new URL("../../../docs/webhooks.md", import.meta.url), "utf8");
    for (const { file } of Object.values(RECIPES)) {
      const code = readFileSync(new URL(`./recipes/${file}.ts`, import.meta.url), "utf8").trim();
      expect(docs, `docs/webhooks.md is missing test/recipes/${file}.ts verbatim`).toContain(code);
    }
  });
});
