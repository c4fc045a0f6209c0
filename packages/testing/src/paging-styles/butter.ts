import { BENCH_T0, benchText } from "../bench-records.js";
import { definePagingStyle } from "../paging-server.js";

/** The body of a Butter `GET /api/calls` page. */
interface ButterPage {
  success: true;
  data: unknown[];
  pagination: { next_cursor: string | null; has_more: boolean; page_size: number; total_count: number };
}

/**
 * Butter's opaque cursor pagination (https://docs.getbutter.ai/api-reference/introduction):
 * `GET /api/calls?limit[&cursor]` → `{success: true, data, pagination: {next_cursor, has_more, page_size,
 * total_count}}`; `limit` defaults to 10. The cursor is opaque to clients (here `c<next index>`) and `null`
 * on the last page.
 */
export default definePagingStyle({
  provider: "butter",
  docsUrl: "https://docs.getbutter.ai/api-reference/introduction",
  idField: "call_sid",
  benchRecord: (seed, v, i) => ({
    ...seed,
    call_sid: `call_${i}_${v.id}`,
    status: v.pick(["completed", "completed", "in-progress", "failed", "no-answer"]),
    start_time: new Date(BENCH_T0 + v.offsetMs).toISOString(),
    end_time: new Date(BENCH_T0 + v.offsetMs + v.durationMs).toISOString(),
    duration_seconds: v.durationMs / 1000,
    total_cost: v.cost * 100,
    transcript: Array.from({ length: 20 }, (_, t) => ({
      turn: t + 1,
      speaker: t % 2 ? "user" : "assistant",
      text: benchText(t + i),
      relative_time: t * 4.2,
      timestamp: new Date(BENCH_T0 + v.offsetMs + t * 4200).toISOString(),
    })),
  }),
  serve(request) {
    if (request.method !== "GET" || request.path !== "/api/calls") return undefined;
    const limit = Number(request.query.get("limit") ?? 10);
    const start = Number((request.query.get("cursor") ?? "c0").slice(1));
    const next = start + limit;
    const calls = request.calls(null);
    const total = calls.length;
    return {
      success: true,
      data: request.slice(calls, start, limit),
      pagination: {
        next_cursor: next < total ? `c${next}` : null,
        has_more: next < total,
        page_size: limit,
        total_count: total,
      },
    } satisfies ButterPage;
  },
  async *handLoop(url, pageSize) {
    for (let cursor: string | null = null; ; ) {
      const q = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const response = await fetch(`${url}/api/calls?limit=${pageSize}${q}`, {
        headers: { "X-API-Key": "k" },
      });
      const body = (await response.json()) as ButterPage;
      yield body.data;
      if (!body.pagination.has_more || !body.pagination.next_cursor) return;
      cursor = body.pagination.next_cursor;
    }
  },
});
