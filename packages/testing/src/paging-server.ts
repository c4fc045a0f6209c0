import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The four pagination styles of the providers' list endpoints. */
export type PagingStyle = "openmic" | "zudu" | "thinnestai" | "butter";

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
   * start, so a walk pinned by `to_date` (OpenMic) or `end_date` (ThinnestAI) does not see them.
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
 * https://docs.zudu.ai/api-reference/calls/list, https://docs.thinnest.ai/api-reference/calls/list and
 * https://docs.getbutter.ai/api-reference/introduction):
 * - OpenMic `GET /v1/calls?limit&offset` → `{calls, pagination: {limit, offset, total, has_more}}`;
 * - Zudu `POST /api/calls` `{page (0-based), limit}` → `{status: "success", data: {calls, pagination}}`;
 * - ThinnestAI `GET /v2/calls?limit&offset` → `{calls, total}`;
 * - Butter `GET /api/calls?limit&cursor` → `{success, data, pagination: {next_cursor, has_more}}`.
 * For benchmarks and pagination tests; it answers only on loopback.
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const { total: initialTotal, makeCall, delayMs = 0, rateLimit, insertPerPage = 0 } = options;
  const styles: PagingStyle[] = ["openmic", "zudu", "thinnestai", "butter"];
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
            : undefined;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const style = styleOf(req.method, url.pathname);
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
