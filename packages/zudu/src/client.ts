import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type Page,
  type PageFetcher,
  type RequestOptions,
  requireCredential,
} from "@switchboard/core";
import type { components, paths } from "./generated/zudu.js";

/** A Zudu call (`data` of `GET /api/calls/{callId}`), as `specs/zudu.yaml` (`Call`) types it. */
export type ZuduCall = components["schemas"]["Call"];
/**
 * The JSON body of `POST /api/calls`: `page` (0-based), `limit`, `sort_by`, `sort_order`
 * (`ascending`|`descending`), `filter_criteria` {`call_status[]`, `call_type[]`, `agent_id`,
 * `duration_ms` {`lower_threshold`, `upper_threshold`} (ms), `transcript_search`}.
 */
export type ZuduListCallsParams = components["schemas"]["ListCallsRequest"];
/** `data` of the list envelope: `{ calls, pagination, returned_count, sort_by, sort_order, … }`. */
export type ZuduListCallsData = components["schemas"]["ListCallsData"];
/** One page of Zudu calls; `page.body.pagination` holds Zudu's pagination block. */
export type ZuduCallPage = Page<ZuduCall, ZuduListCallsParams, ZuduListCallsData>;

/** The production base URL (the spec's first server). */
export const ZUDU_BASE_URL = "https://api.zudu.ai";

/** Options of {@link createZuduClient}. */
export interface ZuduClientOptions extends CommonClientOptions {
  /** Zudu API key (`sk_…`), sent as `X-API-KEY`. */
  apiKey: string;
  /** Zudu API secret (`s3cr3t_…`), sent as `X-API-SECRET`; Zudu requires both on every request. */
  apiSecret: string;
}

/**
 * A typed Zudu client: `getCall(callId)` (`GET /api/calls/{callId}`, unwrapped from Zudu's
 * `{message, status, error, data}` envelope; `status: "error"` throws an `APIError` even on HTTP 200),
 * `listCalls(params)` (`POST /api/calls` with a JSON body, 0-based `page`; see {@link zuduHasNextPage}),
 * `iterateCalls(params)`, `raw`. Every method takes {@link RequestOptions} last.
 * Errors: the `@switchboard/core` hierarchy, re-exported by this package (`AuthenticationError` 401,
 * `NotFoundError` 404, `RateLimitError` 429, `APIConnectionError`, `APITimeoutError`, …).
 */
export interface ZuduClient
  extends CallsClient<string, ZuduCall, ZuduCall, ZuduListCallsParams, ZuduListCallsData, paths> {}

/**
 * Whether another page follows, from either documented pagination shape
 * (https://docs.zudu.ai/api-reference/calls/list):
 * `has_next_page` when given; else `page + 1 < total_pages`; else a full page (`calls.length === limit`).
 */
export function zuduHasNextPage(
  pagination: components["schemas"]["Pagination"] | undefined,
  page: number,
  returned: number,
  limit: number | undefined,
): boolean {
  if (returned === 0) return false;
  if (typeof pagination?.has_next_page === "boolean") return pagination.has_next_page;
  if (typeof pagination?.total_pages === "number") return page + 1 < pagination.total_pages;
  return limit !== undefined && returned >= limit;
}

/**
 * Creates a Zudu AI client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const zudu = createZuduClient({ apiKey: process.env.ZUDU_API_KEY!, apiSecret: process.env.ZUDU_API_SECRET! });
 * const call = await zudu.getCall("call-456");
 * for await (const c of zudu.iterateCalls({ filter_criteria: { call_status: ["ENDED"] } })) console.log(c.call_id);
 * @throws {SwitchboardError} when `apiKey` or `apiSecret` is missing or empty.
 */
export function createZuduClient(options: ZuduClientOptions): ZuduClient {
  const apiKey = requireCredential("zudu", "apiKey", options?.apiKey, "ZUDU_API_KEY");
  const apiSecret = requireCredential("zudu", "apiSecret", options?.apiSecret, "ZUDU_API_SECRET");
  const api = createApiClient<paths>({
    provider: "zudu",
    defaultBaseUrl: ZUDU_BASE_URL,
    authHeaders: { "X-API-KEY": apiKey, "X-API-SECRET": apiSecret },
    secrets: [apiKey, apiSecret],
    options,
    validatorImport: 'import { zuduResponseValidator } from "@switchboard/zudu/validation"',
  });

  /** Zudu's envelope: `status: "error"` (or no `data`) is an error even on HTTP 200; else its `data`. */
  const unwrap = <T extends { status?: string; data?: unknown }>(
    body: T,
    response: Response,
  ): NonNullable<T["data"]> => {
    if (body.status === "error" || body.data === undefined || body.data === null)
      throw api.envelopeError(response, body);
    return body.data as NonNullable<T["data"]>;
  };

  const fetchCallsPage: PageFetcher<ZuduCall, ZuduListCallsParams, ZuduListCallsData> = async (
    params,
    requestOptions,
  ) => {
    const result = await api.raw.POST("/api/calls", { body: params, ...api.init(requestOptions) });
    const data = await api.handle("listCalls", result, {
      unwrap,
      expect: { body: "object", result: "object", arrays: ["calls"] },
    });
    const calls = data.calls ?? [];
    const page = params.page ?? 0;
    const more = zuduHasNextPage(data.pagination, page, calls.length, params.limit ?? data.pagination?.limit);
    return { items: calls, next: more ? { ...params, page: page + 1 } : undefined, body: data };
  };

  return api.calls({
    async getCall(callId: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/api/calls/{callId}", {
        params: { path: { callId } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { unwrap, expect: { body: "object", result: "object" } });
    },
    fetchPage: fetchCallsPage,
    strategy: {
      // `pagination.total_pages` is known after the first page: the other pages are fetched concurrently.
      // Zudu's list has no time filter, so a walk cannot be pinned to a snapshot.
      planPages: (first, params) => {
        const totalPages = first.body.pagination?.total_pages;
        if (typeof totalPages !== "number") return undefined;
        const page = params.page ?? 0;
        return Array.from({ length: Math.max(0, totalPages - page - 1) }, (_, i) => ({
          ...params,
          page: page + 1 + i,
        }));
      },
      itemId: (call) => call.call_id,
      // A walk that sees `total_count` move goes on sequentially: calls that arrive meanwhile can then
      // only repeat earlier ones (dropped by id), never hide them.
      totalOf: (page) => page.body.pagination?.total_count,
    },
  });
}
