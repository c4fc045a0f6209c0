import { BENCH_T0, benchText } from "../bench-records.js";
import { definePagingStyle, shiftTimes } from "../paging-server.js";

/**
 * Vapi's `createdAt`-window listing (https://docs.vapi.ai/api-reference/calls/list):
 * `GET /call?limit[&createdAtGt|Lt|Ge|Le]` → a bare array of the calls in the window, newest `createdAt`
 * first, at most `limit` (default 100). Vapi has no cursor: a client pages by moving the window's upper
 * bound. The calls are the server's initial ones as `makeCall` builds them, each with a `createdAt`
 * (ISO 8601) — `insertPerPage` does not apply. Calls sharing a `createdAt` come in index order on odd
 * requests and in reverse on even ones (as an unstable database sort could), so a client must not rely on
 * their order.
 */
export default definePagingStyle({
  provider: "vapi",
  docsUrl: "https://docs.vapi.ai/api-reference/calls/list",
  idField: "id",
  benchRecord: (seed, v, i) => ({
    ...seed,
    id: `call_${i}_${v.id}`,
    status: v.pick(["ended", "ended", "in-progress", "queued", "ringing"]),
    createdAt: new Date(BENCH_T0 + v.offsetMs - 3000).toISOString(),
    startedAt: new Date(BENCH_T0 + v.offsetMs).toISOString(),
    endedAt: new Date(BENCH_T0 + v.offsetMs + v.durationMs).toISOString(),
    endedReason: v.pick(["customer-ended-call", "assistant-ended-call", "voicemail"]),
    cost: v.cost,
    artifact: {
      messages: Array.from({ length: 20 }, (_, t) => ({
        role: t % 2 ? "user" : "bot",
        message: benchText(t + i),
        time: BENCH_T0 + v.offsetMs + t * 4200,
        endTime: BENCH_T0 + v.offsetMs + t * 4200 + 3000,
        secondsFromStart: t * 4.2,
      })),
    },
  }),
  stamp: (record, createdAt) =>
    shiftTimes(record, "createdAt", createdAt, ["updatedAt", "startedAt", "endedAt"]),
  serve(request) {
    if (request.method !== "GET" || request.path !== "/call") return undefined;
    const { query } = request;
    const bound = (name: string) => {
      const value = query.get(name);
      return value === null ? undefined : Date.parse(value);
    };
    const [gt, lt, ge, le] = ["createdAtGt", "createdAtLt", "createdAtGe", "createdAtLe"].map(bound);
    const limit = Number(query.get("limit") ?? 100);
    const reverseTies = request.requestNumber % 2 === 0;
    // Each call's own createdAt, read once per server: [time, index], newest first (ties by index).
    let sorted = request.memo.get("sorted") as Array<[number, number]> | undefined;
    if (!sorted) {
      sorted = Array.from({ length: request.initialTotal }, (_, i): [number, number] => [
        Date.parse((request.makeCall(i) as { createdAt: string }).createdAt),
        i,
      ]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      request.memo.set("sorted", sorted);
    }
    const inWindow = (at: number) =>
      (gt === undefined || at > gt) &&
      (lt === undefined || at < lt) &&
      (ge === undefined || at >= ge) &&
      (le === undefined || at <= le);
    // The first call at or below the upper bound (binary search), then the window's calls in order.
    const upper = Math.min(
      le ?? Number.POSITIVE_INFINITY,
      lt === undefined ? Number.POSITIVE_INFINITY : lt - 1e-9,
    );
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as [number, number])[0] > upper) lo = mid + 1;
      else hi = mid;
    }
    const page: Array<[number, number]> = [];
    for (let k = lo; k < sorted.length; k++) {
      const entry = sorted[k] as [number, number];
      if (!inWindow(entry[0])) {
        if (entry[0] < (ge ?? gt ?? Number.NEGATIVE_INFINITY)) break;
        continue;
      }
      page.push(entry);
      // Calls sharing the last time are all taken before the cut, so their order can be reversed.
      if (
        page.length >= limit &&
        (sorted[k + 1] === undefined || (sorted[k + 1] as [number, number])[0] !== entry[0])
      )
        break;
    }
    if (reverseTies) page.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    return page.slice(0, limit).map(([, i]) => request.makeCall(i));
  },
});
