import { BENCH_T0, benchText, seedObject } from "../bench-records.js";
import { definePagingStyle, shiftTimes } from "../paging-server.js";

/** The body of a ThinnestAI `GET /v2/calls` page. */
interface ThinnestAIPage {
  calls: unknown[];
  total: number;
}

/**
 * ThinnestAI's offset pagination (https://docs.thinnest.ai/api-reference/calls/list):
 * `GET /v2/calls?limit&offset[&end_date]` → `{calls, total}`; `limit` defaults to 10, `offset` to 0.
 * `end_date` (ISO 8601) hides the calls created after it, which is how a client pins a walk.
 */
export default definePagingStyle({
  provider: "thinnestai",
  docsUrl: "https://docs.thinnest.ai/api-reference/calls/list",
  idField: "id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    id: i,
    status: v.pick(["ended", "ended", "active", "error", "pending"]),
    started_at: new Date(BENCH_T0 + v.offsetMs).toISOString().replace(".000Z", "Z"),
    ended_at: new Date(BENCH_T0 + v.offsetMs + v.durationMs).toISOString().replace(".000Z", "Z"),
    duration_seconds: v.durationMs / 1000,
    transcript: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "assistant",
      content: benchText(t + i),
      timestamp: String(t * 4.2),
    })),
    cost: { ...seedObject(seed, "cost"), total_usd: v.cost },
    latency_ms: Math.round(v.latencyS * 1000),
  }),
  serve(request) {
    if (request.method !== "GET" || request.path !== "/v2/calls") return undefined;
    const limit = Number(request.query.get("limit") ?? 10);
    const offset = Number(request.query.get("offset") ?? 0);
    const calls = request.calls(request.query.get("end_date"), request.query.get("start_date"));
    return { calls: request.slice(calls, offset, limit), total: calls.length } satisfies ThinnestAIPage;
  },
  stamp: (record, createdAt) => shiftTimes(record, "started_at", createdAt, ["ended_at", "created_at"]),
  async *handLoop(url, pageSize) {
    for (let offset = 0; ; ) {
      const response = await fetch(`${url}/v2/calls?limit=${pageSize}&offset=${offset}`, {
        headers: { Authorization: "Bearer k" },
      });
      const body = (await response.json()) as ThinnestAIPage;
      yield body.calls;
      offset += body.calls.length;
      if (offset >= body.total || body.calls.length === 0) return;
    }
  },
});
