import { BENCH_T0, benchText, seedObject } from "../bench-records.js";
import { definePagingStyle, shiftEpochMs } from "../paging-server.js";

/** The JSON body of both Retell list endpoints. */
interface RetellListBody {
  limit?: number;
  pagination_key?: string;
  filter_criteria?: { start_timestamp?: { type?: string; op?: string; value?: number | number[] } };
}

/**
 * The `[until, since]` ISO 8601 bounds of a v3 `filter_criteria.start_timestamp` (epoch ms): a range
 * `{type: "range", op: "bt", value: [lower, upper]}` (both inclusive) or one bound (`ge`, `gt`, `le`, `lt`);
 * `[null, null]` without one.
 */
function startRange(
  filter: { op?: string; value?: number | number[] } | undefined,
): [string | null, string | null] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const value = filter?.value;
  if (filter?.op === "bt" && Array.isArray(value)) return [iso(value[1] as number), iso(value[0] as number)];
  if (typeof value !== "number") return [null, null];
  if (filter?.op === "le") return [iso(value), null];
  if (filter?.op === "lt") return [iso(value - 1), null];
  if (filter?.op === "ge") return [null, iso(value)];
  if (filter?.op === "gt") return [null, iso(value + 1)];
  return [null, null];
}

/** The body of a Retell `POST /v3/list-calls` page. */
interface RetellPage {
  items: unknown[];
  has_more: boolean;
  pagination_key?: string;
}

/** The prefix of the v3 cursors this server hands out (`r3:<index of the next call>`). */
const CURSOR = "r3:";

/**
 * Retell's two list endpoints (https://docs.retellai.com/api-references/list-calls), both counted under
 * `retell`:
 * - `POST /v3/list-calls` `{limit (default 50), pagination_key, filter_criteria}` → `{items, has_more,
 *   pagination_key}`, newest start first; the cursor is opaque (here `r3:<next index>`) and absent on the
 *   last page; `filter_criteria.start_timestamp` (a `bt` range or one bound, epoch ms) filters by start time;
 * - the legacy `POST /v2/list-calls` `{limit (default 50), pagination_key}` → a bare array;
 *   `pagination_key` is the `call_id` of the last call received (exclusive), so `makeCall("retell", i)`
 *   must give each call a `call_id`.
 */
export default definePagingStyle({
  provider: "retell",
  docsUrl: "https://docs.retellai.com/api-references/list-calls",
  idField: "call_id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ended", "ended", "ongoing", "error", "registered"]),
    start_timestamp: BENCH_T0 + v.offsetMs,
    end_timestamp: BENCH_T0 + v.offsetMs + v.durationMs,
    disconnection_reason: v.pick(["user_hangup", "agent_hangup", "voicemail_reached"]),
    transcript_object: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "agent",
      content: benchText(t + i),
      words: [{ word: benchText(t + i).split(" ")[0], start: t * 4.2, end: t * 4.2 + 0.4 }],
    })),
    call_cost: { ...seedObject(seed, "call_cost"), combined_cost: v.cost * 100 },
  }),
  serve(request) {
    const v3 = request.path === "/v3/list-calls";
    if (request.method !== "POST" || (!v3 && request.path !== "/v2/list-calls")) return undefined;
    const {
      limit = 50,
      pagination_key: key,
      filter_criteria: filter,
    } = (request.body ?? {}) as RetellListBody;
    const calls = v3 ? request.calls(...startRange(filter?.start_timestamp)) : request.calls(null);
    const total = calls.length;
    if (v3) {
      const start = key ? Number(key.slice(CURSOR.length)) : 0;
      const next = start + limit;
      return {
        items: request.slice(calls, start, limit),
        has_more: next < total,
        ...(next < total ? { pagination_key: `${CURSOR}${next}` } : {}),
      } satisfies RetellPage;
    }
    let start = 0;
    if (key) {
      const all = request.slice(calls, 0, total) as { call_id?: unknown }[];
      start = all.findIndex((call) => call.call_id === key) + 1;
    }
    return request.slice(calls, start, limit);
  },
  stamp: (record, createdAt) => shiftEpochMs(record, "start_timestamp", createdAt, ["end_timestamp"]),
  async *handLoop(url, pageSize) {
    for (let key: string | undefined; ; ) {
      const response = await fetch(`${url}/v3/list-calls`, {
        method: "POST",
        headers: { "content-type": "application/json", Authorization: "Bearer k" },
        body: JSON.stringify({ limit: pageSize, ...(key ? { pagination_key: key } : {}) }),
      });
      const body = (await response.json()) as RetellPage;
      yield body.items;
      if (!body.has_more || !body.pagination_key) return;
      key = body.pagination_key;
    }
  },
});
