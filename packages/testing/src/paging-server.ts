import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The pagination styles of the providers' list endpoints. */
export type PagingStyle = "openmic" | "zudu" | "thinnestai" | "butter" | "vapi";

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
 * - Vapi `GET /call?limit&createdAtGt/Lt/Ge/Le` → a bare array, newest `createdAt` first, at most `limit`
 *   (default 100) calls in the window; `makeCall("vapi", i)` must give each call a `createdAt` (ISO 8601),
 *   and calls sharing a `createdAt` come in index order on odd requests and in reverse on even ones (as an
 *   unstable database sort could), so a client must not rely on their order.
 * For benchmarks and pagination tests; it answers only on loopback.
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const { total, makeCall, delayMs = 0 } = options;
  const pages: Record<PagingStyle, number> = { openmic: 0, zudu: 0, thinnestai: 0, butter: 0, vapi: 0 };
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
    } else if (req.method === "GET" && url.pathname === "/call") {
      pages.vapi++;
      body = vapiWindow(total, (i) => makeCall("vapi", i), url.searchParams, pages.vapi % 2 === 0);
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
