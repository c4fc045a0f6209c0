/**
 * Benchmark 3: auto-pagination over loopback. A node:http server on 127.0.0.1 serves 10,000 calls in 100
 * pages in each provider's pagination style; `iterateCalls({ limit: 100 })` vs a hand-written sequential
 * fetch loop: the `handLoop` of the provider's paging style (packages/testing/src/paging-styles/), for
 * every provider whose style has one.
 * Goals: with no server delay, the iterator within 1.1× of the hand loop; with 20 ms of server latency per
 * page and 20 ms of consumer work per page, the iterator's look-ahead ≥ 1.6× faster. Peak RSS growth while
 * iterating < 50 MB.
 */
import { loadPagingStyles, pagingCall, startPagingServer } from "@switchboard/testing";

const TOTAL = 10_000;
const PAGE = 100;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function timeIt(fn) {
  const started = performance.now();
  const count = await fn();
  return { ms: performance.now() - started, count };
}

/** @param clients provider → (baseUrl) => client with iterateCalls */
export async function benchPagination(clients) {
  const rows = [];
  // Only the providers whose paging style has a hand-written loop to compare with.
  const handLoops = new Map(
    (await loadPagingStyles()).filter((s) => s.handLoop).map((s) => [s.provider, s.handLoop.bind(s)]),
  );
  for (const [provider, makeClient] of Object.entries(clients).filter(([p]) => handLoops.has(p))) {
    for (const delayMs of [0, 20]) {
      const server = await startPagingServer({ total: TOTAL, makeCall: pagingCall, delayMs });
      const url = server.urlOf(provider);
      const client = makeClient(url);
      const work = delayMs ? () => sleep(20) : () => undefined;
      const runs = delayMs ? 1 : 5;
      const hand = [];
      const ours = [];
      let rssGrowthMb = 0;
      for (let r = 0; r < runs; r++) {
        hand.push(
          await timeIt(async () => {
            let n = 0;
            for await (const page of handLoops.get(provider)(url, PAGE)) {
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
            for await (const _call of client.iterateCalls({ limit: PAGE })) {
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
