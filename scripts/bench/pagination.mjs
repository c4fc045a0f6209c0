/**
 * Benchmark 3: auto-pagination over loopback. A node:http server on 127.0.0.1 serves 10,000 calls in 100
 * pages in each provider's pagination style; `iterateCalls` vs a hand-written sequential fetch loop.
 * Goals: with no server delay, the iterator within 1.1× of the hand loop; with 20 ms of server latency per
 * page and 20 ms of consumer work per page, the iterator's look-ahead ≥ 1.6× faster. Peak RSS growth while
 * iterating < 50 MB.
 */
import { startPagingServer } from "@switchboard/testing";

const TOTAL = 10_000;
const PAGE = 100;

/** A small call per provider (enough for the iterator to yield and the loop to count). */
const makeCall = (provider, i) => ({
  id: i,
  call_id: `call_${i}`,
  call_sid: `call_${i}`,
  agent_id: "a",
  provider,
});

/** Hand-written sequential loops with plain fetch, one per pagination style. */
const HAND_LOOPS = {
  openmic: async function* (url) {
    for (let offset = 0; ; ) {
      const body = await (
        await fetch(`${url}/v1/calls?limit=${PAGE}&offset=${offset}`, {
          headers: { Authorization: "Bearer k" },
        })
      ).json();
      yield body.calls;
      if (!body.pagination.has_more || body.calls.length === 0) return;
      offset += body.calls.length;
    }
  },
  zudu: async function* (url) {
    for (let page = 0; ; page++) {
      const res = await fetch(`${url}/api/calls`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-API-KEY": "k", "X-API-SECRET": "s" },
        body: JSON.stringify({ page, limit: PAGE }),
      });
      const { data } = await res.json();
      yield data.calls;
      if (!data.pagination.has_next_page || data.calls.length === 0) return;
    }
  },
  thinnestai: async function* (url) {
    for (let offset = 0; ; ) {
      const body = await (
        await fetch(`${url}/v2/calls?limit=${PAGE}&offset=${offset}`, {
          headers: { Authorization: "Bearer k" },
        })
      ).json();
      yield body.calls;
      offset += body.calls.length;
      if (offset >= body.total || body.calls.length === 0) return;
    }
  },
  butter: async function* (url) {
    for (let cursor; ; ) {
      const q = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const body = await (
        await fetch(`${url}/api/calls?limit=${PAGE}${q}`, { headers: { "X-API-Key": "k" } })
      ).json();
      yield body.data;
      if (!body.pagination.has_more || !body.pagination.next_cursor) return;
      cursor = body.pagination.next_cursor;
    }
  },
};

/** `iterateCalls` parameters per provider for pages of 100. */
const ITERATE_PARAMS = {
  openmic: { limit: PAGE },
  zudu: { limit: PAGE },
  thinnestai: { limit: PAGE },
  butter: { limit: PAGE },
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function timeIt(fn) {
  const started = performance.now();
  const count = await fn();
  return { ms: performance.now() - started, count };
}

/** @param clients provider → (baseUrl) => client with iterateCalls */
export async function benchPagination(clients) {
  const rows = [];
  // Only the providers the loopback paging server speaks (a hand-written loop exists for each of them).
  for (const [provider, makeClient] of Object.entries(clients).filter(([p]) => HAND_LOOPS[p])) {
    for (const delayMs of [0, 20]) {
      const server = await startPagingServer({ total: TOTAL, makeCall, delayMs });
      const client = makeClient(server.url);
      const work = delayMs ? () => sleep(20) : () => undefined;
      const runs = delayMs ? 1 : 3;
      const hand = [];
      const ours = [];
      let rssGrowthMb = 0;
      for (let r = 0; r < runs; r++) {
        hand.push(
          await timeIt(async () => {
            let n = 0;
            for await (const page of HAND_LOOPS[provider](server.url)) {
              n += page.length;
              await work();
            }
            return n;
          }),
        );
        const rssBefore = process.memoryUsage().rss;
        let peak = rssBefore;
        ours.push(
          await timeIt(async () => {
            let n = 0;
            for await (const _call of client.iterateCalls(ITERATE_PARAMS[provider])) {
              n++;
              if (n % PAGE === 0) {
                peak = Math.max(peak, process.memoryUsage().rss);
                await work();
              }
            }
            return n;
          }),
        );
        rssGrowthMb = Math.max(rssGrowthMb, (peak - rssBefore) / 1024 / 1024);
      }
      await server.close();
      const best = (list) => Math.min(...list.map((x) => x.ms));
      if (hand[0].count !== TOTAL || ours[0].count !== TOTAL) {
        throw new Error(
          `${provider}: expected ${TOTAL} calls, hand loop got ${hand[0].count}, iterateCalls ${ours[0].count}`,
        );
      }
      rows.push({
        provider,
        scenario: delayMs ? "20 ms server + 20 ms consumer per page" : "no delay",
        handLoopMs: best(hand),
        iterateCallsMs: best(ours),
        ratio: best(ours) / best(hand),
        speedup: best(hand) / best(ours),
        rssGrowthMb,
      });
    }
  }
  return rows;
}
