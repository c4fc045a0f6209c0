import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { WebhookEvent } from "@switchboard/normalizer";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import {
  openStore,
  SCHEMA_VERSION,
  type Store,
  StoreLockedError,
  StoreOpenError,
  StoreVersionError,
  StoreWriteError,
} from "../src/index.js";
import { fullCall } from "./calls.js";
import { cleanup, ENGINES, freshDuckDB, freshPostgres, HAS_POSTGRES } from "./engines.js";

const open: Store[] = [];
const locations: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  for (const l of locations.splice(0)) cleanup(l);
});
async function openFresh(make: () => Promise<string>, options = {}) {
  const location = await make();
  locations.push(location);
  const store = await openStore(location, options);
  open.push(store);
  return { store, location };
}
const all = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe.each(ENGINES)("%s store", (_name, make) => {
  it("applies every migration on open, once, and gives a call back exactly as it was written", async () => {
    const { store, location } = await openFresh(make);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    const call = fullCall("c1");
    const sparse = fullCall("c2", { startedAt: "2026-03-01T09:00:00.000Z" });
    for (const key of [
      "agentName",
      "direction",
      "from",
      "to",
      "endedAt",
      "durationMs",
      "endReason",
      "transcript",
      "recording",
      "cost",
      "latency",
      "usage",
      "analysis",
      "interruptions",
      "turnCount",
    ] as const)
      delete (sparse as Partial<typeof sparse>)[key];
    sparse.detail = "summary";
    await store.beginRun("openmic", { loadId: "L1", since: undefined, startedAt: new Date().toISOString() });
    await store.writeCalls("openmic", [call, sparse], { source: "pull", loadId: "L1" });
    expect(await all(store.iterateCalls())).toEqual([call, sparse]);
    await store.close();
    open.pop();
    const again = await openStore(location);
    open.push(again);
    expect(await again.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await again.countCalls()).toEqual({ openmic: 2 });
  });

  it("inserts new calls, updates changed ones (updated_at moves, first_seen_at stays) and writes nothing for unchanged ones", async () => {
    const { store } = await openFresh(make);
    await store.beginRun("openmic", { loadId: "L1", since: undefined, startedAt: new Date().toISOString() });
    const calls = [fullCall("a"), fullCall("b"), fullCall("c")];
    expect(await store.writeCalls("openmic", calls, { source: "pull", loadId: "L1" })).toEqual({
      fetched: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    const before = await store.sql("SELECT id, first_seen_at, updated_at, load_id FROM calls ORDER BY id");
    await new Promise((r) => setTimeout(r, 20));
    const changed = fullCall("b", { analysis: { summary: "Order status, refund promised" } });
    expect(
      await store.writeCalls("openmic", [fullCall("a"), changed, fullCall("c")], {
        source: "pull",
        loadId: "L2",
      }),
    ).toEqual({ fetched: 3, inserted: 0, updated: 1, unchanged: 2 });
    const after = await store.sql("SELECT id, first_seen_at, updated_at, load_id FROM calls ORDER BY id");
    expect(after.map((r) => r.load_id)).toEqual(["L1", "L2", "L1"]);
    expect(after[1]?.first_seen_at).toEqual(before[1]?.first_seen_at);
    expect(after[1]?.updated_at).not.toEqual(before[1]?.updated_at);
    expect(after[0]?.updated_at).toEqual(before[0]?.updated_at);
    const [stored] = await all(
      store.iterateCalls({
        limit: 1,
        since: "2026-03-01T10:00:00Z",
        agentId: "agent_1",
        providers: ["openmic"],
      }),
    );
    expect(stored?.id).toBe("a");
    expect(
      (await all(store.iterateCalls({ providers: ["openmic"] }))).find((c) => c.id === "b")?.analysis,
    ).toEqual({
      summary: "Order status, refund promised",
    });
  });

  it("merge rule: a summary never replaces a full record, a status never goes back, a newer full view wins", async () => {
    const { store } = await openFresh(make);
    await store.writeCalls("openmic", [fullCall("m")], { source: "pull", loadId: "L1" });
    const summary = fullCall("m", { detail: "summary", transcript: undefined, analysis: undefined });
    delete (summary as Partial<typeof summary>).transcript;
    expect((await store.writeCalls("openmic", [summary], { source: "pull", loadId: "L2" })).unchanged).toBe(
      1,
    );
    const older = fullCall("m", { status: { unified: "in_progress", raw: "ongoing" }, endedAt: undefined });
    expect((await store.writeCalls("openmic", [older], { source: "pull", loadId: "L3" })).unchanged).toBe(1);
    const newer = fullCall("m", { recording: { url: "https://example.com/final.wav" } });
    expect((await store.writeCalls("openmic", [newer], { source: "pull", loadId: "L4" })).updated).toBe(1);
    expect((await all(store.iterateCalls()))[0]?.recording).toEqual({ url: "https://example.com/final.wav" });
  });

  it("webhooks: the event is stored once (redeliveries too), its call merged with what a pull stored", async () => {
    const { store } = await openFresh(make);
    const event = (status: string, extra: Record<string, unknown> = {}): WebhookEvent =>
      ({
        provider: "openmic",
        type: status === "ended" ? "call.ended" : "call.status",
        raw: {
          type: status === "ended" ? "end-of-call-report" : "status-update",
          payload: { call_id: "w", status },
        },
        callId: "w",
        call: {
          provider: "openmic",
          id: "w",
          status: { unified: status === "ended" ? "ended" : "in_progress", raw: status },
          raw: { call_id: "w", status },
          warnings: [],
          ...extra,
        },
        warnings: [],
      }) as WebhookEvent;
    expect(await store.recordWebhookEvent(event("ongoing"), { loadId: "W" })).toEqual({
      duplicate: false,
      call: "insert",
    });
    expect(await store.recordWebhookEvent(event("ongoing"), { loadId: "W" })).toEqual({
      duplicate: true,
      call: undefined,
    });
    const ended = event("ended", { durationMs: 61_000, endedAt: "2026-03-01T10:01:01.000Z" });
    expect(await store.recordWebhookEvent(ended, { loadId: "W" })).toEqual({
      duplicate: false,
      call: "update",
    });
    // A late status webhook (older news) does not move the status back.
    const late = { ...event("ringing"), deliveryId: "d-late" } as WebhookEvent;
    expect((await store.recordWebhookEvent(late, { loadId: "W" })).call).toBe("unchanged");
    let [call] = await all(store.iterateCalls());
    expect(call).toMatchObject({ id: "w", status: { unified: "ended" }, durationMs: 61_000 });
    // A full pull of the same call replaces the webhook's partial view; a later summary row does not.
    const pulled = fullCall("w");
    expect((await store.writeCalls("openmic", [pulled], { source: "pull", loadId: "P" })).updated).toBe(1);
    const summary = { ...fullCall("w"), detail: "summary" as const };
    delete (summary as Partial<typeof summary>).transcript;
    expect((await store.writeCalls("openmic", [summary], { source: "pull", loadId: "P2" })).unchanged).toBe(
      1,
    );
    [call] = await all(store.iterateCalls());
    expect(call).toEqual(pulled);
    const events = await store.sql(
      "SELECT raw_type, call_id, load_id FROM webhook_events ORDER BY received_at",
    );
    expect(events.map((e) => e.raw_type)).toEqual(["status-update", "end-of-call-report", "status-update"]);
    const [source] = await store.sql("SELECT source, load_id FROM calls");
    expect(source).toEqual({ source: "pull", load_id: "P" });
  });

  it("migrates a store written by the previous schema version, keeping its rows", async () => {
    const { store, location } = await openFresh(make, { migrateTo: SCHEMA_VERSION - 1 });
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION - 1);
    await store.engine.query(
      `INSERT INTO calls (provider, id, status, warnings, raw, content_hash, first_seen_at, updated_at, source, load_id)
       VALUES ('vapi', 'old', 'ended', CAST('[]' AS ${store.engine.jsonType}), CAST('{"id":"old"}' AS ${store.engine.jsonType}), 'h', CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ), CAST('2026-01-01T00:00:00Z' AS TIMESTAMPTZ), 'pull', 'L0')`,
    );
    await expect(store.sql("SELECT COUNT(*) AS n FROM loads")).rejects.toThrow();
    await store.close();
    open.pop();
    const upgraded = await openStore(location);
    open.push(upgraded);
    expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await upgraded.countCalls()).toEqual({ vapi: 1 });
    expect(await upgraded.sql("SELECT COUNT(*) AS n FROM loads")).toEqual([{ n: "0" }]);
  });

  it("a store opened read-only answers queries and refuses every write", async () => {
    const { store, location } = await openFresh(make);
    await store.writeCalls("openmic", [fullCall("kept")], { source: "pull", loadId: "L" });
    await store.close();
    open.pop();
    const reader = await openStore(location, { readOnly: true });
    open.push(reader);
    expect(await reader.sql("SELECT id FROM calls")).toEqual([{ id: "kept" }]);
    await expect(reader.sql("DELETE FROM calls")).rejects.toThrow(/read-only/i);
    expect(await reader.countCalls()).toEqual({ openmic: 1 });
  });

  it("refuses a store whose schema is newer than it knows, writing nothing", async () => {
    const { store, location } = await openFresh(make);
    await store.engine.query(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', CAST('2030-01-01T00:00:00Z' AS TIMESTAMPTZ))",
    );
    await store.close();
    open.pop();
    const error = await openStore(location).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreVersionError);
    expect(error).toMatchObject({ found: 99, known: SCHEMA_VERSION });
    expect((error as Error).message).toMatch(/upgrade/);
  });
});

describe("opening errors", () => {
  it("a PostgreSQL store that cannot be reached is a StoreOpenError naming the source, without the password", async () => {
    const error = await openStore("postgres://app:s3cr3t-pw@127.0.0.1:1/calls", {
      source: "DATABASE_URL",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(
      /^DATABASE_URL: cannot connect to PostgreSQL at postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/calls/,
    );
    expect(JSON.stringify(error)).not.toContain("s3cr3t-pw");
    expect((error as Error).message).not.toContain("s3cr3t-pw");
  });

  it("a DuckDB path that cannot be created is a StoreOpenError naming --db", async () => {
    // A folder that cannot be made: its parent is a regular file.
    const file = freshDuckDB();
    locations.push(file);
    writeFileSync(file, "not a folder");
    const error = await openStore(`${file}/sub/calls.duckdb`, { source: "--db" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(/^--db: cannot open the DuckDB file/);
  });

  it("a second DuckDB writer is refused at once with StoreLockedError naming the holder's pid", async () => {
    const location = freshDuckDB();
    locations.push(location);
    const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { openStore } = await import(${JSON.stringify(dist)}); await openStore(${JSON.stringify(location)}); console.log("open"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("open") && resolve());
        holder.once("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const started = Date.now();
      const error = await openStore(location).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toBeInstanceOf(StoreLockedError);
      expect(error).toMatchObject({ pid: holder.pid });
      expect((error as Error).message).toContain(`PID ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it.skipIf(!HAS_POSTGRES)(
    "PostgreSQL: a connection lost mid-batch rolls the batch back (StoreWriteError), and the next write goes on",
    async () => {
      const url = await freshPostgres();
      const store = await openStore(url);
      open.push(store);
      await store.beginRun("openmic", {
        loadId: "L1",
        since: undefined,
        startedAt: new Date().toISOString(),
      });
      await store.writeCalls("openmic", [fullCall("kept")], { source: "pull", loadId: "L1" });
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        // Kill the store's connection while its batch transaction waits on the provider lock another session holds.
        await admin.query("BEGIN");
        await admin.query("SELECT pg_advisory_xact_lock(hashtext('switchboard:calls:openmic'))");
        const write = store
          .writeCalls("openmic", [fullCall("lost")], { source: "pull", loadId: "L1" })
          .catch((e: unknown) => e);
        await new Promise((r) => setTimeout(r, 200));
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        );
        await admin.query("ROLLBACK");
        const error = await write;
        expect(error).toBeInstanceOf(StoreWriteError);
        const count = await admin.query("SELECT id FROM calls");
        expect(count.rows.map((r) => r.id)).toEqual(["kept"]);
        const state = await admin.query("SELECT run_load_id, run_calls FROM sync_state");
        expect(state.rows).toEqual([{ run_load_id: "L1", run_calls: "1" }]);
      } finally {
        await admin.end();
      }
      // A new store (the next run) continues.
      const next = await openStore(url);
      open.push(next);
      await next.writeCalls("openmic", [fullCall("lost")], { source: "pull", loadId: "L1" });
      expect(await next.countCalls()).toEqual({ openmic: 2 });
    },
  );
});
