#!/usr/bin/env node
/**
 * Webhook listener throughput: `switchboard webhooks listen` (the built CLI, its own process) on loopback, fed
 * signed ThinnestAI `voice.call.ended` deliveries (distinct delivery ids and calls, bodies pre-signed before the
 * clock starts) by `concurrency` keep-alive senders in this process. Every delivery is verified (HMAC-SHA256 on
 * Web Crypto), normalized, de-duplicated and durably appended (write + fdatasync, group-committed) before its
 * 200. Prints acknowledged events per second; the figure includes the senders' own CPU on the same machine.
 *
 * Usage: `node scripts/bench/webhooks.mjs [events=5000]` after `pnpm build`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { signThinnestAIWebhook } from "@switchboard/thinnestai";
import { root } from "../packages.mjs";

const SECRET = "whsec_bench_0123456789";

async function startListener(out) {
  const child = spawn(
    process.execPath,
    [join(root, "packages/cli/dist/bin.js"), "webhooks", "listen", "--port", "0", "--out", out],
    { env: { ...process.env, THINNESTAI_WEBHOOK_SECRET: SECRET }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  const url = await new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const match = /listening on (http:\/\/\S+?)\/webhooks/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once("exit", () => reject(new Error(stderr)));
  });
  child.stderr.removeAllListeners("data");
  child.stderr.resume();
  const stop = () =>
    new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  return { url, stop };
}

/** Posts `events` signed deliveries with `concurrency` senders; returns events/s and the file's line count. */
export async function benchWebhooks({ events = 5000, concurrency = 64 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-webhooks-"));
  const out = join(dir, "events.ndjson");
  const now = Math.floor(Date.now() / 1000);
  const requests = [];
  for (let i = 0; i < events; i++) {
    const body = JSON.stringify({
      event: "voice.call.ended",
      timestamp: new Date().toISOString(),
      agent_id: 42,
      data: { call_id: `call_${i}`, duration: 30 + (i % 600) },
    });
    const headers = await signThinnestAIWebhook({
      body,
      secret: SECRET,
      timestamp: now,
      deliveryId: `bench_${i}`,
    });
    requests.push({ body, headers: { ...headers, "content-type": "application/json" } });
  }
  const listener = await startListener(out);
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { body, headers } = requests[next++];
        const response = await fetch(`${listener.url}/webhooks/thinnestai`, {
          method: "POST",
          headers,
          body,
        });
        await response.arrayBuffer();
        if (response.status !== 200) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await listener.stop();
  const lines = readFileSync(out, "utf8").split("\n").filter(Boolean).length;
  rmSync(dir, { recursive: true, force: true });
  return { events, concurrency, seconds, perSecond: events / seconds, failed, lines };
}

/**
 * The durable store alone (no HTTP): `events` concurrent appends to the NDJSON file, group-committed (one write +
 * one fdatasync per batch). Returns appends/s.
 */
export async function benchEventStore(events = 5000) {
  const { EventStore } = await import(join(root, "packages/cli/dist/commands/webhooks/store.js"));
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-store-"));
  const store = await EventStore.open(join(dir, "events.ndjson"));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: events }, (_, i) =>
      store.append({
        provider: "thinnestai",
        type: "call.ended",
        raw: { type: "voice.call.ended", payload: {} },
        callId: `c${i}`,
        warnings: [],
      }),
    ),
  );
  const perSecond = events / ((performance.now() - started) / 1000);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return perSecond;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const events = Number(process.argv[2] ?? 5000);
  console.log(
    `machine: ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `event store alone, ${events} concurrent durable appends: ${(await benchEventStore(events)).toFixed(0)} appends/s`,
  );
  for (const concurrency of [1, 16, 64]) {
    const r = await benchWebhooks({
      events: concurrency === 1 ? Math.min(events, 1000) : events,
      concurrency,
    });
    console.log(
      `webhooks listen, ${r.events} signed ThinnestAI events, ${r.concurrency} concurrent senders: ${r.perSecond.toFixed(0)} events/s (${r.seconds.toFixed(2)} s; ${r.failed} non-200; ${r.lines} lines written)`,
    );
  }
}
