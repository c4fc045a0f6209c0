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
