/**
 * Benchmark 2: client overhead. A GET through an in-process `fetch` that answers at once (as
 * openapi-fetch's own benchmark does): plain `fetch` + `res.json()` vs bare openapi-fetch vs our OpenMic
 * client (default options) vs our client with `validateResponses`. Goal: default client ≤ 1.15× bare
 * openapi-fetch.
 *
 * The four are measured in 15 short rounds (tinybench, 0.1 s per variant and round, each round starting with the
 * next variant); each mean is the median over the rounds, and each ratio the median of the per-round ratios
 * to bare openapi-fetch, so that neither the CPU's drift on a shared machine nor the garbage a variant
 * leaves to the next is read as a difference between variants.
 */
import createClient from "openapi-fetch";
import { Bench } from "tinybench";
import { seedCall } from "./records.mjs";
import { median } from "./stats.mjs";

const ROUNDS = 15;

export async function benchClient(createOpenMicClient, openMicResponseValidator) {
  const body = JSON.stringify(seedCall("openmic"));
  const headers = { "content-type": "application/json" };
  const inProcessFetch = async () => new Response(body, { status: 200, headers });
  const baseUrl = "https://api.openmic.ai";
  const bare = createClient({ baseUrl, fetch: inProcessFetch, headers: { Authorization: "Bearer k" } });
  const ours = createOpenMicClient({ apiKey: "k_0123456789", baseUrl, fetch: inProcessFetch });
  const validating = createOpenMicClient({
    apiKey: "k_0123456789",
    baseUrl,
    fetch: inProcessFetch,
    validateResponses: true,
    responseValidator: openMicResponseValidator,
  });
  await validating.getCall("warm"); // compile the validator once, outside the measurement
  const variants = {
    "plain fetch + res.json()": async () => {
      const res = await inProcessFetch(
        new Request(`${baseUrl}/v1/call/x`, { headers: { Authorization: "Bearer k" } }),
      );
      await res.json();
    },
    "bare openapi-fetch": async () => {
      await bare.GET("/v1/call/{id}", { params: { path: { id: "x" } } });
    },
    "our client (defaults)": async () => {
      await ours.getCall("x");
    },
    "our client + validateResponses": async () => {
      await validating.getCall("x");
    },
  };
  const names = Object.keys(variants);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 100, warmupTime: 20 });
    // Each round starts with another variant, so that none always pays for the garbage of the one before.
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) bench.add(name, variants[name]);
    await bench.run();
    const byName = Object.fromEntries(bench.tasks.map((t) => [t.name, t.result]));
    rounds.push(
      names.map((name) => ({
        meanUs: byName[name].latency.mean * 1000,
        opsPerSecond: byName[name].throughput.mean,
      })),
    );
  }
  return names.map((name, i) => ({
    name,
    meanUs: median(rounds.map((r) => r[i].meanUs)),
    opsPerSecond: median(rounds.map((r) => r[i].opsPerSecond)),
    vsBare: median(rounds.map((r) => r[i].meanUs / r[1].meanUs)),
  }));
}
