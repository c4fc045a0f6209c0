import { BENCH_T0, benchText, seedObject } from "../bench-records.js";
import { definePagingStyle, shiftEpochMs } from "../paging-server.js";

/** The body of an OpenMic `GET /v1/calls` page. */
interface OpenMicPage {
  calls: unknown[];
  pagination: { limit: number; offset: number; total: number; has_more: boolean };
}

/**
 * OpenMic's offset pagination (https://docs.openmic.ai/api-reference/calls/list-calls):
 * `GET /v1/calls?limit&offset[&from_date][&to_date]` → `{calls, pagination: {limit, offset, total, has_more}}`;
 * `limit` defaults to 10, `offset` to 0. `to_date` (ISO 8601) hides the calls created after it, which is how
 * a client pins a walk; `from_date` hides those created before it.
 */
export default definePagingStyle({
  provider: "openmic",
  docsUrl: "https://docs.openmic.ai/api-reference/calls/list-calls",
  idField: "call_id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ended", "ended", "ongoing", "error", "registered"]),
    start_timestamp: BENCH_T0 + v.offsetMs,
    end_timestamp: BENCH_T0 + v.offsetMs + v.durationMs,
    duration_ms: v.durationMs,
    transcript: Array.from({ length: 20 }, (_, t) => [t % 2 ? "user" : "assistant", benchText(t + i)]),
    call_cost: { ...seedObject(seed, "call_cost"), total_cost: v.cost, llm_cost: v.cost / 4 },
    latency: { ...seedObject(seed, "latency"), e2e_median_latency: v.latencyS },
  }),
  serve(request) {
    if (request.method !== "GET" || request.path !== "/v1/calls") return undefined;
    const limit = Number(request.query.get("limit") ?? 10);
    const offset = Number(request.query.get("offset") ?? 0);
    const calls = request.calls(request.query.get("to_date"), request.query.get("from_date"));
    const total = calls.length;
    return {
      calls: request.slice(calls, offset, limit),
      pagination: { limit, offset, total, has_more: offset + limit < total },
    } satisfies OpenMicPage;
  },
  stamp: (record, createdAt) => shiftEpochMs(record, "start_timestamp", createdAt, ["end_timestamp"]),
  async *handLoop(url, pageSize) {
    for (let offset = 0; ; ) {
      const response = await fetch(`${url}/v1/calls?limit=${pageSize}&offset=${offset}`, {
        headers: { Authorization: "Bearer k" },
      });
      const body = (await response.json()) as OpenMicPage;
      yield body.calls;
      if (!body.pagination.has_more || body.calls.length === 0) return;
      offset += body.calls.length;
    }
  },
});

/**
 * An OpenMic list row for the paging server's `makeCall` whose start time is its creation time, so that the
 * `from_date`/`to_date` filters select it as OpenMic selects by the call's time: `call_<index>`, ended, 30 s.
 */
export function openMicTimedCall(_provider: string, index: number, createdAt: number) {
  return {
    call_id: `call_${index}`,
    agent_id: "agent_1",
    call_type: "phonecall",
    direction: "inbound",
    from_number: "+15550000001",
    to_number: "+15550000002",
    call_status: "ended",
    start_timestamp: createdAt,
    end_timestamp: createdAt + 30_000,
    duration_ms: 30_000,
  };
}
