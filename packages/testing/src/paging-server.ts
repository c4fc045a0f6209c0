import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The pagination styles of the providers' list endpoints. */
export type PagingStyle = "openmic" | "zudu" | "thinnestai" | "butter" | RetellPagingStyle;
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
}

/** A running paging server; `pages[provider]` counts the pages it served. */
export interface PagingServer {
  url: string;
  pages: Record<PagingStyle, number>;
  close(): Promise<void>;
}

/**
 * Serves `total` calls per provider over 127.0.0.1 through each provider's real list endpoint and
 * pagination style (providers.md):
 * - OpenMic `GET /v1/calls?limit&offset` → `{calls, pagination: {limit, offset, total, has_more}}`;
 * - Zudu `POST /api/calls` `{page (0-based), limit}` → `{status: "success", data: {calls, pagination}}`;
 * - ThinnestAI `GET /v2/calls?limit&offset` → `{calls, total}`;
 * - Butter `GET /api/calls?limit&cursor` → `{success, data, pagination: {next_cursor, has_more}}`;
 * - Retell (see `retellPage` below): `POST /v3/list-calls` and the legacy `POST /v2/list-calls`.
 * For benchmarks and pagination tests; it answers only on loopback.
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const { total, makeCall, delayMs = 0 } = options;
  const pages: Record<PagingStyle, number> = {
    openmic: 0,
    zudu: 0,
    thinnestai: 0,
    butter: 0,
    ...RETELL_PAGES,
  };
  const slice = (provider: PagingStyle, start: number, count: number) =>
    Array.from({ length: Math.max(0, Math.min(count, total - start)) }, (_, i) =>
      makeCall(provider, start + i),
    );
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    const q = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
    let body: unknown;
    if (req.method === "GET" && url.pathname === "/v1/calls") {
      const limit = q("limit", 10);
      const offset = q("offset", 0);
      pages.openmic++;
      body = {
        calls: slice("openmic", offset, limit),
        pagination: { limit, offset, total, has_more: offset + limit < total },
      };
    } else if (req.method === "POST" && url.pathname === "/api/calls") {
      const { page = 0, limit = 10 } = raw ? (JSON.parse(raw) as { page?: number; limit?: number }) : {};
      const totalPages = Math.ceil(total / limit);
      pages.zudu++;
      body = {
        message: "Calls retrieved successfully",
        status: "success",
        error: null,
        data: {
          calls: slice("zudu", page * limit, limit),
          pagination: {
            page,
            limit,
            total_count: total,
            total_pages: totalPages,
            has_next_page: page + 1 < totalPages,
          },
        },
      };
    } else if (req.method === "GET" && url.pathname === "/v2/calls") {
      const limit = q("limit", 10);
      const offset = q("offset", 0);
      pages.thinnestai++;
      body = { calls: slice("thinnestai", offset, limit), total };
    } else if (req.method === "GET" && url.pathname === "/api/calls") {
      const limit = q("limit", 10);
      const start = Number((url.searchParams.get("cursor") ?? "c0").slice(1));
      const next = start + limit;
      pages.butter++;
      body = {
        success: true,
        data: slice("butter", start, limit),
        pagination: {
          next_cursor: next < total ? `c${next}` : null,
          has_more: next < total,
          page_size: limit,
          total_count: total,
        },
      };
    } else if (
      req.method === "POST" &&
      (url.pathname === "/v3/list-calls" || url.pathname === "/v2/list-calls")
    ) {
      body = retellPage(url.pathname, raw, total, pages, slice);
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found" }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const RETELL_PAGES: Record<RetellPagingStyle, number> = { retell: 0, retellLegacy: 0 };

/**
 * Retell's list endpoints (https://docs.retellai.com/api-references/list-calls):
 * - `POST /v3/list-calls` `{limit, pagination_key}` → `{items, has_more, pagination_key}`; the cursor is
 *   opaque (here `r3:<next index>`) and absent on the last page;
 * - legacy `POST /v2/list-calls` `{limit (default 50), pagination_key}` → a bare array; `pagination_key` is
 *   the `call_id` of the last call received (exclusive), so `makeCall("retellLegacy", i)` must give a `call_id`.
 */
function retellPage(
  pathname: string,
  raw: string,
  total: number,
  pages: Record<PagingStyle, number>,
  slice: (provider: PagingStyle, start: number, count: number) => unknown[],
): unknown {
  const { limit, pagination_key: key } = raw
    ? (JSON.parse(raw) as { limit?: number; pagination_key?: string })
    : {};
  if (pathname === "/v3/list-calls") {
    const size = limit ?? 50;
    const start = key ? Number(key.slice(3)) : 0;
    const next = start + size;
    pages.retell++;
    return {
      items: slice("retell", start, size),
      has_more: next < total,
      ...(next < total ? { pagination_key: `r3:${next}` } : {}),
    };
  }
  const size = limit ?? 50;
  let start = 0;
  if (key) {
    const all = slice("retellLegacy", 0, total) as { call_id?: unknown }[];
    start = all.findIndex((call) => call.call_id === key) + 1;
  }
  pages.retellLegacy++;
  return slice("retellLegacy", start, size);
}
