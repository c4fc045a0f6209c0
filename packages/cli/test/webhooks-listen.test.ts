import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signBlandWebhook } from "@switchboard/bland";
import type { WebhookEvent } from "@switchboard/normalizer";
import { signRetellWebhook } from "@switchboard/retell";
import { signThinnestAIWebhook } from "@switchboard/thinnestai";
import { afterEach, describe, expect, it } from "vitest";
import { startWebhookListener, type WebhookListener } from "../src/commands/webhooks/listen.js";
import { run } from "../src/program.js";
import { memoryIO } from "./env.js";

const fixtures = fileURLToPath(new URL("../../normalizer/src/", import.meta.url));
const fixture = (path: string) => readFileSync(join(fixtures, path), "utf8");
const ENDED = fixture("thinnestai/__fixtures__/webhook-voice-call-ended.json");
const OPENMIC = fixture("openmic/__fixtures__/webhook-end-of-call-report.successful.json");
const OPENMIC_FAILED = fixture("openmic/__fixtures__/webhook-end-of-call-report.failed.json");
const BUTTER = fixture("butter/__fixtures__/webhook-call-status.json");
const RETELL_ENDED = fixture("retell/__fixtures__/webhook-call-ended.seed.json");
const RETELL_STARTED = fixture("retell/__fixtures__/webhook-call-started.json");
const BLAND_LATENCY = fixture("bland/__fixtures__/webhook-event-latency.docs.json");
const SECRET = "whsec_listener_test_0123456789";
const TOKEN = "tok_listener_test_abcdef";
const ENV = { THINNESTAI_WEBHOOK_SECRET: SECRET, OPENMIC_WEBHOOK_TOKEN: TOKEN, BUTTER_WEBHOOK_TOKEN: TOKEN };

const listeners: WebhookListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

async function start(out?: string, env: Record<string, string> = ENV) {
  const file = out ?? join(await mkdtemp(join(tmpdir(), "sb-webhooks-")), "events.ndjson");
  const listener = await startWebhookListener({ port: 0, out: file, env });
  listeners.push(listener);
  return { listener, file, url: listener.url };
}

async function lines(file: string): Promise<WebhookEvent[]> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as WebhookEvent);
}

async function postSigned(
  url: string,
  body: string,
  opts: { secret?: string; timestamp?: number; deliveryId?: string; drop?: string[]; tamper?: boolean } = {},
) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(await signThinnestAIWebhook({
      body,
      secret: opts.secret ?? SECRET,
      timestamp: opts.timestamp,
      event: "voice.call.ended",
      deliveryId: opts.deliveryId ?? "dlv_1",
    })),
  };
  for (const name of opts.drop ?? []) delete headers[name];
  const sent = opts.tamper ? body.replace("245", "246") : body;
  const response = await fetch(`${url}/webhooks/thinnestai`, { method: "POST", headers, body: sent });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("switchboard webhooks listen: signed provider (ThinnestAI)", () => {
  it("acknowledges a valid delivery only once its unified event is in the file", async () => {
    const { url, file } = await start();
    const answer = await postSigned(url, ENDED);
    expect(answer).toEqual({ status: 200, body: { received: true, duplicate: false, type: "call.ended" } });
    const [event] = await lines(file);
    expect(event).toMatchObject({
      provider: "thinnestai",
      type: "call.ended",
      raw: { type: "voice.call.ended", payload: JSON.parse(ENDED) },
      callId: "call_abc123",
      deliveryId: "dlv_1",
      call: { durationMs: 245_000, agentId: "42" },
    });
  });

  it.each([
    ["a tampered body", { tamper: true }, /does not match/],
    ["a wrong secret", { secret: "whsec_wrong" }, /does not match/],
    ["a stale timestamp (10 min old)", { timestamp: Math.floor(Date.now() / 1000) - 600 }, /old/],
    [
      "a future timestamp (10 min ahead)",
      { timestamp: Math.floor(Date.now() / 1000) + 600 },
      /in the future/,
    ],
    ["no signature header", { drop: ["X-Webhook-Signature"] }, /no X-Webhook-Signature/],
    ["no timestamp header", { drop: ["X-Webhook-Timestamp"] }, /no X-Webhook-Timestamp/],
  ])("answers 401 to %s and writes nothing", async (_, opts, message) => {
    const { url, file } = await start();
    const answer = await postSigned(url, ENDED, opts);
    expect(answer.status).toBe(401);
    expect(String(answer.body.error)).toMatch(message);
    expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    expect(await lines(file)).toEqual([]);
  });

  it("answers 400 to a correctly signed body that is not JSON", async () => {
    const { url, file } = await start();
    const body = "{not json";
    const headers = await signThinnestAIWebhook({ body, secret: SECRET, deliveryId: "x" });
    expect((await post(`${url}/webhooks/thinnestai`, body, headers)).status).toBe(400);
    expect(await lines(file)).toEqual([]);
  });
});

describe("switchboard webhooks listen: unsigned providers (token)", () => {
  it("accepts the token in the URL query or an Authorization header, refuses a missing or wrong one", async () => {
    const { url, file } = await start();
    expect((await post(`${url}/webhooks/openmic?token=${TOKEN}`, OPENMIC)).status).toBe(200);
    expect(
      (await post(`${url}/webhooks/openmic`, OPENMIC_FAILED, { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(200);
    expect((await post(`${url}/webhooks/openmic`, OPENMIC)).status).toBe(401);
    expect((await post(`${url}/webhooks/openmic?token=guess`, OPENMIC)).status).toBe(401);
    const stored = await lines(file);
    expect(stored.map((e) => e.callId)).toEqual(["cmdx5w8oc0005q671s3cbg063", "cmdx5ozq60001q671n1vyoepy"]);
    expect(stored[0]?.call?.endReason).toEqual({ unified: "user_hangup", raw: "user_ended_call" });
  });

  it("answers 400 to a malformed body even with the right token", async () => {
    const { url } = await start();
    expect((await post(`${url}/webhooks/butter?token=${TOKEN}`, "[1,2]")).status).toBe(400);
    expect((await post(`${url}/webhooks/butter?token=${TOKEN}`, '{"status":"completed"}')).status).toBe(400);
  });

  it("answers 503 for a provider without a configured token, unless unauthenticated use is explicitly allowed", async () => {
    const { url } = await start();
    expect((await post(`${url}/webhooks/zudu`, "{}")).status).toBe(503);
    const dir = await mkdtemp(join(tmpdir(), "sb-webhooks-"));
    const open = await startWebhookListener({
      port: 0,
      out: join(dir, "e.ndjson"),
      env: {},
      dangerouslyAcceptUnauthenticated: true,
    });
    listeners.push(open);
    expect((await post(`${open.url}/webhooks/butter`, BUTTER)).status).toBe(200);
  });
});

describe("switchboard webhooks listen: HTTP edges", () => {
  it("answers 404 for an unknown provider or path, 405 for a GET", async () => {
    const { url } = await start();
    expect((await post(`${url}/webhooks/acme`, "{}")).status).toBe(404);
    expect((await post(`${url}/hooks`, "{}")).status).toBe(404);
    const get = await fetch(`${url}/webhooks/openmic`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("answers 413 above 1 MiB without reading the rest (declared length or chunked)", async () => {
    const { url, file } = await start();
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    // Declared: refused from the headers; we never send the body.
    expect(
      await rawPost(`${url}/webhooks/openmic?token=${TOKEN}`, { "content-length": String(big.length) }, []),
    ).toBe(413);
    // Chunked: refused once 1 MiB is exceeded, while we are still sending (the rest is never read).
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const status = await rawPost(
      `${url}/webhooks/openmic?token=${TOKEN}`,
      {},
      Array.from({ length: 40 }, () => chunk),
    );
    expect(status).toBe(413);
    expect(await lines(file)).toEqual([]);
  });
});

describe("switchboard webhooks listen: redeliveries", () => {
  it("writes a redelivered event once: same delivery id, or same event type for the same call", async () => {
    const { url, file } = await start();
    expect((await postSigned(url, ENDED, { deliveryId: "d1" })).body.duplicate).toBe(false);
    expect((await postSigned(url, ENDED, { deliveryId: "d1" })).body.duplicate).toBe(true);
    // A new delivery id, but the same voice.call.ended for the same call.
    expect((await postSigned(url, ENDED, { deliveryId: "d2" })).body.duplicate).toBe(true);
    expect((await post(`${url}/webhooks/butter?token=${TOKEN}`, BUTTER)).body.duplicate).toBe(false);
    expect((await post(`${url}/webhooks/butter?token=${TOKEN}`, BUTTER)).body.duplicate).toBe(true);
    // Another status of the same call is a different event.
    const ringing = JSON.stringify({ ...JSON.parse(BUTTER), status: "ringing" });
    expect((await post(`${url}/webhooks/butter?token=${TOKEN}`, ringing)).body.duplicate).toBe(false);
    expect((await lines(file)).map((e) => `${e.provider}:${e.raw.type}`)).toEqual([
      "thinnestai:voice.call.ended",
      "butter:completed",
      "butter:ringing",
    ]);
  });

  it("writes once when the same delivery arrives 20 times at once", async () => {
    const { url, file } = await start();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => postSigned(url, ENDED, { deliveryId: "same" })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    expect(await lines(file)).toHaveLength(1);
  });

  it("remembers deliveries across a restart of the listener (seen-set rebuilt from --out)", async () => {
    const first = await start();
    expect((await postSigned(first.url, ENDED, { deliveryId: "r1" })).body.duplicate).toBe(false);
    await first.listener.close();
    // A torn, never-acknowledged last line (crash mid-write) is cut off on start.
    await writeFile(first.file, `${await readFile(first.file, "utf8")}{"provider":"thinn`);
    const second = await start(first.file);
    expect(second.listener.loaded).toBe(1);
    expect((await postSigned(second.url, ENDED, { deliveryId: "r1" })).body.duplicate).toBe(true);
    expect((await postSigned(second.url, OPENMIC_AS_THINNESTAI, { deliveryId: "r2" })).body.duplicate).toBe(
      false,
    );
    const stored = await lines(first.file);
    expect(stored.map((e) => e.deliveryId)).toEqual(["r1", "r2"]);
  });
});

const OPENMIC_AS_THINNESTAI = JSON.stringify({
  ...JSON.parse(ENDED),
  data: { call_id: "call_other", duration: 1 },
});

describe("switchboard webhooks listen: signed provider (Retell)", () => {
  const KEY = "key_retell_listener_0123";
  const env = { ...ENV, RETELL_WEBHOOK_SECRET: KEY, BLAND_WEBHOOK_SECRET: SECRET };
  const postRetell = async (url: string, body: string, headers: Record<string, string>) =>
    post(`${url}/webhooks/retell`, body, headers);

  it("stores call_started and call_ended of one call, drops a redelivery, refuses forged, stale and unsigned ones", async () => {
    const { url, file } = await start(undefined, env);
    const ended = await signRetellWebhook({ body: RETELL_ENDED, secret: KEY });
    expect(
      await postRetell(url, RETELL_STARTED, await signRetellWebhook({ body: RETELL_STARTED, secret: KEY })),
    ).toEqual({
      status: 200,
      body: { received: true, duplicate: false, type: "call.started" },
    });
    expect((await postRetell(url, RETELL_ENDED, ended)).body).toMatchObject({
      duplicate: false,
      type: "call.ended",
    });
    expect((await postRetell(url, RETELL_ENDED, ended)).body).toMatchObject({ duplicate: true });
    const forged = await signRetellWebhook({ body: RETELL_ENDED, secret: "key_someone_else" });
    expect((await postRetell(url, RETELL_ENDED, forged)).status).toBe(401);
    const stale = await signRetellWebhook({
      body: RETELL_ENDED,
      secret: KEY,
      timestamp: Date.now() - 301_000,
    });
    const answer = await postRetell(url, RETELL_ENDED, stale);
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.body)).not.toContain(KEY);
    expect((await postRetell(url, RETELL_ENDED, {})).status).toBe(401);
    const events = await lines(file);
    expect(events.map((e) => [e.provider, e.type, e.callId])).toEqual([
      ["retell", "call.started", "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6"],
      ["retell", "call.ended", "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6"],
    ]);
  });

  it("answers 503 for Retell when RETELL_WEBHOOK_SECRET is not set", async () => {
    const { url } = await start(undefined, ENV);
    const headers = await signRetellWebhook({ body: RETELL_ENDED, secret: KEY });
    const answer = await postRetell(url, RETELL_ENDED, headers);
    expect(answer.status).toBe(503);
    expect(answer.body.error).toContain("RETELL_WEBHOOK_SECRET");
  });

  it("keeps two different Bland live events of one call (only an identical resend is a duplicate)", async () => {
    const { url, file } = await start(undefined, env);
    const other = JSON.stringify({ ...JSON.parse(BLAND_LATENCY), message: "LLM: 412ms" });
    for (const body of [BLAND_LATENCY, other, BLAND_LATENCY]) {
      await post(`${url}/webhooks/bland`, body, await signBlandWebhook({ body, secret: SECRET }));
    }
    expect((await lines(file)).map((e) => (e.raw.payload as { message: string }).message)).toEqual([
      "TTS: 218ms",
      "LLM: 412ms",
    ]);
  });

  it("webhooks send signs Retell's scheme", async () => {
    const { url, file } = await start(undefined, env);
    const dir = await mkdtemp(join(tmpdir(), "sb-send-"));
    const payload = join(dir, "retell.json");
    await writeFile(payload, RETELL_ENDED);
    const args = ["webhooks", "send", "-p", "retell", "--file", payload, "--url", `${url}/webhooks/retell`];
    const io = memoryIO({ RETELL_WEBHOOK_SECRET: KEY });
    expect(await run(args, io)).toBe(0);
    expect((await lines(file))[0]).toMatchObject({ provider: "retell", type: "call.ended" });
    const wrong = memoryIO({});
    expect(await run([...args, "--secret", "nope"], wrong)).toBe(9);
    expect(wrong.out).toContain("HTTP 401");
  });
});

describe("switchboard webhooks send", () => {
  it("signs with ThinnestAI's real scheme and posts the file byte for byte", async () => {
    const { url, file } = await start();
    const dir = await mkdtemp(join(tmpdir(), "sb-send-"));
    const payload = join(dir, "payload.json");
    await writeFile(payload, ENDED);
    const io = memoryIO({ THINNESTAI_WEBHOOK_SECRET: SECRET });
    const args = [
      "webhooks",
      "send",
      "-p",
      "thinnestai",
      "--file",
      payload,
      "--url",
      `${url}/webhooks/thinnestai`,
    ];
    expect(await run(args, io)).toBe(0);
    expect(io.out).toContain('HTTP 200 {"received":true,"duplicate":false');
    expect((await lines(file))[0]?.raw.payload).toEqual(JSON.parse(ENDED));
    const wrong = memoryIO({});
    expect(await run([...args, "--secret", "nope"], wrong)).toBe(9);
    expect(wrong.out).toContain("HTTP 401");
  });
});

describe("switchboard webhooks listen: SIGTERM under load", () => {
  it("stops accepting, finishes in-flight requests, and every acknowledged event is in the file exactly once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sb-sigterm-"));
    const out = join(dir, "events.ndjson");
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "webhooks", "listen", "--port", "0", "--out", out], {
      env: { ...process.env, ...ENV },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const base = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /listening on (http:\/\/\S+?)\/webhooks/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`listener exited: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    // 32 concurrent senders work through N deliveries; SIGTERM lands after the 100th answer, so deliveries are in
    // flight when it arrives and later ones find the listener closing or gone.
    const N = 800;
    let next = 0;
    let answered = 0;
    const acknowledged: string[] = [];
    let refused = 0;
    const worker = async () => {
      while (next < N) {
        const i = next++;
        const body = JSON.stringify({ ...JSON.parse(ENDED), data: { call_id: `call_${i}`, duration: i } });
        const headers = await signThinnestAIWebhook({ body, secret: SECRET, deliveryId: `load_${i}` });
        try {
          const response = await fetch(`${base}/webhooks/thinnestai`, { method: "POST", headers, body });
          const answer = (await response.json()) as { received?: boolean };
          if (response.status === 200 && answer.received) acknowledged.push(`load_${i}`);
          else refused++;
        } catch {
          refused++; // refused or cut off by the shutdown: not acknowledged, so the provider would retry
        } finally {
          if (++answered === 100) child.kill("SIGTERM");
        }
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    expect(await exited).toBe(0);

    const stored = (await lines(out)).map((e) => e.deliveryId as string);
    expect(new Set(stored).size).toBe(stored.length); // nothing written twice
    const missing = acknowledged.filter((id) => !stored.includes(id));
    expect(missing).toEqual([]); // nothing acknowledged is lost
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    expect(refused).toBeGreaterThan(0); // the shutdown really happened mid-load
    expect(acknowledged.length + refused).toBe(N);
    expect(stderr).toContain("every acknowledged event is in the file");
  }, 60_000);
});

/** POSTs with node:http, writing `chunks` one by one; resolves the status (the server may cut us off). */
function rawPost(url: string, headers: Record<string, string>, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", headers: { "content-type": "application/json", ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    let i = 0;
    const writeNext = () => {
      while (i < chunks.length) {
        const ok = req.write(chunks[i++] as Buffer);
        if (!ok) return void req.once("drain", writeNext);
      }
      if (!headers["content-length"]) req.end();
    };
    if (chunks.length === 0 && headers["content-length"]) req.flushHeaders();
    else writeNext();
  });
}
