import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The pagination styles of the providers' list endpoints. */
export type PagingStyle = "openmic" | "zudu" | "thinnestai" | "butter" | "bland";

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
 * - Bland `GET /v1/calls?from&to[&limit]` (told from OpenMic's same path by its `from`/`to` index range) →
 *   `{total_count, count, calls}` with the calls `from`…`to − 1`, at most `limit`
 *   (https://docs.bland.ai/api-v1/get/calls).
 * For benchmarks and pagination tests; it answers only on loopback.
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const { total, makeCall, delayMs = 0 } = options;
  const pages: Record<PagingStyle, number> = {
    openmic: 0,
    zudu: 0,
    thinnestai: 0,
    butter: 0,
    bland: 0,
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
    const blandRange = url.searchParams.has("from") || url.searchParams.has("to");
    if (req.method === "GET" && url.pathname === "/v1/calls" && blandRange) {
      const from = q("from", 0);
      const limit = q("limit", 1000);
      const count = Math.min(q("to", from + limit) - from, limit);
      const calls = slice("bland", from, count);
      pages.bland++;
      body = { total_count: total, count: calls.length, calls };
    } else if (req.method === "GET" && url.pathname === "/v1/calls") {
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
