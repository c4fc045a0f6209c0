/**
 * Benchmark 3: auto-pagination over loopback. A node:http server on 127.0.0.1 serves 10,000 calls in 100
 * pages in each provider's pagination style; `iterateCalls({ limit: 100 })` vs a hand-written sequential
 * fetch loop: the `handLoop` of the provider's paging style (packages/testing/src/paging-styles/), for
 * every provider whose style has one.
 * Goals: with no server delay, the iterator within 1.1× of the hand loop; with 20 ms of server latency per
 * page and 20 ms of consumer work per page, the iterator's look-ahead ≥ 1.6× faster. Peak RSS growth while
 * iterating < 50 MB.
 *
 * With no delay the two walks run in 11 rounds, each round starting with the other one than the round before;
 * each time is the median over the rounds, the ratio the median of the per-round ratios (a walk takes
 * ~0.1 s, and this machine's speed drifts over seconds: a best-of-N compared minutes apart). Peak RSS is
 * sampled in one more, untimed walk, so that reading it costs the timed walks nothing.
 */
import { loadPagingStyles, pagingCall, startPagingServer } from "@switchboard/testing";
import { median } from "./stats.mjs";

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
      const handWalk = () =>
        timeIt(async () => {
          let n = 0;
          for await (const page of handLoops.get(provider)(url, PAGE)) {
            n += page.length;
            await work();
          }
          return n;
        });
      /** One `iterateCalls` walk; with `sample`, peak RSS is read after every page (untimed walks only). */
      const ourWalk = (sample) =>
        timeIt(async () => {
          let n = 0;
          for await (const _call of client.iterateCalls({ limit: PAGE })) {
            n++;
            if (n % PAGE === 0) {
              sample?.();
              await work();
            }
          }
          return n;
        });
      const rounds = delayMs ? 1 : 11;
      if (!delayMs) {
        await handWalk(); // warm both up once, outside the measurement
        await ourWalk();
      }
      const hand = [];
      const ours = [];
      for (let r = 0; r < rounds; r++) {
        if (r % 2 === 0) {
          hand.push(await handWalk());
          ours.push(await ourWalk());
        } else {
          ours.push(await ourWalk());
          hand.push(await handWalk());
        }
      }
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampled = await ourWalk(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      });
      const rssGrowthMb = (peak - rssBefore) / 1024 / 1024;
      await server.close();
      for (const [who, walk] of [
        ["hand loop", hand[0]],
        ["iterateCalls", ours[0]],
        ["iterateCalls (RSS walk)", sampled],
      ]) {
        if (walk.count !== TOTAL)
          throw new Error(`${provider}: expected ${TOTAL} calls, ${who} got ${walk.count}`);
      }
      const handLoopMs = median(hand.map((x) => x.ms));
      const iterateCallsMs = median(ours.map((x) => x.ms));
      rows.push({
        provider,
        scenario: delayMs ? "20 ms server + 20 ms consumer per page" : "no delay",
        handLoopMs,
        iterateCallsMs,
        ratio: median(ours.map((x, i) => x.ms / hand[i].ms)),
        speedup: median(ours.map((x, i) => hand[i].ms / x.ms)),
        rssGrowthMb,
      });
    }
  }
  return rows;
}
