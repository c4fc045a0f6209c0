import { BENCH_T0, benchText, seedObject } from "../bench-records.js";
import { definePagingStyle } from "../paging-server.js";

/** The body of a Zudu `POST /api/calls` page. */
interface ZuduPage {
  message: string;
  status: "success";
  error: null;
  data: {
    calls: unknown[];
    pagination: {
      page: number;
      limit: number;
      total_count: number;
      total_pages: number;
      has_next_page: boolean;
    };
  };
}

/**
 * Zudu's page-number pagination (https://docs.zudu.ai/api-reference/calls/list):
 * `POST /api/calls` with the JSON body `{page (0-based, default 0), limit (default 10)}` →
 * `{message, status: "success", error: null, data: {calls, pagination: {page, limit, total_count,
 * total_pages, has_next_page}}}`.
 */
export default definePagingStyle({
  provider: "zudu",
  docsUrl: "https://docs.zudu.ai/api-reference/calls/list",
  idField: "call_id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ENDED", "ENDED", "ONGOING", "ERROR", "REGISTERED"]),
    start_timestamp: BENCH_T0 + v.offsetMs,
    end_timestamp: BENCH_T0 + v.offsetMs + v.durationMs,
    call_duration: v.durationMs,
    disconnection_reason: v.pick(["USER_HANGUP", "AGENT_HANGUP", "VOICEMAIL_REACHED"]),
    transcript_object: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "assistant",
      content: benchText(t + i),
      timestamp: BENCH_T0 + v.offsetMs + t * 4000,
      words: [
        {
          word: benchText(t + i).split(" ")[0],
          start: BENCH_T0 + v.offsetMs + t * 4000,
          end: BENCH_T0 + v.offsetMs + t * 4000 + 400,
        },
      ],
    })),
    call_cost: { ...seedObject(seed, "call_cost"), combined_cost: v.cost },
  }),
  serve(request) {
    if (request.method !== "POST" || request.path !== "/api/calls") return undefined;
    const { page = 0, limit = 10 } = (request.body ?? {}) as { page?: number; limit?: number };
    const calls = request.calls(null);
    const total = calls.length;
    const totalPages = Math.ceil(total / limit);
    return {
      message: "Calls retrieved successfully",
      status: "success",
      error: null,
      data: {
        calls: request.slice(calls, page * limit, limit),
        pagination: {
          page,
          limit,
          total_count: total,
          total_pages: totalPages,
          has_next_page: page + 1 < totalPages,
        },
      },
    } satisfies ZuduPage;
  },
  async *handLoop(url, pageSize) {
    for (let page = 0; ; page++) {
      const response = await fetch(`${url}/api/calls`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-API-KEY": "k", "X-API-SECRET": "s" },
        body: JSON.stringify({ page, limit: pageSize }),
      });
      const { data } = (await response.json()) as ZuduPage;
      yield data.calls;
      if (!data.pagination.has_next_page || data.calls.length === 0) return;
    }
  },
});
