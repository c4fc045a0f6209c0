/**
 * Benchmark 1: normalizing vs parsing. For each provider, 10,000 realistic records (20-turn transcripts):
 * the time to `normalizeCall` them vs the time to `JSON.parse` the same records' text. Goal: ≤ 0.5× for the worst provider.
 *
 * The two are measured in alternating rounds (tinybench, 9 rounds, parse first in every other one) and each figure is
 * the median over the rounds, the ratio the median of the per-round ratios: on a shared machine the CPU's
 * speed drifts over seconds, and two tasks timed one after the other for seconds each compare that drift too.
 */
import { Bench } from "tinybench";
import { makeRecords } from "./records.mjs";
import { median } from "./stats.mjs";

const ROUNDS = 9;

export async function benchNormalize(normalizeCall, providers, count = 10_000) {
  const rows = [];
  for (const provider of providers) {
    const records = makeRecords(provider, count);
    const texts = records.map((r) => JSON.stringify(r));
    const parsed = texts.map((t) => JSON.parse(t));
    const bytes = texts.reduce((n, t) => n + t.length, 0);
    let sink = 0;
    const parseMs = [];
    const normalizeMs = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Each task is one pass over 10,000 records (~0.1 s): 2 passes at least, 0.2 s at most, per round.
      const bench = new Bench({ time: 200, iterations: 2, warmupTime: 50, warmupIterations: 1 });
      const parseTask = () => {
        for (const t of texts) sink += JSON.parse(t) ? 1 : 0;
      };
      const normalizeTask = () => {
        for (const p of parsed) sink += normalizeCall(provider, p).transcript?.length ?? 0;
      };
      // Parse first in even rounds, normalize first in odd ones.
      if (round % 2 === 0) bench.add("parse", parseTask).add("normalize", normalizeTask);
      else bench.add("normalize", normalizeTask).add("parse", parseTask);
      await bench.run();
      const mean = (name) => bench.tasks.find((t) => t.name === name).result.latency.mean;
      const parse = mean("parse");
      const normalize = mean("normalize");
      parseMs.push(parse);
      normalizeMs.push(normalize);
    }
    const normalizeMedian = median(normalizeMs);
    rows.push({
      provider,
      records: count,
      kbPerRecord: bytes / count / 1024,
      parseMs: median(parseMs),
      normalizeMs: normalizeMedian,
      ratio: median(normalizeMs.map((n, i) => n / parseMs[i])),
      callsPerSecond: (count / normalizeMedian) * 1000,
      sink,
    });
  }
  return rows;
}
