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
import type { components, operations, paths } from "./generated/openmic.js";

/** An OpenMic call record, as `specs/openmic.yaml` (`components.schemas.Call`) types it. */
export type OpenMicCall = components["schemas"]["Call"];
/** The body of `GET /v1/calls`: `{ calls, pagination: { limit, offset, total, has_more } }`. */
export type OpenMicListCallsResponse = components["schemas"]["ListCallsResponse"];
/**
 * Query parameters of `GET /v1/calls`: `limit` (1–100), `offset` (≥ 0), and the filters `customer_id`,
 * `from_number`, `to_number`, `bot_id`, `from_date`/`to_date` (ISO 8601), `call_status`, `call_type`.
 */
export type OpenMicListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One page of OpenMic calls; `page.body.pagination` holds OpenMic's own pagination block. */
export type OpenMicCallPage = Page<OpenMicCall, OpenMicListCallsParams, OpenMicListCallsResponse>;

/** The production base URL (the spec's first server). */
export const OPENMIC_BASE_URL = "https://api.openmic.ai";

/** Options of {@link createOpenMicClient}. */
export interface OpenMicClientOptions extends CommonClientOptions {
  /** OpenMic API key, sent as `Authorization: Bearer <apiKey>` (https://chat.openmic.ai/api-key). */
  apiKey: string;
}

/**
 * A typed OpenMic client: `getCall(id)` (`GET /v1/call/{id}`), `listCalls(params)` (`GET /v1/calls`, offset
 * pagination: the next offset counts the calls received; ends on `has_more: false` or an empty page),
 * `iterateCalls(params)`, `raw`. Every method takes {@link RequestOptions} last.
 * Errors: the `@switchboard/core` hierarchy, re-exported by this package (`AuthenticationError` 401,
 * `NotFoundError` 404, `RateLimitError` 429, `APIConnectionError`, `APITimeoutError`, …).
 */
export interface OpenMicClient
  extends CallsClient<
    string,
    OpenMicCall,
    OpenMicCall,
    OpenMicListCallsParams,
    OpenMicListCallsResponse,
    paths
  > {}

/**
 * Creates an OpenMic client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const openmic = createOpenMicClient({ apiKey: process.env.OPENMIC_API_KEY! });
 * const call = await openmic.getCall("cmbbvrg8wzi487w02m2bc7dji");
 * for await (const c of openmic.iterateCalls({ call_status: "ended" })) console.log(c.call_id);
 * @throws {SwitchboardError} when `apiKey` is missing or empty.
 */
export function createOpenMicClient(options: OpenMicClientOptions): OpenMicClient {
  const apiKey = requireCredential("openmic", "apiKey", options?.apiKey, "OPENMIC_API_KEY");
  const api = createApiClient<paths>({
    provider: "openmic",
    defaultBaseUrl: OPENMIC_BASE_URL,
    authHeaders: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    options,
    validatorImport: 'import { openMicResponseValidator } from "@switchboard/openmic/validation"',
  });

  const fetchCallsPage: PageFetcher<OpenMicCall, OpenMicListCallsParams, OpenMicListCallsResponse> = async (
    params,
    requestOptions,
  ) => {
    const result = await api.raw.GET("/v1/calls", { params: { query: params }, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result, { expect: { body: "object", arrays: ["calls"] } });
    const calls = body.calls;
    const offset = params.offset ?? 0;
    // Offset pagination (https://docs.openmic.ai/api-reference/calls/list-calls): the next offset counts the
    // calls actually received, so a short page
    // never skips calls; `has_more: false` or an empty page ends the list.
    const more = body.pagination?.has_more === true && calls.length > 0;
    return { items: calls, next: more ? { ...params, offset: offset + calls.length } : undefined, body };
  };

  return api.calls({
    async getCall(id: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/v1/call/{id}", {
        params: { path: { id } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { expect: { body: "object" } });
    },
    fetchPage: fetchCallsPage,
    strategy: {
      // `pagination.total` is known after the first page: the other offsets are fetched concurrently.
      planPages: (first, params) => {
        const total = first.body.pagination?.total;
        if (typeof total !== "number") return undefined;
        const size = params.limit ?? first.items.length;
        return remainingOffsets(params.offset ?? 0, size, total).map((offset) => ({ ...params, offset }));
      },
      // `to_date` bounds the list (https://docs.openmic.ai/api-reference/calls/list-calls): a walk asks only
      // for calls up to its start, so calls arriving meanwhile cannot shift the offsets.
      pinSnapshot: (params, atIso) => (params.to_date ? params : { ...params, to_date: atIso }),
      itemId: (call) => call.call_id,
      totalOf: (page) => page.body.pagination?.total,
      // `from_date`/`to_date` filter by the call's time: the newest calls are read window by window.
      timeWindow: {
        range: (params, fromMs, toMs) => {
          const { from_date: _from, offset: _offset, ...rest } = params;
          return {
            ...rest,
            ...(fromMs === undefined ? {} : { from_date: new Date(fromMs).toISOString() }),
            to_date: new Date(toMs).toISOString(),
          };
        },
        bounds: (params) => ({
          fromMs: timeMs(params.from_date),
          toMs: timeMs(params.to_date),
        }),
        timeOf: (call) => (typeof call.start_timestamp === "number" ? call.start_timestamp : undefined),
        pageSize: (params) => params.limit ?? 10,
      },
    },
  });
}
