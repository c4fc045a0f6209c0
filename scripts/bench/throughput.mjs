/**
 * Benchmark 6: rate-limit-bound throughput. Per pagination style, a loopback server with 200 ms latency per
 * page and a token bucket of 20 requests/s (429 + `Retry-After: 1` beyond it, `X-RateLimit-*` headers on
 * every answer) serves 10,000 calls in pages of 100. The ceiling is 10,000 / (20 × 100) = 5 s. Measured:
 * wall time (and % of the ceiling), requests answered 429, unique calls and calls missing — for the default
 * client (`concurrency: "auto"`) and the sequential baseline (`concurrency: 1`) in the same run, then with
 * calls inserted at the head of the list during the walk. Goals: ≥ 85 % of the ceiling for the styles that
 * can be parallelised (a total is reported), ≤ 5 % of requests answered 429, 0 duplicates, 0 missing.
 */
import { pagingCall, startPagingServer } from "@switchboard/testing";

const TOTAL = 10_000;
const PAGE = 100;
const LATENCY_MS = 200;
const RATE = 20;
export const CEILING_MS = (TOTAL / (RATE * PAGE)) * 1000;

const idOf = (call) => String(call.call_id ?? call.call_sid ?? call.id);

/** One walk: wall time, requests, 429s, duplicates and missing initial calls. */
async function walk(makeClient, provider, { concurrency, insertPerPage = 0, headers = true }) {
  const server = await startPagingServer({
    total: TOTAL,
    makeCall: pagingCall,
    delayMs: LATENCY_MS,
    insertPerPage,
    rateLimit: { requestsPerSecond: RATE, retryAfterSeconds: 1, headers },
  });
  try {
    const client = makeClient(server.urlOf(provider), { concurrency, maxRetries: 20 });
    const seen = new Set();
    let duplicates = 0;
    const started = performance.now();
    for await (const call of client.iterateCalls({ limit: PAGE })) {
      const id = idOf(call);
      if (seen.has(id)) duplicates++;
      seen.add(id);
    }
    const ms = performance.now() - started;
    let missing = 0;
    for (let i = 0; i < TOTAL; i++) if (!seen.has(`call_${i}`)) missing++;
    const requests = server.pages[provider] + server.throttled[provider];
    return {
      ms,
      requests,
      throttled: server.throttled[provider],
      throttledPct: (100 * server.throttled[provider]) / requests,
      unique: seen.size,
      duplicates,
      missing,
    };
  } finally {
    await server.close();
  }
}

/**
 * @param clients provider → (baseUrl, options) => client with iterateCalls
 * @param parallel provider → whether its style can be parallelised (reports a total)
 */
export async function benchThroughput(clients, parallel) {
  const rows = [];
  for (const [provider, makeClient] of Object.entries(clients)) {
    const scenarios = [
      { scenario: "sequential baseline", concurrency: 1 },
      { scenario: "auto", concurrency: "auto" },
      { scenario: "auto, no rate-limit headers", concurrency: "auto", headers: false },
      { scenario: "auto, 5 calls inserted at the head per page", concurrency: "auto", insertPerPage: 5 },
    ];
    for (const s of scenarios) {
      const r = await walk(makeClient, provider, s);
      rows.push({
        provider,
        scenario: s.scenario,
        insertPerPage: s.insertPerPage ?? 0,
        parallel: parallel[provider] === true,
        wallMs: Math.round(r.ms),
        ofCeilingPct: Math.round((100 * CEILING_MS) / r.ms),
        requests: r.requests,
        throttledPct: Number(r.throttledPct.toFixed(1)),
        unique: r.unique,
        duplicates: r.duplicates,
        missing: r.missing,
      });
      console.log(
        `  ${provider} · ${s.scenario}: ${Math.round(r.ms)} ms, ${r.throttled} × 429, ${r.unique} unique`,
      );
    }
  }
  return rows;
}
