import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type IterateOptions,
  type Page,
  type PageFetcher,
  type RequestOptions,
  requireCredential,
} from "@switchboard/core";
import type { components, paths } from "./generated/retell.js";

/**
 * A Retell AI call, web or phone, as `specs/retell.yaml` types it (`GetCallResponse`): `call_type`
 * (`"web_call" | "phone_call"`) tells the variants apart; phone calls add `from_number`, `to_number`,
 * `direction`. Units are Retell's: epoch **ms** timestamps, `duration_ms`, latency in ms, cost in **cents**,
 * word timings in **seconds** from the call start (https://docs.retellai.com/api-references/get-call).
 */
export type RetellCall = components["schemas"]["GetCallResponse"];
/** A Retell web call (`call_type: "web_call"`). */
export type RetellWebCall = components["schemas"]["WebCall"];
/** A Retell phone call (`call_type: "phone_call"`), with `from_number`, `to_number` and `direction`. */
export type RetellPhoneCall = components["schemas"]["PhoneCall"];
/**
 * The JSON body of `POST /v3/list-calls`: `filter_criteria`, `limit`, `pagination_key` (opaque cursor),
 * `skip`, `sort_order` (`ascending`|`descending`, by `start_timestamp`, default descending), `include_total`.
 */
export type RetellListCallsParams = components["schemas"]["ListCallsRequest"];
/** The body of `POST /v3/list-calls`: `{ items, has_more, pagination_key, total? }`. */
export type RetellListCallsResponse = components["schemas"]["ListCallsResponse"];
/** One page of `POST /v3/list-calls`; `page.body` holds `has_more`, `pagination_key` and `total`. */
export type RetellCallPage = Page<RetellCall, RetellListCallsParams, RetellListCallsResponse>;
/**
 * The JSON body of the legacy `POST /v2/list-calls`: `filter_criteria`, `limit` (default 50, at most 1000),
 * `pagination_key` (the `call_id` of the last call received, exclusive), `sort_order`.
 */
export type RetellListCallsLegacyParams = components["schemas"]["ListCallsLegacyRequest"];
/** The legacy list's body: a bare array of calls. */
export type RetellListCallsLegacyResponse = components["schemas"]["ListCallsLegacyResponse"];
/** One page of the legacy `POST /v2/list-calls`. */
export type RetellLegacyCallPage = Page<
  RetellCall,
  RetellListCallsLegacyParams,
  RetellListCallsLegacyResponse
>;

/**
 * A webhook delivery (`call_started`, `call_ended`, `call_analyzed`, …): `{ event, call }`, `call` being
 * the call object as `getCall` returns it (without `call_analysis` in `call_ended`). Source:
 * https://docs.retellai.com/features/webhook-overview. Parse it only after verifying `x-retell-signature`.
 */
export type RetellWebhookEvent = components["schemas"]["WebhookEvent"];

/** The production base URL (the spec's first server). */
export const RETELL_BASE_URL = "https://api.retellai.com";
/** The page size of `POST /v3/list-calls` when `limit` is not given (https://docs.retellai.com/api-references/list-calls). */
const RETELL_DEFAULT_LIMIT = 50;

/**
 * The start-time bounds (epoch ms) a v3 `filter_criteria.start_timestamp` sets: a range `bt [lower, upper]`,
 * or one bound (`ge`/`gt` lower, `le`/`lt` upper, `eq` both); none for anything else.
 */
function startBounds(filter: unknown): { fromMs?: number; toMs?: number } {
  const f = filter as { op?: unknown; value?: unknown } | undefined;
  const value = f?.value;
  if (f?.op === "bt" && Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number")
    return { fromMs: value[0], toMs: value[1] };
  if (typeof value !== "number") return {};
  switch (f?.op) {
    case "ge":
      return { fromMs: value };
    case "gt":
      return { fromMs: value + 1 };
    case "le":
      return { toMs: value };
    case "lt":
      return { toMs: value - 1 };
    case "eq":
      return { fromMs: value, toMs: value };
    default:
      return {};
  }
}

/** The legacy list's default page size when `limit` is not sent (https://docs.retellai.com/api-references/list-calls). */
export const RETELL_LEGACY_DEFAULT_LIMIT = 50;

/** Options of {@link createRetellClient}. */
export interface RetellClientOptions extends CommonClientOptions {
  /** Retell API key, sent as `Authorization: Bearer <apiKey>` (Retell dashboard → API keys). */
  apiKey: string;
}

/**
 * A typed Retell AI client: the shared {@link CallsClient} surface — `getCall(callId)`
 * (`GET /v2/get-call/{call_id}`), `listCalls(params)` and `iterateCalls(params)` over `POST /v3/list-calls`
 * (cursor pagination: the response's opaque `pagination_key` is sent back while `has_more` is true), `raw` —
 * plus the legacy list `POST /v2/list-calls`, deprecated by Retell but still served. Every method takes
 * {@link RequestOptions} last.
 */
export interface RetellClient
  extends CallsClient<string, RetellCall, RetellCall, RetellListCallsParams, RetellListCallsResponse, paths> {
  /**
   * One page of the legacy `POST /v2/list-calls` (a bare array). The next page sends
   * `pagination_key` = the last call's `call_id`; a page shorter than `limit` (default 50) is the last.
   * Same errors as `getCall`.
   */
  listCallsLegacy(
    params?: RetellListCallsLegacyParams,
    options?: RequestOptions,
  ): Promise<RetellLegacyCallPage>;
  /** Every call of the legacy list across pages (`for await`), with one page of look-ahead. */
  iterateCallsLegacy(
    params?: RetellListCallsLegacyParams,
    options?: IterateOptions,
  ): AsyncIterable<RetellCall>;
}

/**
 * Creates a Retell AI client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const retell = createRetellClient({ apiKey: process.env.RETELL_API_KEY! });
 * const call = await retell.getCall("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
 * // v3 filter_criteria: one `{ type, op, value }` condition per field (FilterCriteria in specs/retell.yaml).
 * const ended = { call_status: { type: "enum", op: "in", value: ["ended"] } } as const;
 * for await (const c of retell.iterateCalls({ limit: 100, filter_criteria: ended }))
 *   console.log(c.call_id, c.duration_ms);
 * // The legacy list (`POST /v2/list-calls`, pagination_key = last call_id):
 * for await (const c of retell.iterateCallsLegacy({ limit: 1000 })) console.log(c.call_id);
 * @throws {SwitchboardError} when `apiKey` is missing or empty.
 */
export function createRetellClient(options: RetellClientOptions): RetellClient {
  const apiKey = requireCredential("retell", "apiKey", options?.apiKey, "RETELL_API_KEY");
  const api = createApiClient<paths>({
    provider: "retell",
    defaultBaseUrl: RETELL_BASE_URL,
    authHeaders: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    options,
    validatorImport: 'import { retellResponseValidator } from "@switchboard/retell/validation"',
  });

  /**
   * v3 cursor pagination (SDK `call.list()`, https://docs.retellai.com/api-references/list-calls): the next
   * page sends the response's `pagination_key` back, with the same filters. `skip` applies to the first
   * page only (it is not repeated with a cursor). `has_more: false`, an empty page or a missing cursor end
   * the list; a `has_more: true` without a cursor is logged as a warning, since no further page can be asked for.
   */
  const fetchCallsPage: PageFetcher<RetellCall, RetellListCallsParams, RetellListCallsResponse> = async (
    params,
    requestOptions,
  ) => {
    const result = await api.raw.POST("/v3/list-calls", { body: params, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result, { expect: { body: "object" } });
    const items = body.items ?? [];
    const cursor =
      typeof body.pagination_key === "string" && body.pagination_key !== "" ? body.pagination_key : undefined;
    if (body.has_more === true && items.length > 0 && cursor === undefined)
      api.logger.warn(
        "listCalls: has_more is true but the response has no pagination_key; the list stops here",
      );
    const more = body.has_more === true && items.length > 0 && cursor !== undefined;
    const { skip: _skip, ...rest } = params;
    return { items, next: more ? { ...rest, pagination_key: cursor } : undefined, body };
  };

  /**
   * Legacy v2 pagination (https://docs.retellai.com/api-references/list-calls): `pagination_key` is the
   * `call_id` of the last call received (exclusive); a page shorter than `limit` (default 50) is the last.
   */
  const fetchLegacyPage: PageFetcher<
    RetellCall,
    RetellListCallsLegacyParams,
    RetellListCallsLegacyResponse
  > = async (params, requestOptions) => {
    const result = await api.raw.POST("/v2/list-calls", { body: params, ...api.init(requestOptions) });
    const body = await api.handle("listCallsLegacy", result, { expect: { body: "array" } });
    const last = body[body.length - 1];
    const limit = params.limit ?? RETELL_LEGACY_DEFAULT_LIMIT;
    const more = last !== undefined && body.length >= limit && typeof last.call_id === "string";
    return { items: body, next: more ? { ...params, pagination_key: last.call_id } : undefined, body };
  };

  const calls = api.calls({
    async getCall(callId: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/v2/get-call/{call_id}", {
        params: { path: { call_id: callId } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { expect: { body: "object" } });
    },
    fetchPage: fetchCallsPage,
    strategy: {
      // A call seen again on a later page (the list moved under the cursor) is dropped by its id.
      itemId: (call) => call.call_id,
      order: "newest",
      // `filter_criteria.start_timestamp` filters by start time (epoch ms; a range `{type: "range", op: "bt",
      // value: [lower, upper]}` or a bound `{type: "number", op: "le", value}`, as Retell's official SDK types
      // it): with no total to plan pages by, a walk runs start-time windows side by side, each paging by
      // its own cursor (https://docs.retellai.com/api-references/list-calls).
      timeWindow: {
        range: (params, fromMs, toMs) => {
          const { pagination_key: _key, skip: _skip, ...rest } = params;
          return {
            ...rest,
            filter_criteria: {
              ...(params.filter_criteria ?? {}),
              start_timestamp:
                fromMs === undefined
                  ? { type: "number" as const, op: "le" as const, value: toMs }
                  : { type: "range" as const, op: "bt" as const, value: [fromMs, toMs] },
            },
          };
        },
        bounds: (params) => startBounds(params.filter_criteria?.start_timestamp),
        timeOf: (call) => (typeof call.start_timestamp === "number" ? call.start_timestamp : undefined),
        pageSize: (params) => params.limit ?? RETELL_DEFAULT_LIMIT,
        // `start_timestamp` bounds are epoch milliseconds.
        resolutionMs: 1,
      },
    },
  });
  return {
    ...calls,
    listCallsLegacy: (params, requestOptions) => api.page(fetchLegacyPage, params ?? {}, requestOptions),
    iterateCallsLegacy: (params, iterateOptions) =>
      api.iterate(fetchLegacyPage, params ?? {}, iterateOptions),
  };
}
