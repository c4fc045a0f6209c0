import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type Page,
  type PageFetcher,
  type RequestOptions,
  remainingOffsets,
  requireCredential,
} from "@switchboard/core";
import { timeMs } from "@switchboard/core/time";
import type { components, operations, paths } from "./generated/thinnestai.js";

/** A ThinnestAI call (`GET /v2/calls/{call_id}`), as `specs/thinnestai.yaml` (`Call`) types it. */
export type ThinnestAICall = components["schemas"]["Call"];
/** A row of `GET /v2/calls` (`CallSummary`: id, type, status, agent, times, duration, latency, cost). */
export type ThinnestAICallSummary = components["schemas"]["CallSummary"];
/** The list body: `{ calls: ThinnestAICallSummary[], total }`. */
export type ThinnestAIListCallsResponse = components["schemas"]["ListCallsResponse"];
/**
 * Query parameters of `GET /v2/calls`: `limit` (1–200), `offset`, `status`, `agent_id`, `type`,
 * `start_date`/`end_date` (ISO 8601). The names are unconfirmed by the reference
 * (https://docs.thinnest.ai/api-reference/calls/list).
 */
export type ThinnestAIListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One page of ThinnestAI call summaries; `page.body.total` is the total count. */
export type ThinnestAICallPage = Page<
  ThinnestAICallSummary,
  ThinnestAIListCallsParams,
  ThinnestAIListCallsResponse
>;

/** The production base URL (the spec's first server). */
export const THINNESTAI_BASE_URL = "https://api.thinnest.ai";

/**
 * ThinnestAI's documented rate limit, the client's default ceiling: 120 requests a minute
 * (https://docs.thinnest.ai/api-reference/introduction), sent back in `X-RateLimit-*` headers.
 */
export const THINNESTAI_RATE_LIMIT = { requests: 120, intervalMs: 60_000 } as const;

/** Options of {@link createThinnestAIClient}. */
export interface ThinnestAIClientOptions extends CommonClientOptions {
  /** ThinnestAI platform key (`thns_sk_…`), sent as `Authorization: Bearer`. */
  apiKey: string;
}

/**
 * A typed ThinnestAI client: `getCall(callId)` (`GET /v2/calls/{call_id}`, integer ids; a
 * `{data, message, status}` wrapper is unwrapped), `listCalls(params)` (`GET /v2/calls`, offset
 * pagination until `offset + calls.length` reaches `total`, or an empty page), `iterateCalls(params)`,
 * `raw`. Every method takes {@link RequestOptions} last.
 * Errors: the `@switchboard/core` hierarchy, re-exported by this package (`AuthenticationError` 401,
 * `NotFoundError` 404, `RateLimitError` 429, `APIConnectionError`, `APITimeoutError`, …).
 */
export interface ThinnestAIClient
  extends CallsClient<
    number,
    ThinnestAICall,
    ThinnestAICallSummary,
    ThinnestAIListCallsParams,
    ThinnestAIListCallsResponse,
    paths
  > {}

/**
 * Whether a body is the `{data, message, status}` wrapper one ThinnestAI page describes
 * (https://docs.thinnest.ai/api-reference),
 * rather than a bare call (`id`) or list (`calls`) as the Get Call example shows.
 */
function isWrapper(body: unknown): body is { data?: unknown; message?: unknown; status?: unknown } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return false;
  return !("id" in body) && !("calls" in body) && ("data" in body || "message" in body);
}

/**
 * Creates a ThinnestAI client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const thinnest = createThinnestAIClient({ apiKey: process.env.THINNESTAI_API_KEY! });
 * const call = await thinnest.getCall(77);
 * @throws {SwitchboardError} when `apiKey` is missing or empty.
 */
export function createThinnestAIClient(options: ThinnestAIClientOptions): ThinnestAIClient {
  const apiKey = requireCredential("thinnestai", "apiKey", options?.apiKey, "THINNESTAI_API_KEY");
  const api = createApiClient<paths>({
    provider: "thinnestai",
    defaultBaseUrl: THINNESTAI_BASE_URL,
    authHeaders: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    options,
    validatorImport: 'import { thinnestAIResponseValidator } from "@switchboard/thinnestai/validation"',
    rateLimit: THINNESTAI_RATE_LIMIT,
  });

  /** Unwraps a `{data, message, status}` wrapper; one whose `status` says error throws, even on HTTP 200. */
  const unwrap = <T>(body: T, response: Response): T => {
    if (!isWrapper(body)) return body;
    if (body.status === "error" || !body.data || typeof body.data !== "object")
      throw api.envelopeError(response, body);
    return body.data as T;
  };

  const fetchCallsPage: PageFetcher<
    ThinnestAICallSummary,
    ThinnestAIListCallsParams,
    ThinnestAIListCallsResponse
  > = async (params, requestOptions) => {
    const result = await api.raw.GET("/v2/calls", { params: { query: params }, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result, {
      unwrap,
      expect: { body: "object", result: "object", arrays: ["calls"] },
    });
    const calls = body.calls ?? [];
    const offset = (params.offset ?? 0) + calls.length;
    // Offset pagination with a total (https://docs.thinnest.ai/api-reference/calls/list): more follow while
    // offset < total.
    const more =
      calls.length > 0 &&
      (typeof body.total === "number" ? offset < body.total : calls.length === params.limit);
    return { items: calls, next: more ? { ...params, offset } : undefined, body };
  };

  return api.calls({
    async getCall(callId: number, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/v2/calls/{call_id}", {
        params: { path: { call_id: callId } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { unwrap, expect: { body: "object", result: "object" } });
    },
    fetchPage: fetchCallsPage,
    strategy: {
      // `total` is known after the first page: the other offsets are fetched concurrently.
      planPages: (first, params) => {
        if (typeof first.body.total !== "number") return undefined;
        const size = params.limit ?? first.items.length;
        return remainingOffsets(params.offset ?? 0, size, first.body.total).map((offset) => ({
          ...params,
          offset,
        }));
      },
      // `end_date` bounds the list: a walk asks only for calls up to its start.
      pinSnapshot: (params, atIso) => (params.end_date ? params : { ...params, end_date: atIso }),
      itemId: (call) => String(call.id),
      totalOf: (page) => page.body.total,
      // `start_date`/`end_date` filter by time: the newest calls are read window by window.
      timeWindow: {
        range: (params, fromMs, toMs) => {
          const { start_date: _from, offset: _offset, ...rest } = params;
          return {
            ...rest,
            ...(fromMs === undefined ? {} : { start_date: new Date(fromMs).toISOString() }),
            end_date: new Date(toMs).toISOString(),
          };
        },
        bounds: (params) => ({ fromMs: timeMs(params.start_date), toMs: timeMs(params.end_date) }),
        timeOf: (call) => timeMs(call.started_at ?? (call as { created_at?: unknown }).created_at),
        pageSize: (params) => params.limit ?? 10,
      },
    },
  });
}
