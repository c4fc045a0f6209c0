import { BENCH_T0, benchText } from "../bench-records.js";
import { definePagingStyle, shiftTimes } from "../paging-server.js";

/** The body of a Bland `GET /v1/calls` range. */
interface BlandPage {
  total_count: number;
  count: number;
  calls: unknown[];
}

/**
 * Bland's index-range pagination (https://docs.bland.ai/api-v1/get/calls):
 * `GET /v1/calls?from&to[&limit][&end_date]` → `{total_count, count, calls}` with the calls `from` …
 * `to − 1` (`from` defaults to 0, `to` to `from + limit`), at most `limit` of them (default 1000).
 * `end_date` (ISO 8601) hides the calls created after it, which is how a client pins a walk.
 */
export default definePagingStyle({
  provider: "bland",
  docsUrl: "https://docs.bland.ai/api-v1/get/calls",
  idField: "call_id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    c_id: `call_${i}_${v.id}`,
    status: v.pick(["completed", "completed", "in-progress", "failed", "no-answer"]),
    created_at: new Date(BENCH_T0 + v.offsetMs - 7000).toISOString().replace("Z", "251+00:00"),
    started_at: new Date(BENCH_T0 + v.offsetMs).toISOString().replace(".000Z", "+00:00"),
    end_at: new Date(BENCH_T0 + v.offsetMs + v.durationMs).toISOString(),
    call_length: v.durationMs / 60_000,
    corrected_duration: String(Math.round(v.durationMs / 1000)),
    price: v.cost,
    transcripts: Array.from({ length: 20 }, (_, t) => ({
      id: i * 100 + t,
      created_at: new Date(BENCH_T0 + v.offsetMs + t * 4200).toISOString().replace("Z", "385+00:00"),
      text: benchText(t + i),
      user: t % 2 ? "user" : "assistant",
      c_id: `call_${i}_${v.id}`,
      status: null,
      transcript_id: null,
    })),
  }),
  serve(request) {
    if (request.method !== "GET" || request.path !== "/v1/calls") return undefined;
    const from = Number(request.query.get("from") ?? 0);
    const limit = Number(request.query.get("limit") ?? 1000);
    const to = Number(request.query.get("to") ?? from + limit);
    const calls = request.calls(request.query.get("end_date"), request.query.get("start_date"));
    const range = request.slice(calls, from, Math.min(to - from, limit));
    return { total_count: calls.length, count: range.length, calls: range } satisfies BlandPage;
  },
  stamp: (record, createdAt) => shiftTimes(record, "created_at", createdAt, ["started_at", "end_at"]),
  async *handLoop(url, pageSize) {
    for (let from = 0; ; ) {
      const response = await fetch(`${url}/v1/calls?from=${from}&to=${from + pageSize}`, {
        headers: { authorization: "k" },
      });
      const body = (await response.json()) as BlandPage;
      yield body.calls;
      from += body.calls.length;
      if (from >= body.total_count || body.calls.length === 0) return;
    }
  },
});
