/**
 * Benchmark 5: CLI streaming. `switchboard calls list --provider all --format ndjson` over 10,000 calls per
 * configured provider from the loopback paging server, output counted and discarded: wall time, the calls printed and the CLI process's
 * peak RSS, and the same for 1,000 calls to show that memory does not grow with the number of calls.
 */
import { startPagingServer } from "@switchboard/testing";
import { root } from "../packages.mjs";
import { fakeEnv, loadDescriptors } from "../providers.mjs";
import { benchProviders, ID_FIELD, makeRecords } from "./records.mjs";
import { runCli } from "./run-cli.mjs";

/** The environment of each provider (its descriptor's variables), pointed at `url`. */
const descriptors = new Map((await loadDescriptors(root)).map((d) => [d.name, d]));
const envOf = (provider, url) => fakeEnv(descriptors.get(provider), url, "k_bench");

/**
 * @param totals calls per provider for each run (default 1,000 and 10,000)
 * @param extraArgs more CLI arguments, e.g. `["--order", "arrival"]`
 */
export async function benchCli(providers, totals = [1_000, 10_000], extraArgs = []) {
  // Only the providers the loopback paging server speaks (a style in packages/testing/src/paging-styles/)
  // and records.mjs can generate.
  const probe = await startPagingServer({ total: 0, makeCall: () => ({}) });
  await probe.close();
  const generated = new Set(benchProviders());
  providers = providers.filter((p) => probe.providers.includes(p) && generated.has(p));
  const rows = [];
  // A pool of realistic records per provider, cycled with fresh ids.
  const pool = Object.fromEntries(providers.map((p) => [p, makeRecords(p, 200)]));
  for (const total of totals) {
    // Each record carries its creation time in its provider's own field, as the lists filter by it.
    const server = await startPagingServer({
      total,
      stampTimes: true,
      makeCall: (provider, i) => ({
        ...pool[provider][i % 200],
        [ID_FIELD[provider]]: provider === "thinnestai" ? i : `call_${i}`,
      }),
    });
    const env = { ...process.env };
    for (const p of providers) Object.assign(env, envOf(p, server.urlOf(p)));
    // The calls the CLI printed (one NDJSON line each), counted rather than assumed.
    let lines = 0;
    const result = await runCli(
      ["calls", "list", "--provider", "all", "--format", "ndjson", "--all", ...extraArgs],
      env,
      {
        onStdout: (chunk) => {
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        },
      },
    );
    await server.close();
    if (result.code !== 0) throw new Error(`CLI failed: ${result.stderr}`);
    rows.push({
      callsPerProvider: total,
      providers: providers.length,
      calls: lines,
      wallMs: result.ms,
      peakRssMb: result.rssMb,
    });
  }
  return rows;
}
