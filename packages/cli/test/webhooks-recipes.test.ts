import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { WebhookEvent } from "@switchboard/normalizer";
import { signThinnestAIWebhook } from "@switchboard/thinnestai";
import express from "express";
import { describe, expect, it } from "vitest";
import { createWebhookApp } from "./recipes/express.js";
import { createWebhookHono } from "./recipes/hono.js";
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
      const { handleWebhookPayload, webhookErrorStatus } = await import("@switchboard/cli");
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

  it("docs/webhooks.md shows each recipe exactly as tested", () => {
    const docs = readFileSync(new URL("../../../docs/webhooks.md", import.meta.url), "utf8");
    for (const file of ["node-http", "express", "hono", "next-route"]) {
      const code = readFileSync(new URL(`./recipes/${file}.ts`, import.meta.url), "utf8").trim();
      expect(docs, `docs/webhooks.md is missing test/recipes/${file}.ts verbatim`).toContain(code);
    }
  });
});
