import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The pagination styles of the providers' list endpoints. */
export type PagingStyle = "openmic" | "zudu" | "thinnestai" | "butter" | "vapi" | "bland" | RetellPagingStyle;
/** Retell's two list endpoints: v3 (opaque cursor) and the legacy v2 (last call id). */
export type RetellPagingStyle = "retell" | "retellLegacy";

/** Options of {@link startPagingServer}. */
export interface PagingServerOptions {
  /** Calls served per provider. */
  total: number;
  /** Builds call number `index` of `provider` (0-based). */
  makeCall: (provider: PagingStyle, index: number) => unknown;
  /** Server latency per page, in ms (default 0). */
  delayMs?: number;
  /**
   * A token bucket per provider: `requestsPerSecond` tokens a second, holding at most `burst` (default
   * `requestsPerSecond`). A request finding no token gets `429` with `Retry-After: retryAfterSeconds`
   * (default 1). Every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` (whole tokens left) and
   * `X-RateLimit-Reset` (seconds until the next token) unless `headers` is `false`.
   */
  rateLimit?: { requestsPerSecond: number; burst?: number; retryAfterSeconds?: number; headers?: boolean };
  /**
   * New calls inserted at the head of every provider's list (newest first) each time a page is served:
   * the list changes during a walk, as a live account's does. Inserted calls are newer than the walk's
   * start, so a walk pinned by `to_date` (OpenMic) or `end_date` (ThinnestAI, Bland) does not see them.
   */
  insertPerPage?: number;
}

/** A running paging server; `pages[provider]` counts the pages it served, `throttled[provider]` its 429s. */
export interface PagingServer {
  url: string;
  pages: Record<PagingStyle, number>;
  throttled: Record<PagingStyle, number>;
  /** The most requests of one provider the server was handling at once. */
  peakConcurrency: Record<PagingStyle, number>;
  close(): Promise<void>;
}

/**
 * Serves `total` calls per provider over 127.0.0.1 through each provider's real list endpoint and
 * pagination style (as documented at https://docs.openmic.ai/api-reference/calls/list-calls,
 * https://docs.zudu.ai/api-reference/calls/list, https://docs.thinnest.ai/api-reference/calls/list,
 * https://docs.getbutter.ai/api-reference/introduction and https://docs.vapi.ai/api-reference/calls/list):
 * - OpenMic `GET /v1/calls?limit&offset` → `{calls, pagination: {limit, offset, total, has_more}}`;
 * - Zudu `POST /api/calls` `{page (0-based), limit}` → `{status: "success", data: {calls, pagination}}`;
 * - ThinnestAI `GET /v2/calls?limit&offset` → `{calls, total}`;
 * - Butter `GET /api/calls?limit&cursor` → `{success, data, pagination: {next_cursor, has_more}}`;
 * - Vapi `GET /call?limit&createdAtGt/Lt/Ge/Le` → a bare array, newest `createdAt` first, at most `limit`
 *   (default 100) calls in the window; `makeCall("vapi", i)` must give each call a `createdAt` (ISO 8601),
 *   and calls sharing a `createdAt` come in index order on odd requests and in reverse on even ones (as an
 *   unstable database sort could), so a client must not rely on their order (`insertPerPage` does not
 *   apply to Vapi: its calls' times are `makeCall`'s).
 * - Bland `GET /v1/calls?from&to[&limit][&end_date]` (told from OpenMic's same path by its `from`/`to`
 *   index range; https://docs.bland.ai/api-v1/get/calls) → `{total_count, count, calls}` with the calls
 *   `from`…`to − 1`, at most `limit` (default 1000).
 * - Retell (see `retellPage` below): `POST /v3/list-calls` and the legacy `POST /v2/list-calls`.
 * For benchmarks and pagination tests; it answers only on loopback.
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const { total: initialTotal, makeCall, delayMs = 0, rateLimit, insertPerPage = 0 } = options;
  const styles: PagingStyle[] = [
    "openmic",
    "zudu",
    "thinnestai",
    "butter",
    "vapi",
    "bland",
    "retell",
    "retellLegacy",
  ];
  const perStyle = <T>(value: () => T) =>
    Object.fromEntries(styles.map((style) => [style, value()])) as Record<PagingStyle, T>;
  const pages = perStyle(() => 0);
  const throttled = perStyle(() => 0);
  const peakConcurrency = perStyle(() => 0);
  const active = perStyle(() => 0);
  // Each provider's list, newest first: call indexes with their creation times (epoch ms). The initial
  // calls were created before the server started; inserted ones are created "now".
  const started = Date.now();
  const lists = perStyle(() =>
    Array.from({ length: initialTotal }, (_, i) => ({ index: i, createdAt: started - 1000 - i })),
  );
  let nextIndex = initialTotal;
  const buckets = perStyle(() => ({
    tokens: rateLimit?.burst ?? rateLimit?.requestsPerSecond ?? 0,
    at: started,
  }));
  const view = (provider: PagingStyle, until: string | null) => {
    const bound = until === null ? Number.POSITIVE_INFINITY : Date.parse(until);
    return lists[provider].filter((call) => call.createdAt <= bound);
  };
  const slice = (calls: { index: number }[], provider: PagingStyle, start: number, count: number) =>
    calls.slice(start, start + count).map((call) => makeCall(provider, call.index));
  const styleOf = (method: string | undefined, path: string): PagingStyle | undefined =>
    method === "GET" && path === "/v1/calls"
      ? "openmic"
      : method === "POST" && path === "/api/calls"
        ? "zudu"
        : method === "GET" && path === "/v2/calls"
          ? "thinnestai"
          : method === "GET" && path === "/api/calls"
            ? "butter"
            : method === "GET" && path === "/call"
              ? "vapi"
              : method === "POST" && path === "/v3/list-calls"
                ? "retell"
                : method === "POST" && path === "/v2/list-calls"
                  ? "retellLegacy"
                  : undefined;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const blandRange = url.searchParams.has("from") || url.searchParams.has("to");
    const style =
      req.method === "GET" && url.pathname === "/v1/calls" && blandRange
        ? "bland"
        : styleOf(req.method, url.pathname);
    const rateHeaders: Record<string, string> = {};
    if (style && rateLimit) {
      const bucket = buckets[style];
      const now = Date.now();
      const burst = rateLimit.burst ?? rateLimit.requestsPerSecond;
      bucket.tokens = Math.min(
        burst,
        bucket.tokens + ((now - bucket.at) / 1000) * rateLimit.requestsPerSecond,
      );
      bucket.at = now;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      if (rateLimit.headers !== false) {
        rateHeaders["x-ratelimit-limit"] = String(burst);
        rateHeaders["x-ratelimit-remaining"] = String(Math.floor(bucket.tokens));
        rateHeaders["x-ratelimit-reset"] = (
          Math.max(0, 1 - bucket.tokens) / rateLimit.requestsPerSecond
        ).toFixed(3);
      }
      if (!allowed) {
        throttled[style]++;
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        res.writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(rateLimit.retryAfterSeconds ?? 1),
          ...rateHeaders,
        });
        res.end(JSON.stringify({ error: "rate limited" }));
        return;
      }
    }
    if (style) {
      active[style]++;
      peakConcurrency[style] = Math.max(peakConcurrency[style], active[style]);
    }
    try {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    } finally {
      if (style) active[style]--;
    }
    if (style && insertPerPage > 0) {
      const now = Date.now();
      for (let i = 0; i < insertPerPage; i++) lists[style].unshift({ index: nextIndex++, createdAt: now });
    }
    const q = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
    let body: unknown;
    if (style === "openmic") {
      const limit = q("limit", 10);
      const offset = q("offset", 0);
      const calls = view("openmic", url.searchParams.get("to_date"));
      const total = calls.length;
      pages.openmic++;
      body = {
        calls: slice(calls, "openmic", offset, limit),
        pagination: { limit, offset, total, has_more: offset + limit < total },
      };
    } else if (style === "zudu") {
      const { page = 0, limit = 10 } = raw ? (JSON.parse(raw) as { page?: number; limit?: number }) : {};
      const calls = view("zudu", null);
      const total = calls.length;
      const totalPages = Math.ceil(total / limit);
      pages.zudu++;
      body = {
        message: "Calls retrieved successfully",
        status: "success",
        error: null,
        data: {
          calls: slice(calls, "zudu", page * limit, limit),
          pagination: {
            page,
            limit,
            total_count: total,
            total_pages: totalPages,
            has_next_page: page + 1 < totalPages,
          },
        },
      };
    } else if (style === "thinnestai") {
      const limit = q("limit", 10);
      const offset = q("offset", 0);
      const calls = view("thinnestai", url.searchParams.get("end_date"));
      pages.thinnestai++;
      body = { calls: slice(calls, "thinnestai", offset, limit), total: calls.length };
    } else if (style === "butter") {
      const limit = q("limit", 10);
      const start = Number((url.searchParams.get("cursor") ?? "c0").slice(1));
      const next = start + limit;
      const calls = view("butter", null);
      const total = calls.length;
      pages.butter++;
      body = {
        success: true,
        data: slice(calls, "butter", start, limit),
        pagination: {
          next_cursor: next < total ? `c${next}` : null,
          has_more: next < total,
          page_size: limit,
          total_count: total,
        },
      };
    } else if (style === "vapi") {
      pages.vapi++;
      body = vapiWindow(initialTotal, (i) => makeCall("vapi", i), url.searchParams, pages.vapi % 2 === 0);
    } else if (style === "bland") {
      const from = q("from", 0);
      const limit = q("limit", 1000);
      const calls = view("bland", url.searchParams.get("end_date"));
      const range = slice(calls, "bland", from, Math.min(q("to", from + limit) - from, limit));
      pages.bland++;
      body = { total_count: calls.length, count: range.length, calls: range };
    } else if (style === "retell" || style === "retellLegacy") {
      const calls = view(style, null);
      pages[style]++;
      body = retellPage(style, raw, calls.length, (start, count) => slice(calls, style, start, count));
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found" }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json", ...rateHeaders });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    throttled,
    peakConcurrency,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The calls of a Vapi `GET /call` query: filtered by the `createdAt*` window, newest first (ties in index
 * order, or reversed with `reverseTies`), at most `limit` of them.
 */
function vapiWindow(
  total: number,
  makeCall: (index: number) => unknown,
  query: URLSearchParams,
  reverseTies: boolean,
): unknown[] {
  const bound = (name: string) => {
    const value = query.get(name);
    return value === null ? undefined : Date.parse(value);
  };
  const [gt, lt, ge, le] = ["createdAtGt", "createdAtLt", "createdAtGe", "createdAtLe"].map(bound);
  const limit = Number(query.get("limit") ?? 100);
  const calls = Array.from({ length: total }, (_, i) => {
    const call = makeCall(i) as { createdAt: string };
    return { call, at: Date.parse(call.createdAt), i };
  });
  return calls
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
}

/**
 * Retell's list endpoints (https://docs.retellai.com/api-references/list-calls):
 * - `POST /v3/list-calls` `{limit, pagination_key}` → `{items, has_more, pagination_key}`; the cursor is
 *   opaque (here `r3:<next index>`) and absent on the last page;
 * - legacy `POST /v2/list-calls` `{limit (default 50), pagination_key}` → a bare array; `pagination_key` is
 *   the `call_id` of the last call received (exclusive), so `makeCall("retellLegacy", i)` must give a `call_id`.
 */
function retellPage(
  style: RetellPagingStyle,
  raw: string,
  total: number,
  slice: (start: number, count: number) => unknown[],
): unknown {
  const { limit, pagination_key: key } = raw
    ? (JSON.parse(raw) as { limit?: number; pagination_key?: string })
    : {};
  const size = limit ?? 50;
  if (style === "retell") {
    const start = key ? Number(key.slice(3)) : 0;
    const next = start + size;
    return {
      items: slice(start, size),
      has_more: next < total,
      ...(next < total ? { pagination_key: `r3:${next}` } : {}),
    };
  }
  let start = 0;
  if (key) {
    const all = slice(0, total) as { call_id?: unknown }[];
    start = all.findIndex((call) => call.call_id === key) + 1;
  }
  return slice(start, size);
}
