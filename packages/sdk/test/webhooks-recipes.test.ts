import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { signBlandWebhook } from "@switchboard/bland";
import { signRetellWebhook } from "@switchboard/retell";
import type { WebhookEvent } from "@switchboard/sdk";
import { createSwitchboard } from "@switchboard/sdk";
import { signThinnestAIWebhook } from "@switchboard/thinnestai";
import { signVapiWebhook } from "@switchboard/vapi";
import express from "express";
import { describe, expect, it } from "vitest";
import { createWebhookApp } from "./recipes/express.js";
import { createWebhookHono } from "./recipes/hono.js";
import { makeWebhookRoute } from "./recipes/multi-provider.js";
import { makePOST } from "./recipes/next-route.js";
import { createWebhookServer } from "./recipes/node-http.js";

const SECRET = "whsec_recipe_0123456789";
const TOKEN = "tok_recipe_abcdef";
const ENDED = readFileSync(
  new URL("../../normalizer/src/thinnestai/__fixtures__/webhook-voice-call-ended.json", import.meta.url),
  "utf8",
);
const OPENMIC = readFileSync(
  new URL(
    "../../normalizer/src/openmic/__fixtures__/webhook-end-of-call-report.successful.json",
    import.meta.url,
  ),
  "utf8",
);

interface Running {
  url: string;
  close(): Promise<void>;
}

function listen(server: import("node:http").Server): Promise<Running> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function honoServe(fetch: (request: Request) => Response | Promise<Response>): Promise<Running> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

async function signedPost(url: string, body: string, tamper = false) {
  const headers = await signThinnestAIWebhook({
    body,
    secret: SECRET,
    event: "voice.call.ended",
    deliveryId: "d1",
  });
  const response = await fetch(url, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: tamper ? body.replace("245", "246") : body,
  });
  return response.status;
}

const recipes: [string, (save: (e: WebhookEvent) => Promise<void>) => Promise<Running>][] = [
  ["Node http", (save) => listen(createWebhookServer(SECRET, save))],
  ["Express (express.raw)", (save) => listen(createServer(createWebhookApp(SECRET, save)))],
  ["Hono", (save) => honoServe(createWebhookHono(SECRET, save).fetch)],
];

describe("docs/webhooks.md recipes, over real HTTP", () => {
  it.each(recipes)(
    "%s: verifies, normalizes and saves a signed ThinnestAI event; refuses a tampered one",
    async (_, start) => {
      const saved: WebhookEvent[] = [];
      const server = await start(async (e) => {
        saved.push(e);
      });
      try {
        expect(await signedPost(`${server.url}/webhooks/thinnestai`, ENDED)).toBe(200);
        expect(await signedPost(`${server.url}/webhooks/thinnestai`, ENDED, true)).toBe(401);
        expect(await signedPost(`${server.url}/webhooks/thinnestai`, "not json")).toBe(400);
        expect(saved).toHaveLength(1);
        expect(saved[0]).toMatchObject({ type: "call.ended", callId: "call_abc123", deliveryId: "d1" });
      } finally {
        await server.close();
      }
    },
  );

  it("Next.js-style route handler (Request → Response): OpenMic with the token in the URL", async () => {
    const saved: WebhookEvent[] = [];
    const server = await honoServe(makePOST(TOKEN, async (e) => void saved.push(e)));
    try {
      const ok = await fetch(`${server.url}/webhooks/openmic?token=${TOKEN}`, {
        method: "POST",
        body: OPENMIC,
      });
      expect(ok.status).toBe(200);
      const bad = await fetch(`${server.url}/webhooks/openmic?token=nope`, { method: "POST", body: OPENMIC });
      expect(bad.status).toBe(401);
      expect(saved.map((e) => e.callId)).toEqual(["cmdx5w8oc0005q671s3cbg063"]);
    } finally {
      await server.close();
    }
  });

  it("shows why the Express recipe needs the raw body: express.json re-serialises and the signature fails", async () => {
    const app = express();
    app.post("/hook", express.json(), async (req, res) => {
      const { handleWebhookPayload, webhookErrorStatus } = await import("@switchboard/sdk");
      try {
        await handleWebhookPayload({
          provider: "thinnestai",
          body: JSON.stringify(req.body),
          headers: req.headers,
          secret: SECRET,
        });
        res.sendStatus(200);
      } catch (error) {
        res.sendStatus(webhookErrorStatus(error) ?? 500);
      }
    });
    const server = await listen(createServer(app));
    try {
      const pretty = JSON.stringify(JSON.parse(ENDED), null, 2); // what a provider may send: not compact
      expect(await signedPost(`${server.url}/hook`, pretty)).toBe(401);
    } finally {
      await server.close();
    }
  });

  it("one route for every provider (switchboard.handleWebhook): signed Retell, Vapi and Bland events", async () => {
    const fixture = (path: string) =>
      readFileSync(new URL(`../../normalizer/src/${path}`, import.meta.url), "utf8");
    const retell = fixture("retell/__fixtures__/webhook-call-ended.seed.json");
    const vapi = fixture("vapi/__fixtures__/webhook.status-update.ended.json");
    const bland = fixture("bland/__fixtures__/webhook-post-call.docs.json");
    const switchboard = createSwitchboard({
      env: {
        OPENMIC_API_KEY: "om_key_for_listing",
        RETELL_WEBHOOK_SECRET: "key_retell_webhook",
        VAPI_WEBHOOK_SECRET: "vapi_hmac_secret",
        BLAND_WEBHOOK_SECRET: "bland_signing_secret",
      },
    });
    const saved: WebhookEvent[] = [];
    const server = await honoServe(makeWebhookRoute(switchboard, async (e) => void saved.push(e)));
    const send = async (provider: string, body: string, headers: Record<string, string>) =>
      (await fetch(`${server.url}/webhooks/${provider}`, { method: "POST", headers, body })).status;
    try {
      const retellHeaders = await signRetellWebhook({ body: retell, secret: "key_retell_webhook" });
      expect(await send("retell", retell, retellHeaders)).toBe(200);
      expect(await send("retell", `${retell} `, retellHeaders)).toBe(401);
      const vapiHeaders = await signVapiWebhook({ body: vapi, secret: "vapi_hmac_secret", scheme: "hmac" });
      expect(await send("vapi", vapi, vapiHeaders)).toBe(200);
      expect(await send("vapi", vapi, { authorization: "Bearer vapi_hmac_secret" })).toBe(401);
      const blandHeaders = await signBlandWebhook({ body: bland, secret: "bland_signing_secret" });
      expect(await send("bland", bland, blandHeaders)).toBe(200);
      expect(await send("bland", bland, {})).toBe(401);
      expect(await send("nope", bland, blandHeaders)).toBe(404);
      expect(saved.map((e) => [e.provider, e.type, e.callId])).toEqual([
        ["retell", "call.ended", "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6"],
        ["vapi", "call.ended", saved[1]?.call?.id],
        ["bland", "call.ended", "12345678-1234-1234-1234-123456789012"],
      ]);
      expect(saved[1]?.callId).toEqual(expect.any(String));
    } finally {
      await server.close();
    }
  });

  it("docs/webhooks.md shows each recipe exactly as tested", () => {
    const docs = readFileSync(new URL("../../../docs/webhooks.md", import.meta.url), "utf8");
    for (const file of ["node-http", "express", "hono", "next-route", "multi-provider"]) {
      const code = readFileSync(new URL(`./recipes/${file}.ts`, import.meta.url), "utf8").trim();
      expect(docs, `docs/webhooks.md is missing test/recipes/${file}.ts verbatim`).toContain(code);
    }
  });
});
