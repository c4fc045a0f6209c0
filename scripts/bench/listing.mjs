/**
 * Benchmark 8: the listing engine as a user meets it — `switchboard calls list` in a child process, one
 * provider at a time, against the loopback paging server: 10,000 calls a second apart (the newest a minute
 * old), 200 ms per page, a token bucket of 20 requests/s. Realistic records (records.mjs) carry their
 * provider's own time field (`stampTimes`). Measured per provider:
 * - `--all --order arrival`, the sequential baseline (`--concurrency 1`) and the default (`auto`): wall time,
 *   share of the rate-limit ceiling (the pages a walk needs at the lower of 20 requests/s and the provider's
 *   documented ceiling, which the CLI keeps), requests answered 429;
 * - the same default walk while 5 calls arrive at the head per page: duplicates and calls missing;
 * - `-n 10` (newest first): requests made and wall time;
 * - the peak RSS of a newest-first walk of 100,000 calls (`--all`, no latency).
 */
import { startPagingServer } from "@switchboard/testing";
import { root } from "../packages.mjs";
import { fakeEnv, loadDescriptors } from "../providers.mjs";
import { benchProviders, ID_FIELD, makeRecords } from "./records.mjs";
import { runCli } from "./run-cli.mjs";

const TOTAL = 10_000;
const LATENCY_MS = 200;
const RATE = 20;
const BIG = 100_000;

/** The id of call `i` as the provider has it (records.mjs ids are replaced by these). */
const idFor = (descriptor, i) => (descriptor.idType === "integer" ? i : `call_${i}`);

/** A paging server for one provider: its realistic records cycled with fresh ids, stamped with their times. */
function server(descriptor, pool, options) {
  return startPagingServer({
    makeCall: (p, i) => ({ ...pool[i % pool.length], [ID_FIELD[p]]: idFor(descriptor, i) }),
    stampTimes: true,
    spacingMs: 1000,
    newestAgeMs: 60_000,
    ...options,
  });
}

/** Runs the CLI for `provider` on `url`: its result and the NDJSON ids it printed. */
async function list(descriptor, url, args) {
  const ids = [];
  let rest = "";
  const result = await runCli(
    ["calls", "list", "-p", descriptor.name, "-f", "ndjson", "--fields", "id", ...args],
    { ...process.env, ...fakeEnv(descriptor, url, "k_bench") },
    {
      onStdout: (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) if (line) ids.push(JSON.parse(line).id);
      },
    },
  );
  if (result.code !== 0) throw new Error(`${descriptor.name}: CLI exit ${result.code}: ${result.stderr}`);
  return { ...result, ids };
}

/**
 * The provider's page size and the ceiling of a full walk in ms: its pages at the server's 20 requests/s, or
 * at the provider's documented ceiling (a token bucket holding `requests`, refilled over `intervalMs`), which
 * the CLI keeps, whichever takes longer.
 */
function ceilingOf(descriptor) {
  const pageSize = Number(descriptor.listParams().limit ?? 100);
  const pages = Math.ceil(TOTAL / pageSize);
  const limit = descriptor.listing.rateLimit;
  const documentedMs = limit ? (Math.max(0, pages - limit.requests) / limit.requests) * limit.intervalMs : 0;
  return { pageSize, pages, ceilingMs: Math.max((pages / RATE) * 1000, documentedMs) };
}

/** @param {string[]} [only] the providers to measure (default: every provider records.mjs can generate) */
export async function benchListing(only) {
  const descriptors = (await loadDescriptors(root)).filter(
    (d) => benchProviders().includes(d.name) && (!only || only.includes(d.name)),
  );
  const rows = [];
  for (const descriptor of descriptors) {
    const name = descriptor.name;
    const pool = makeRecords(name, 200);
    const { pageSize, pages, ceilingMs } = ceilingOf(descriptor);
    // A walk of a few large pages is bound by latency and parsing, not by the rate limit: the share of the
    // rate ceiling is a goal only where the ceiling is at least 10 round trips.
    const row = {
      provider: name,
      pageSize,
      pages,
      ceilingMs: Math.round(ceilingMs),
      rateBound: ceilingMs >= 10 * LATENCY_MS,
    };
    const limited = {
      total: TOTAL,
      delayMs: LATENCY_MS,
      rateLimit: { requestsPerSecond: RATE, retryAfterSeconds: 1 },
    };

    for (const [key, concurrency] of [
      ["sequential", "1"],
      ["auto", "auto"],
    ]) {
      const s = await server(descriptor, pool, limited);
      try {
        const r = await list(descriptor, s.urlOf(name), [
          "--all",
          "--order",
          "arrival",
          "--concurrency",
          concurrency,
        ]);
        const requests = s.received[name];
        row[`${key}Ms`] = Math.round(r.ms);
        row[`${key}OfCeilingPct`] = Math.round((100 * ceilingMs) / r.ms);
        row[`${key}Requests`] = requests;
        row[`${key}ThrottledPct`] = Number(((100 * s.throttled[name]) / requests).toFixed(1));
        row[`${key}Calls`] = r.ids.length;
      } finally {
        await s.close();
      }
    }

    const inserting = await server(descriptor, pool, { ...limited, insertPerPage: 5 });
    try {
      const r = await list(descriptor, inserting.urlOf(name), ["--all", "--order", "arrival"]);
      const seen = new Set(r.ids.map(String));
      row.insertDuplicates = r.ids.length - seen.size;
      row.insertMissing = Array.from({ length: TOTAL }, (_, i) => String(idFor(descriptor, i))).filter(
        (id) => !seen.has(id),
      ).length;
    } finally {
      await inserting.close();
    }

    const newest = await server(descriptor, pool, limited);
    try {
      const r = await list(descriptor, newest.urlOf(name), ["-n", "10"]);
      row.newest10Requests = newest.received[name];
      row.newest10Ms = Math.round(r.ms);
      // Calls 0–9 are the newest where the list's time is stamped; a list without one (read whole and sorted
      // by the records' own start times) has other newest calls.
      row.newest10Right =
        descriptor.listing.newest === "sorted"
          ? "n/a"
          : r.ids.map(String).join() ===
            Array.from({ length: 10 }, (_, i) => String(idFor(descriptor, i))).join();
    } finally {
      await newest.close();
    }

    const big = await server(descriptor, pool, { total: BIG });
    try {
      const r = await list(descriptor, big.urlOf(name), ["--all"]);
      row.newest100kCalls = r.ids.length;
      row.newest100kMs = Math.round(r.ms);
      row.newest100kRssMb = Number(r.rssMb.toFixed(1));
    } finally {
      await big.close();
    }
    row.newest = descriptor.listing.newest;
    row.parallel = descriptor.listing.concurrentPages;
    console.log(
      `  ${name}: arrival ${row.sequentialMs} → ${row.autoMs} ms (${row.autoOfCeilingPct} % of ceiling), -n 10 ${row.newest10Requests} requests, 100k newest ${row.newest100kRssMb} MB`,
    );
    rows.push(row);
  }
  return rows;
}
