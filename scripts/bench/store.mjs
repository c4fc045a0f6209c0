/**
 * Benchmark 8: the store. Through the CLI (`switchboard sync -p openmic --db …`, a child process with its peak
 * RSS reported), on the loopback paging server: 100,000 realistic OpenMic calls (the seed example with a 20-turn
 * transcript) one minute apart, 200 ms per page, a token bucket of 20 requests/s, pages of 100. The ceiling is
 * 100,000 / (20 × 100) = 50 s.
 *
 * - full sync into DuckDB and into PostgreSQL: wall time as a share of the ceiling (goal ≥ 80 %), peak RSS
 *   (goal ≤ 200 MB), requests and 429s;
 * - an incremental re-sync of the unchanged history right after: requests made and wall time (the 48 h
 *   lookback re-reads ~2,900 calls);
 * - the upsert path alone (`Store.writeCalls`, batches of DEFAULT_BATCH_SIZE (1,000) normalized calls, in process): calls/s into DuckDB
 *   (goal ≥ 20,000) and PostgreSQL (goal ≥ 5,000).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeCall } from "@switchboard/normalizer";
import { DEFAULT_BATCH_SIZE, openStore } from "@switchboard/store";
import { startPagingServer, startPostgres } from "@switchboard/testing";
import { root } from "../packages.mjs";
import { loadDescriptors } from "../providers.mjs";
import { makeRecords } from "./records.mjs";
import { runCli } from "./run-cli.mjs";

const TOTAL = 100_000;
const PAGE = 100;
const RATE = 20;
const LATENCY_MS = 200;
export const STORE_CEILING_MS = (TOTAL / (RATE * PAGE)) * 1000;
const POOL = makeRecords("openmic", 200);
/** The providers, from the sdk's descriptors. */
const PROVIDERS = (await loadDescriptors(root)).map((d) => d.name);

/** OpenMic call `i`: a pooled realistic record with its own id and times (started when created). */
const makeCall = (_provider, i, createdAt) => {
  const record = POOL[i % POOL.length];
  const duration = record.end_timestamp - record.start_timestamp;
  return { ...record, call_id: `call_${i}`, start_timestamp: createdAt, end_timestamp: createdAt + duration };
};

/** Runs `switchboard sync -f json` against `url`: wall ms, exit code, peak RSS (MB), stderr and the JSON report. */
async function cliSync(url, db) {
  const run = await runCli(["sync", "-p", "openmic", "--db", db, "-f", "json"], {
    ...process.env,
    OPENMIC_API_KEY: "k_bench_0000",
    OPENMIC_BASE_URL: url,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = undefined;
  }
  return { ms: run.ms, code: run.code, rssMb: run.rssMb, report, err: run.stderr };
}

async function syncRuns(engine, location) {
  const server = await startPagingServer({
    total: TOTAL,
    makeCall,
    delayMs: LATENCY_MS,
    spacingMs: 60_000,
    rateLimit: { requestsPerSecond: RATE, retryAfterSeconds: 1 },
  });
  try {
    const full = await cliSync(server.urlOf("openmic"), location);
    const fullRequests = server.pages.openmic + server.throttled.openmic;
    const fullThrottled = server.throttled.openmic;
    const again = await cliSync(server.urlOf("openmic"), location);
    const p = full.report?.providers?.[0];
    const q = again.report?.providers?.[0];
    return {
      engine,
      fullMs: full.ms,
      ceilingPct: (100 * STORE_CEILING_MS) / full.ms,
      inserted: p?.inserted,
      rssMb: full.rssMb,
      requests: fullRequests,
      throttledPct: (100 * fullThrottled) / fullRequests,
      code: full.code,
      error: full.code === 0 ? undefined : full.err.trim(),
      incrementalMs: again.ms,
      incrementalRequests: server.pages.openmic + server.throttled.openmic - fullRequests,
      incrementalFetched: q?.fetched,
      incrementalUnchanged: q?.unchanged,
      incrementalWritten: q ? q.inserted + q.updated : undefined,
    };
  } finally {
    await server.close();
  }
}

/** The upsert path alone: `count` normalized calls in batches of DEFAULT_BATCH_SIZE, fresh ids each round. */
async function upserts(location, count = 20_000) {
  const calls = Array.from({ length: count }, (_, i) =>
    normalizeCall("openmic", { ...POOL[i % POOL.length], call_id: `up_${i}` }),
  );
  const store = await openStore(location);
  try {
    await store.beginRun("openmic", {
      loadId: "bench",
      since: undefined,
      startedAt: new Date().toISOString(),
    });
    /** Every call, batch by batch; calls per second. */
    const writeAll = async () => {
      const started = performance.now();
      for (let i = 0; i < calls.length; i += DEFAULT_BATCH_SIZE)
        await store.writeCalls("openmic", calls.slice(i, i + DEFAULT_BATCH_SIZE), {
          source: "pull",
          loadId: "bench",
        });
      return count / ((performance.now() - started) / 1000);
    };
    const insertPerS = await writeAll();
    const unchangedPerS = await writeAll();
    return { insertPerS, unchangedPerS };
  } finally {
    await store.close();
  }
}

/**
 * `switchboard report` of a 1,000,000-call DuckDB store (every provider of the sdk over 90 days, USD and credits,
 * end reasons, statuses, latency on 1 call in 7, warnings on 2 %), generated by SQL: wall time and file size.
 * Goal: ≤ 10 s and ≤ 2 MB.
 */
export async function reportOfAMillion(dir) {
  const location = join(dir, "million.duckdb");
  const store = await openStore(location, { duckdbMemoryLimit: "1GB" });
  const made = performance.now();
  await store.engine.query(`INSERT INTO calls (provider, id, agent_id, channel, direction, status, status_raw, started_at, ended_at,
      duration_ms, end_reason, end_reason_raw, cost_total, cost_currency, detail, latency, warnings, raw, metadata, recording,
      content_hash, first_seen_at, updated_at, source, load_id)
    SELECT p, 'c' || i, 'agent_' || (i % 13), 'phone', CASE WHEN i % 2 = 0 THEN 'inbound' ELSE 'outbound' END,
      (['ended', 'ended', 'ended', 'not_connected', 'error'])[1 + i % 5], 'raw_status_' || (i % 5), t, t + to_milliseconds(d), d,
      (['user_hangup', 'agent_hangup', 'voicemail', 'no_answer', 'transfer', 'error', 'busy', 'max_duration', 'inactivity', 'other', 'user_hangup', 'agent_hangup'])[1 + i % 12],
      'raw_reason_' || (i % 17), round(d / 60000.0 * 0.07, 4), CASE WHEN i % 5 = 0 THEN 'credits' ELSE 'USD' END, 'summary',
      CASE WHEN i % 7 = 0 THEN json_object('e2e', json_object('p50', 400 + i % 900)) END,
      CAST(CASE WHEN i % 50 = 0 THEN '["transcript: missing"]' ELSE '[]' END AS JSON), json_object('id', i), CAST('{}' AS JSON),
      CASE WHEN i % 3 = 0 THEN json_object('url', 'https://example.com/' || i || '.wav') END,
      'h' || i, now(), now(), 'pull', 'bench'
    FROM (SELECT i, ([${PROVIDERS.map((p) => `'${p}'`).join(", ")}])[1 + i % ${PROVIDERS.length}] AS p,
            to_timestamp(1767225600 + (i * 7919) % 7776000) AS t, 5000 + (i * 104729) % 900000 AS d
          FROM range(1000000) AS r(i))`);
  const generatedMs = performance.now() - made;
  await store.close();
  const out = join(dir, "million.html");
  const { code, ms } = await runCli(["report", "--db", location, "--out", out], process.env);
  return { calls: 1_000_000, generatedMs, code, ms, bytes: code === 0 ? statSync(out).size : undefined };
}

/** Every store figure, DuckDB and PostgreSQL (a throwaway server, started here). */
export async function benchStore() {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-bench-store-"));
  const pg = await startPostgres();
  try {
    const rows = [];
    const duck = join(dir, "sync.duckdb");
    rows.push({ ...(await syncRuns("duckdb", duck)), ...(await upserts(join(dir, "upsert.duckdb"))) });
    rows.push({
      ...(await syncRuns("postgres", pg.createDatabase("sync"))),
      ...(await upserts(pg.createDatabase("upsert"))),
    });
    rows.report = await reportOfAMillion(dir);
    return rows;
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n, digits = 0) => (typeof n === "number" ? n.toFixed(digits) : String(n ?? "—"));
const met = (ok) => (ok ? "met" : "**not met**");

/** The markdown of the store figures (docs/benchmarks-store.md). */
export function storeDoc(rows, machine) {
  const head = (cells) => `| ${cells.join(" | ")} |\n|${cells.map(() => "---").join("|")}|`;
  const sync = rows.map(
    (r) =>
      `| ${r.engine} | ${fmt(r.fullMs / 1000, 1)} | ${fmt(r.ceilingPct, 1)} % | ${r.inserted} | ${r.requests} | ${fmt(r.throttledPct, 1)} % | ${met(r.code === 0 && r.ceilingPct >= 80)} | ${fmt(r.rssMb)} | ${met(r.code === 0 && r.rssMb <= 200)} |`,
  );
  const incremental = rows.map(
    (r) =>
      `| ${r.engine} | ${r.incrementalRequests} | ${fmt(r.incrementalMs / 1000, 2)} | ${r.incrementalFetched} | ${r.incrementalUnchanged} | ${r.incrementalWritten} |`,
  );
  const goals = { duckdb: 20_000, postgres: 5_000 };
  const upsert = rows.map(
    (r) =>
      `| ${r.engine} | ${fmt(r.insertPerS)} | ${fmt(r.unchangedPerS)} | ≥ ${goals[r.engine]} | ${met(r.insertPerS >= goals[r.engine])} |`,
  );
  return `# Store benchmarks

Latest \`pnpm bench:store\` run (also part of \`pnpm bench\`). Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.
Goals are reported, never asserted in tests.

## Full sync through the CLI

\`switchboard sync -p openmic --db …\` (a child process; peak RSS from \`process.resourceUsage()\`) on the loopback paging
server: ${TOTAL.toLocaleString("en")} realistic OpenMic calls (the seed example with a 20-turn transcript, ~5 kB a row) one
minute apart, ${LATENCY_MS} ms per page, a token bucket of ${RATE} requests/s, pages of ${PAGE}: the ceiling is ${STORE_CEILING_MS / 1000} s.
Goal: ≥ 80 % of the ceiling, peak RSS ≤ 200 MB.

${head(["engine", "wall (s)", "% of ceiling", "calls stored", "requests", "429", "≥ 80 %", "peak RSS (MB)", "≤ 200 MB"])}
${sync.join("\n")}

## Incremental re-sync of the unchanged history

The same command right after: it reads from the cursor minus the 48 h lookback (~2,900 calls one minute apart).

${head(["engine", "requests", "wall (s)", "calls read", "unchanged", "written"])}
${incremental.join("\n")}

## The upsert path alone

\`Store.writeCalls\` in process, 20,000 normalized OpenMic calls (20-turn transcripts) in batches of ${DEFAULT_BATCH_SIZE}: new calls, then the
same calls again (all unchanged: nothing written). DuckDB on a file, PostgreSQL 15 on loopback (no fsync).

${head(["engine", "new calls/s", "unchanged calls/s", "goal (new)", "met"])}
${upsert.join("\n")}

## \`switchboard report\` of a 1,000,000-call store

A DuckDB store of ${rows.report.calls.toLocaleString("en")} calls (${PROVIDERS.length} providers over 90 days, USD and credits, twelve end reasons,
latency on 1 call in 7, warnings on 2 % of the calls), generated by SQL in ${fmt(rows.report.generatedMs / 1000, 1)} s; then
\`switchboard report --db … --out …\` as a child process: every figure aggregated by DuckDB. Goal: ≤ 10 s, ≤ 2 MB.

${head(["calls", "wall (s)", "file (kB)", "goal"])}
| ${rows.report.calls} | ${fmt(rows.report.ms / 1000, 2)} | ${fmt((rows.report.bytes ?? 0) / 1024)} | ${met(rows.report.code === 0 && rows.report.ms <= 10_000 && (rows.report.bytes ?? Infinity) <= 2 * 1024 * 1024)} |
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cpus, totalmem } = await import("node:os");
  const { writeFileSync } = await import("node:fs");
  const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const rows = await benchStore();
  console.table(rows);
  console.table([rows.report]);
  writeFileSync(join(root, "docs/benchmarks-store.md"), storeDoc(rows, machine));
  console.log("wrote docs/benchmarks-store.md");
}
