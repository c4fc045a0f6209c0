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
    return Array.from({ length: request.initialTotal }, (_, i) => {
      const call = request.makeCall(i) as { createdAt: string };
      return { call, at: Date.parse(call.createdAt), i };
    })
      .filter(
        ({ at }) =>
          (gt === undefined || at > gt) &&
          (lt === undefined || at < lt) &&
          (ge === undefined || at >= ge) &&
          (le === undefined || at <= le),
      )
      .sort((a, b) => b.at - a.at || (reverseTies ? b.i - a.i : a.i - b.i))
      .slice(0, limit)
      .map(({ call }) => call);
  },
});
