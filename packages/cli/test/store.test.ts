import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { openStore } from "@switchboard/store";
import {
  createDatabase,
  openMicTimedCall as openmicCall,
  type PagingServer,
  startPagingServer,
} from "@switchboard/testing";
import { parse } from "csv-parse/sync";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { afterEach, describe, expect, inject, it } from "vitest";
import { EXIT } from "../src/errors.js";
import { run } from "../src/program.js";
import { memoryIO } from "./env.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const KEY = "k_test_0123456789";
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(total: number, extra: Partial<Parameters<typeof startPagingServer>[0]> = {}) {
  const s = await startPagingServer({ total, makeCall: openmicCall, ...extra });
  cleanups.push(() => s.close());
  return s;
}
const envFor = (s: PagingServer, extra: Record<string, string> = {}) => ({
  OPENMIC_API_KEY: KEY,
  OPENMIC_BASE_URL: s.urlOf("openmic"),
  ...extra,
});
function duckdbFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "sb-cli-store-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "switchboard.duckdb");
}
/** A fresh, empty database on the suite's PostgreSQL server. */
const postgresDb = async () => createDatabase(inject("postgresUrl"));
async function cli(args: string[], env: Record<string, string | undefined>) {
  const io = memoryIO(env);
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}
/** `SELECT`s on a store, through the store package (the CLI process has closed it). */
async function query(location: string, sql: string) {
  const store = await openStore(location, { readOnly: true });
  try {
    return await store.sql(sql);
  } finally {
    await store.close();
  }
}

describe("switchboard sync → the store → calls list/summary --db, db export, db sql", () => {
  it("syncs into DuckDB, prints the counts, and reads back the same calls as the API gives", async () => {
    const s = await server(120);
    const db = duckdbFile();
    const env = envFor(s);
    const first = await cli(["sync", "-p", "openmic", "--db", db, "-f", "json"], env);
    expect(first.code).toBe(EXIT.ok);
    const report = JSON.parse(first.out);
    expect(report).toEqual({
      providers: [
        expect.objectContaining({
          provider: "openmic",
          fetched: 120,
          inserted: 120,
          updated: 0,
          unchanged: 0,
          cursor: expect.any(String),
        }),
      ],
      errors: [],
    });
    const second = await cli(["sync", "-p", "openmic", "--db", db], env);
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/^openmic\t120\t0\t0\t120\t\S+\n$/);

    const fromApi = await cli(["calls", "list", "-p", "openmic", "-f", "ndjson", "-n", "5"], env);
    const fromDb = await cli(["calls", "list", "-p", "openmic", "-f", "ndjson", "-n", "5", "--db", db], {});
    expect(fromDb.code).toBe(EXIT.ok);
    expect(fromDb.out).toBe(fromApi.out);
    const summaryApi = await cli(["calls", "summary", "-p", "all", "-f", "json"], env);
    const summaryDb = await cli(["calls", "summary", "-p", "all", "-f", "json", "--db", db], {});
    expect(JSON.parse(summaryDb.out)).toEqual(JSON.parse(summaryApi.out));
    // DATABASE_URL, then the default, are used when --db has no value.
    const viaEnv = await cli(["calls", "list", "-p", "all", "-f", "ndjson", "-n", "1", "--db"], {
      DATABASE_URL: db,
    });
    expect(viaEnv.out).toBe(fromApi.out.split("\n")[0] + "\n");
  });

  it("db export writes NDJSON, CSV and Parquet that DuckDB and a pure-JS Parquet reader open; db sql is read-only", async () => {
    const s = await server(30);
    const db = duckdbFile();
    expect((await cli(["sync", "-p", "openmic", "--db", db], envFor(s))).code).toBe(EXIT.ok);
    const ndjson = await cli(["db", "export", "--db", db, "-f", "ndjson"], {});
    const calls = ndjson.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(calls).toHaveLength(30);
    expect(calls[0]).toMatchObject({ provider: "openmic", id: "call_0", durationMs: 30_000 });
    const csv = parse((await cli(["db", "export", "--db", db, "-f", "csv", "--status", "ended"], {})).out, {
      columns: true,
    });
    expect(csv).toHaveLength(30);
    const out = join(db, "..", "calls.parquet");
    const parquet = await cli(["db", "export", "--db", db, "-f", "parquet", "-o", out], {});
    expect(parquet.code).toBe(EXIT.ok);
    expect(parquet.err).toBe(`30 calls written to ${out}\n`);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = (
      await connection.runAndReadAll(
        `SELECT id, duration_ms, started_at FROM read_parquet('${out}') ORDER BY started_at DESC`,
      )
    ).getRowObjectsJson();
    connection.closeSync();
    instance.closeSync();
    expect(rows.map((r) => r.id)).toEqual(calls.map((c) => c.id));
    const js = await parquetReadObjects({ file: await asyncBufferFromFile(out) });
    expect(js).toHaveLength(30);
    expect(js[0]).toMatchObject({ provider: "openmic", id: "call_0", duration_ms: 30_000n, status: "ended" });
    // The JSON columns carry Parquet's JSON logical type: the reader hands them back parsed.
    expect(js[0]?.raw).toEqual(calls[0].raw);
    expect(js[0]?.metadata).toEqual(calls[0].metadata);
    const noOut = await cli(["db", "export", "--db", db, "-f", "parquet"], {});
    expect(noOut.code).toBe(EXIT.usage);
    expect(noOut.err).toMatch(/--format parquet needs --out/);

    const sql = await cli(
      ["db", "sql", "--db", db, "-f", "json", "SELECT provider, COUNT(*) AS n FROM calls GROUP BY provider"],
      {},
    );
    expect(JSON.parse(sql.out)).toEqual([{ provider: "openmic", n: "30" }]);
    const write = await cli(["db", "sql", "--db", db, "DELETE FROM calls"], {});
    expect(write.code).toBe(EXIT.usage);
    expect(write.err).toMatch(/^switchboard: query: .*read-only/i);
    expect(await query(db, "SELECT COUNT(*) AS n FROM calls")).toEqual([{ n: "30" }]);
  });

  it("a --db that cannot be reached exits 2 naming the flag or variable, never the password", async () => {
    const bad = "postgres://app:s3cr3t-pw@127.0.0.1:1/calls";
    const viaFlag = await cli(["calls", "list", "-p", "all", "--db", bad], {});
    expect(viaFlag.code).toBe(EXIT.config);
    expect(viaFlag.err).toMatch(
      /^switchboard: --db: cannot connect to PostgreSQL at postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/calls/,
    );
    const viaEnv = await cli(["sync", "-p", "openmic"], { OPENMIC_API_KEY: KEY, DATABASE_URL: bad });
    expect(viaEnv.code).toBe(EXIT.config);
    expect(viaEnv.err).toMatch(/^switchboard: DATABASE_URL: /);
    for (const text of [viaFlag.out, viaFlag.err, viaEnv.out, viaEnv.err])
      expect(text).not.toContain("s3cr3t-pw");
  });
});

/** Runs the built `switchboard` in a child process. */
function spawnCli(
  args: string[],
  env: Record<string, string>,
): ChildProcess & { output: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d));
  child.stderr?.on("data", (d: Buffer) => (err += d));
  const output = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.once("close", (code) => resolve({ code, out, err })),
  );
  cleanups.push(() => child.kill("SIGKILL"));
  return Object.assign(child, { output });
}

/** Whether the suite has a PostgreSQL server (skipped on a machine without one, never in CI). */
const HAS_POSTGRES = inject("postgresUrl") !== "";
const ENGINES: [string, () => Promise<string>][] = [
  ["duckdb", async () => duckdbFile()],
  ...(HAS_POSTGRES ? [["postgres", postgresDb] as [string, () => Promise<string>]] : []),
];

describe.each(ENGINES)("crash safety on %s", (_name, make) => {
  it("kill -9 of a sync mid-run, twice, then a rerun: every call stored exactly once, none missing", async () => {
    const total = 3000;
    const s = await server(total, { delayMs: 15 });
    const db = await make();
    const env = envFor(s);
    for (const killAt of [7, 16]) {
      const before = s.pages.openmic ?? 0;
      const child = spawnCli(["sync", "-p", "openmic", "--db", db, "--concurrency", "2"], env);
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if ((s.pages.openmic ?? 0) - before >= killAt) {
            clearInterval(poll);
            resolve();
          }
        }, 2);
      });
      child.kill("SIGKILL");
      expect((await child.output).code).toBe(null);
      const stored = await query(db, "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM calls");
      expect(stored[0]?.n).toBe(stored[0]?.d);
      expect(Number(stored[0]?.n)).toBeLessThan(total);
    }
    const rerun = await spawnCli(["sync", "-p", "openmic", "--db", db, "-f", "json"], env).output;
    expect(rerun.code).toBe(0);
    const [counts] = await query(db, "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM calls");
    expect(counts).toEqual({ n: String(total), d: String(total) });
    const ids = new Set(
      (await query(db, "SELECT id FROM calls")).map((r: Record<string, unknown>) => String(r.id)),
    );
    expect(Array.from({ length: total }, (_, i) => `call_${i}`).filter((id) => !ids.has(id))).toEqual([]);
    const [state] = await query(db, "SELECT run_load_id, cursor IS NOT NULL AS has_cursor FROM sync_state");
    expect(state).toEqual({ run_load_id: null, has_cursor: true });
  }, 120_000);
});

describe("concurrent writers", () => {
  it.skipIf(!HAS_POSTGRES)(
    "PostgreSQL: two syncs at once leave each call once (advisory lock per provider, idempotent upserts)",
    async () => {
      const total = 1500;
      const s = await server(total, { delayMs: 5 });
      const db = await postgresDb();
      const env = envFor(s);
      // Both migrate the empty database at once, then write the same calls.
      const [a, b] = await Promise.all([
        spawnCli(["sync", "-p", "openmic", "--db", db, "-f", "json"], env).output,
        spawnCli(["sync", "-p", "openmic", "--db", db, "-f", "json"], env).output,
      ]);
      expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, "", ""]);
      const [ra, rb] = [JSON.parse(a.out).providers[0], JSON.parse(b.out).providers[0]];
      expect(ra.inserted + rb.inserted).toBe(total);
      expect(ra.fetched).toBe(total);
      expect(rb.fetched).toBe(total);
      const [counts] = await query(db, "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM calls");
      expect(counts).toEqual({ n: String(total), d: String(total) });
    },
    60_000,
  );

  it("DuckDB: a second writer is refused at once (exit 2), naming the process that holds the file", async () => {
    const db = duckdbFile();
    const listener = spawnCli(["webhooks", "listen", "--port", "0", "--db", db], {
      OPENMIC_WEBHOOK_TOKEN: "tok",
    });
    await new Promise<void>((resolve) =>
      listener.stderr?.on("data", (d: Buffer) => d.toString().includes("listening") && resolve()),
    );
    const started = Date.now();
    const second = await cli(["sync", "-p", "openmic", "--db", db], { OPENMIC_API_KEY: KEY });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(second.code).toBe(EXIT.config);
    expect(second.err).toContain(`PID ${listener.pid}`);
    expect(second.err).toMatch(/one writer per file/);
  });
});

describe("webhooks listen --db", () => {
  it("stores the event and its call (source webhook) before the 200; a later summary pull does not replace it", async () => {
    const db = duckdbFile();
    const controller = new AbortController();
    const io = memoryIO({ OPENMIC_WEBHOOK_TOKEN: "tok_0123456789" });
    const running = run(["webhooks", "listen", "--port", "0", "--db", db], {
      ...io,
      signal: controller.signal,
    });
    while (!/listening on (http:\/\/\S+)\/webhooks/.test(io.err)) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (http:\/\/\S+)\/webhooks/.exec(io.err)?.[1];
    const body = readFileSync(
      fileURLToPath(
        new URL(
          "../../normalizer/src/openmic/__fixtures__/webhook-end-of-call-report.successful.json",
          import.meta.url,
        ),
      ),
      "utf8",
    );
    const post = () =>
      fetch(`${url}/webhooks/openmic?token=tok_0123456789`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const first = await post();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ received: true, duplicate: false });
    expect(await (await post()).json()).toMatchObject({ duplicate: true });
    controller.abort();
    expect(await running).toBe(EXIT.ok);
    const sessionId = JSON.parse(body).sessionId as string;
    expect(await query(db, "SELECT id, source, detail FROM calls")).toEqual([
      { id: sessionId, source: "webhook", detail: "full" },
    ]);
    expect(await query(db, "SELECT raw_type, call_id FROM webhook_events")).toEqual([
      { raw_type: "end-of-call-report", call_id: sessionId },
    ]);
    // A pull of the same call as a list row without its transcript (detail: summary) keeps the webhook's full record.
    const s = await startPagingServer({
      total: 1,
      makeCall: (p, i, at) => ({ ...openmicCall(p, i, at), call_id: sessionId }),
    });
    cleanups.push(() => s.close());
    const pulled = await cli(["sync", "-p", "openmic", "--db", db, "-f", "json"], envFor(s));
    expect(JSON.parse(pulled.out).providers[0]).toMatchObject({ fetched: 1, unchanged: 1 });
    expect(await query(db, "SELECT source, detail FROM calls")).toEqual([
      { source: "webhook", detail: "full" },
    ]);
  });
});

describe("sync: partial failure, progress, and the listener's periodic sync", () => {
  it("with several providers, one failing is a stderr line and exit 13; the others' calls are stored", async () => {
    // Pages that take 250 ms, so that the progress line (redrawn every 100 ms) shows the walk under way.
    const s = await server(40, { delayMs: 250 });
    const db = duckdbFile();
    const env = envFor(s, { BLAND_API_KEY: KEY, BLAND_BASE_URL: `${s.url}/nowhere` });
    const io = memoryIO(env, true);
    const code = await run(["sync", "-p", "all", "--db", db, "-f", "json"], io);
    expect(code).toBe(EXIT.providerFailed);
    expect(io.err).toMatch(/switchboard: bland failed: NotFoundError/);
    // The progress line (stderr is a TTY here) names pages and calls per provider.
    expect(io.err).toMatch(/openmic 1 pages, \d+ calls \(\d+\/s\)/);
    const report = JSON.parse(io.out);
    expect(report.providers).toEqual([expect.objectContaining({ provider: "openmic", inserted: 40 })]);
    expect(report.errors).toEqual([
      { provider: "bland", error: { name: "NotFoundError", message: expect.any(String) }, requestId: null },
    ]);
    expect(await query(db, "SELECT COUNT(*) AS n FROM calls")).toEqual([{ n: "40" }]);
  });

  it("webhooks listen --db --sync-every runs the incremental sync in the listener's process", async () => {
    const s = await server(25);
    const db = duckdbFile();
    const controller = new AbortController();
    const io = memoryIO(envFor(s, { OPENMIC_WEBHOOK_TOKEN: "tok_0123456789" }));
    const running = run(["webhooks", "listen", "--port", "0", "--db", db, "--sync-every", "1h"], {
      ...io,
      signal: controller.signal,
    });
    const deadline = Date.now() + 15_000;
    while (!/sync openmic: 25 fetched, 25 inserted/.test(io.err) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(await running).toBe(EXIT.ok);
    expect(io.err).toMatch(/sync openmic: 25 fetched, 25 inserted, 0 updated, 0 unchanged, cursor 20\d\d-/);
    expect(await query(db, "SELECT COUNT(*) AS n, MIN(source) AS source FROM calls")).toEqual([
      { n: "25", source: "pull" },
    ]);
    const bad = await cli(["webhooks", "listen", "--port", "0", "--sync-every", "1h"], {});
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--sync-every needs --db/);
  });
});

describe("calls list: a default limit", () => {
  it("prints 50 calls unless --limit or --all, and says on stderr when more exist", async () => {
    const s = await server(120);
    const env = envFor(s);
    const lines = (out: string) => out.trim().split("\n").filter(Boolean);
    const byDefault = await cli(["calls", "list", "-p", "openmic", "-f", "ndjson"], env);
    expect(byDefault.code).toBe(EXIT.ok);
    expect(lines(byDefault.out)).toHaveLength(50);
    expect(byDefault.err).toBe("50 calls from openmic (more exist: --limit <n> or --all)\n");
    const all = await cli(["calls", "list", "-p", "openmic", "-f", "ndjson", "--all"], env);
    expect(lines(all.out)).toHaveLength(120);
    expect(all.err).toBe("");
    const exact = await cli(["calls", "list", "-p", "openmic", "-f", "ndjson", "-n", "120"], env);
    expect(lines(exact.out)).toHaveLength(120);
    expect(exact.err).toBe("");
    const table = await cli(["calls", "list", "-p", "openmic", "-n", "3"], env);
    expect(table.err).toBe("3 calls from openmic (more exist: --limit <n> or --all)\n");
    expect(table.out).not.toContain("calls from");
    expect((await cli(["calls", "list", "-p", "openmic", "--all", "-n", "5"], env)).code).toBe(EXIT.usage);
  });
});
