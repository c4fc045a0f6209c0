/**
 * Benchmark 1: normalizing vs parsing. For each provider, 10,000 realistic records (20-turn transcripts):
 * the time to `normalizeCall` them vs the time to `JSON.parse` the same records' text. Goal: ≤ 0.5× for the worst provider.
 */
import { Bench } from "tinybench";
import { makeRecords } from "./records.mjs";

export async function benchNormalize(normalizeCall, providers, count = 10_000) {
  const rows = [];
  for (const provider of providers) {
    const records = makeRecords(provider, count);
    const texts = records.map((r) => JSON.stringify(r));
    const parsed = texts.map((t) => JSON.parse(t));
    const bytes = texts.reduce((n, t) => n + t.length, 0);
    // Each task is one pass over 10,000 records (~0.1 s): 10 passes at least, 1.5 s at most.
    const bench = new Bench({ time: 1500, iterations: 10, warmupTime: 300, warmupIterations: 2 });
    let sink = 0;
    bench
      .add(`${provider}: JSON.parse ×${count}`, () => {
        for (const t of texts) sink += JSON.parse(t) ? 1 : 0;
      })
      .add(`${provider}: normalizeCall ×${count}`, () => {
        for (const p of parsed) sink += normalizeCall(provider, p).transcript?.length ?? 0;
      });
    await bench.run();
    const [parse, normalize] = bench.tasks.map((t) => t.result.latency.mean);
    rows.push({
      provider,
      records: count,
      kbPerRecord: bytes / count / 1024,
      parseMs: parse,
      normalizeMs: normalize,
      ratio: normalize / parse,
      callsPerSecond: (count / normalize) * 1000,
      sink,
    });
  }
  return rows;
}
