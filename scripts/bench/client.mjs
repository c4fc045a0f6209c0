/**
 * Benchmark 2: client overhead. A GET through an in-process `fetch` that answers at once (as
 * openapi-fetch's own benchmark does): plain `fetch` + `res.json()` vs bare openapi-fetch vs our OpenMic
 * client (default options) vs our client with `validateResponses`. Goal: default client ≤ 1.15× bare
 * openapi-fetch.
 */
import createClient from "openapi-fetch";
import { Bench } from "tinybench";
import { seedCall } from "./records.mjs";

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
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add("plain fetch + res.json()", async () => {
      const res = await inProcessFetch(
        new Request(`${baseUrl}/v1/call/x`, { headers: { Authorization: "Bearer k" } }),
      );
      await res.json();
    })
    .add("bare openapi-fetch", async () => {
      await bare.GET("/v1/call/{id}", { params: { path: { id: "x" } } });
    })
    .add("our client (defaults)", async () => {
      await ours.getCall("x");
    })
    .add("our client + validateResponses", async () => {
      await validating.getCall("x");
    });
  await bench.run();
  const results = bench.tasks.map((t) => ({
    name: t.name,
    meanUs: t.result.latency.mean * 1000,
    opsPerSecond: t.result.throughput.mean,
  }));
  const bareUs = results[1].meanUs;
  return results.map((r) => ({ ...r, vsBare: r.meanUs / bareUs }));
}
