#!/usr/bin/env node
/**
 * `pnpm bench`: runs every benchmark, prints each figure as a ratio measured in the same run against its
 * baseline (plus absolute numbers and the machine), and writes docs/benchmarks.md. Figures are never
 * asserted: goals are reported as met or not.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { normalizeCall } from "@switchboard/normalizer";
import { root } from "../packages.mjs";
import { loadDescriptors } from "../providers.mjs";
import { benchCli } from "./cli.mjs";
import { benchClient } from "./client.mjs";
import { benchCodegen } from "./codegen.mjs";
import { benchListing } from "./listing.mjs";
import { benchNormalize } from "./normalize.mjs";
import { benchPagination } from "./pagination.mjs";
import { benchProviders } from "./records.mjs";
import { benchStore, storeDoc } from "./store.mjs";
import { benchThroughput, CEILING_MS } from "./throughput.mjs";

const descriptors = await loadDescriptors(root);

/**
 * Client factories by provider, from the sdk's descriptors (fake credentials, the given base URL). The
 * loopback servers play the providers with their own limits, so the clients' documented default ceilings
 * (ThinnestAI 120 requests/min, Butter 10/s) are turned off (`rateLimit: null`).
 */
async function clientFactories() {
  const out = {};
  for (const descriptor of descriptors) {
    const credentials = Object.fromEntries(
      descriptor.credentials.filter((c) => c.required).map((c) => [c.option, `k_bench_${c.option}_0000`]),
    );
    out[descriptor.name] = (baseUrl, extra = {}) =>
      descriptor.createClient({ ...credentials, rateLimit: null, ...extra, baseUrl });
  }
  return out;
}

const fmt = (n, digits = 2) => (typeof n === "number" ? n.toFixed(digits) : String(n));
const goal = (met) => (met ? "met" : "**not met**");
const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
console.log(`machine: ${machine}`);
const providers = benchProviders();
const factories = await clientFactories();
const sections = [];

console.log("\n1. normalizer vs JSON.parse (10,000 records per provider, 20-turn transcripts)");
const normalize = await benchNormalize(normalizeCall, providers);
console.table(normalize.map(({ sink: _s, ...r }) => r));
sections.push(
  `## 1. Normalizing vs parsing\n\n10,000 records per provider (seed example, 20-turn transcript, varied values; fast-check seed 42), parsed and normalized in 9 alternating rounds: each time is the median over the rounds, the ratio the median of the per-round ratios. Goal: normalizing ≤ 0.5× parsing for the worst provider.\n\n${table(
    ["provider", "kB/record", "JSON.parse ×10k (ms)", "normalizeCall ×10k (ms)", "ratio", "calls/s", "goal"],
    normalize.map((r) => [
      r.provider,
      fmt(r.kbPerRecord),
      fmt(r.parseMs),
      fmt(r.normalizeMs),
      `${fmt(r.ratio)}×`,
      fmt(r.callsPerSecond, 0),
      goal(r.ratio <= 0.5),
    ]),
  )}`,
);

if (factories.openmic) {
  console.log("\n2. client overhead (in-process fetch)");
  const { createOpenMicClient } = await import("@switchboard/openmic");
  const { openMicResponseValidator } = await import("@switchboard/openmic/validation");
  const client = await benchClient(createOpenMicClient, openMicResponseValidator);
  console.table(client);
  const ours = client.find((r) => r.name === "our client (defaults)");
  sections.push(
    `## 2. Client overhead\n\nOpenMic \`getCall\` through an in-process fetch that answers at once, the four variants in 15 short rounds, each started by the next variant: each mean is the median over the rounds, each ratio the median of the per-round ratios. Goal: our default client ≤ 1.15× bare openapi-fetch (measured: ${fmt(ours.vsBare)}×, ${goal(ours.vsBare <= 1.15)}).\n\n${table(
      ["variant", "mean (µs)", "ops/s", "vs bare openapi-fetch"],
      client.map((r) => [r.name, fmt(r.meanUs, 1), fmt(r.opsPerSecond, 0), `${fmt(r.vsBare)}×`]),
    )}`,
  );
}

console.log("\n3. pagination over loopback (10,000 calls in 100 pages)");
const pagination = await benchPagination(factories);
console.table(pagination);
sections.push(
  `## 3. Pagination over loopback\n\n10,000 calls in 100 pages per style on 127.0.0.1; \`iterateCalls\` vs a hand-written sequential fetch loop. With no delay, the two walks alternate over 11 rounds (each round started by the other walk than the round before): each time is the median over the rounds, the ratio the median of the per-round ratios; peak RSS is read in one more, untimed walk. Goals: no delay ≤ 1.1×; with 20 ms server latency + 20 ms consumer work per page ≥ 1.6× faster; peak RSS growth < 50 MB.\n\n${table(
    [
      "provider",
      "scenario",
      "hand loop (ms)",
      "iterateCalls (ms)",
      "iterateCalls / hand",
      "speed-up",
      "RSS growth (MB)",
      "goal",
    ],
    pagination.map((r) => [
      r.provider,
      r.scenario,
      fmt(r.handLoopMs, 0),
      fmt(r.iterateCallsMs, 0),
      `${fmt(r.ratio)}×`,
      `${fmt(r.speedup)}×`,
      fmt(r.rssGrowthMb, 1),
      goal((r.scenario === "no delay" ? r.ratio <= 1.1 : r.speedup >= 1.6) && r.rssGrowthMb < 50),
    ]),
  )}`,
);

console.log("\n4. code generation");
const codegen = benchCodegen();
console.table(codegen);
sections.push(
  `## 4. Code generation\n\n\`turbo run generate\` for every spec, wall time. Goals: cold < 5 s, cache hit < 1 s.\n\n${table(
    ["run", "ms", "cached/total", "goal"],
    codegen.map((r, i) => [r.run, fmt(r.ms, 0), r.cached, goal(r.ms < (i === 0 ? 5000 : 1000))]),
  )}`,
);

console.log("\n5. CLI streaming (ndjson, lines counted)");
const cli = [
  ...(await benchCli(Object.keys(factories))).map((r) => ({ order: "newest", ...r })),
  ...(await benchCli(Object.keys(factories), undefined, ["--order", "arrival"])).map((r) => ({
    order: "arrival",
    ...r,
  })),
];
console.table(cli);
sections.push(
  `## 5. CLI streaming\n\n\`switchboard calls list --provider all --format ndjson [--order arrival]\` against the loopback paging server, its lines counted (every call printed once); peak RSS of the CLI process. With \`--order arrival\` memory should not grow with the number of calls; the default \`newest\` order walks the lists in no order that filter by time (${descriptors
    .filter((d) => d.listing.newest === "windows")
    .map((d) => d.name)
    .join(
      ", ",
    )}) in time windows, one window in memory at a time, and reads only the lists with neither an order nor a time filter (${descriptors
    .filter((d) => d.listing.newest === "sorted")
    .map((d) => d.name)
    .join(
      ", ",
    )}) whole before merging, so its memory grows with their histories. The CLI keeps each provider's documented rate limit: Butter's 10 requests/s paces its 100 pages of 10,000 calls (≥ 10 s).\n\n${table(
    ["order", "calls per provider", "providers", "calls", "wall (ms)", "peak RSS (MB)"],
    cli.map((r) => [
      r.order,
      r.callsPerProvider,
      r.providers,
      r.calls,
      fmt(r.wallMs, 0),
      fmt(r.peakRssMb, 1),
    ]),
  )}`,
);

console.log(
  "\n6. rate-limit-bound throughput (200 ms per page, 20 requests/s, 10,000 calls in pages of 100)",
);
// Styles whose list reports a total fetch pages concurrently, and cursor lists that filter by time walk time
// windows side by side; a list with neither stays sequential (each descriptor's `listing`, docs/mapping.md).
const PARALLEL = Object.fromEntries(descriptors.map((d) => [d.name, d.listing.concurrentPages]));
const throughput = await benchThroughput(factories, PARALLEL);
console.table(throughput);
sections.push(
  `## 6. Rate-limit-bound throughput\n\nPer pagination style, a loopback server with ${200} ms latency per page and a token bucket of 20 requests/s (429 + \`Retry-After: 1\` beyond it; \`X-RateLimit-*\` headers unless said) serves 10,000 calls in pages of 100: the ceiling is ${CEILING_MS / 1000} s. Goals, for the styles that report a total (parallel), with no calls arriving: ≥ 85 % of the ceiling, ≤ 5 % of requests answered 429; for every style and scenario: 0 duplicates and 0 calls missing of the 10,000 that existed at the start (with calls inserted at the head during the walk, \`unique\` also counts the inserted calls the walk saw). Cursor lists that filter by time (${descriptors
    .filter((d) => d.pagination === "cursor" && d.listing.timeFilter)
    .map((d) => d.name)
    .join(
      ", ",
    )}) walk time windows side by side (their requests include each window's first page and any narrowing); a list with neither a total nor a time filter (${descriptors
    .filter((d) => !d.listing.concurrentPages)
    .map((d) => d.name)
    .join(
      ", ",
    )}) stays sequential: its bound is 100 pages × 200 ms = 20 s. The clients' own default ceilings are off here (the server plays a provider allowing 20 requests/s).\n\n${table(
    [
      "provider",
      "scenario",
      "wall (ms)",
      "% of ceiling",
      "requests",
      "429 (%)",
      "unique",
      "duplicates",
      "missing",
      "goal",
    ],
    throughput.map((r) => [
      r.provider,
      r.scenario,
      fmt(r.wallMs, 0),
      `${r.ofCeilingPct} %`,
      r.requests,
      fmt(r.throttledPct, 1),
      r.unique,
      r.duplicates,
      r.missing,
      r.scenario === "sequential baseline"
        ? "baseline"
        : goal(
            r.duplicates === 0 &&
              r.missing === 0 &&
              // With calls arriving during the walk the goal is exactness only: a list that cannot be
              // pinned (Zudu) goes on one page at a time once it sees its total move.
              (!r.parallel || r.insertPerPage > 0 || (r.ofCeilingPct >= 85 && r.throttledPct <= 5)),
          ),
    ]),
  )}`,
);

console.log(
  "\n7. the store: sync through the CLI into DuckDB and PostgreSQL, the upsert path (docs/benchmarks-store.md)",
);
const store = await benchStore();
console.table(store);
console.table([store.report]);
writeFileSync(join(root, "docs/benchmarks-store.md"), storeDoc(store, machine));
sections.push("## 7. The store\n\nSee [benchmarks-store.md](benchmarks-store.md) (written by the same run).");

console.log(
  "\n8. the listing engine through the CLI (10,000 calls a second apart, 200 ms per page, 20 requests/s)",
);
const listing = await benchListing();
console.table(listing);
sections.push(
  `## 8. The listing engine through the CLI\n\n\`switchboard calls list -p <provider> -f ndjson\` in a child process against the loopback paging server, one provider at a time: 10,000 realistic records (records.mjs) a second apart, the newest a minute old, each stamped with its provider's own time field; 200 ms per page and a token bucket of 20 requests/s (429 + \`Retry-After: 1\` beyond it). The ceiling of a full walk is its pages at 20 requests/s, or at the provider's documented ceiling where the CLI keeps a lower one (Butter 10/s; ThinnestAI's 120/min bucket holds its 50 pages). Goals: **≥ 85 % of the ceiling and ≤ 5 % of requests answered 429** for each style that can be parallelised (the sequential baseline, \`--concurrency 1\`, measured in the same run) whose ceiling is at least 10 round trips (a walk of a few large pages is bound by latency and parsing, not by the rate limit); **0 duplicates and 0 missing** with 5 calls arriving at the head per page; **\`-n 10\` in ≤ 5 requests** wherever the list is newest first or filters by time; **peak RSS < 150 MB** for a newest-first walk of 100,000 calls (\`--all\`, no latency).\n\n${table(
    [
      "provider",
      "pages",
      "ceiling (ms)",
      "sequential (ms)",
      "--concurrency auto (ms)",
      "% of ceiling",
      "429 (%)",
      "duplicates / missing (head inserts)",
      "-n 10: requests, ms, right calls",
      "100k newest: RSS (MB), ms",
      "goal",
    ],
    listing.map((r) => [
      r.provider,
      r.pages,
      r.ceilingMs,
      r.sequentialMs,
      r.autoMs,
      r.rateBound ? `${r.autoOfCeilingPct} %` : `${r.autoOfCeilingPct} % (not rate-bound)`,
      fmt(r.autoThrottledPct, 1),
      `${r.insertDuplicates} / ${r.insertMissing}`,
      `${r.newest10Requests}, ${r.newest10Ms}, ${r.newest10Right}`,
      `${fmt(r.newest100kRssMb, 1)}, ${r.newest100kMs}`,
      goal(
        (!r.parallel || !r.rateBound || (r.autoOfCeilingPct >= 85 && r.autoThrottledPct <= 5)) &&
          r.insertDuplicates === 0 &&
          r.insertMissing === 0 &&
          (r.newest === "sorted" || (r.newest10Requests <= 5 && r.newest10Right === true)) &&
          r.newest100kRssMb < 150,
      ),
    ]),
  )}\n\nParallel styles: ${listing
    .filter((r) => r.parallel)
    .map((r) => r.provider)
    .join(", ")}; ${
    listing
      .filter((r) => !r.parallel)
      .map((r) => r.provider)
      .join(", ") || "none"
  } stay${listing.filter((r) => !r.parallel).length === 1 ? "s" : ""} sequential (no total, no time filter). Newest-first for ${
    listing
      .filter((r) => r.newest === "sorted")
      .map((r) => r.provider)
      .join(", ") || "none"
  } reads the whole history (its RSS grows with it, and its \`-n 10\` reads every page).`,
);

const doc = `# Benchmarks\n\nLatest \`pnpm bench\` run. Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.\nEvery figure is measured in the same run as its baseline; goals are reported, never asserted in tests.\n\n${sections.join("\n\n")}\n`;
writeFileSync(join(root, "docs/benchmarks.md"), doc);
console.log("\nwrote docs/benchmarks.md");
