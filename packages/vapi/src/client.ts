import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type Page,
  type PageFetcher,
  PaginationError,
  type RequestOptions,
  requireCredential,
} from "@switchboard/core";
import { timeMs } from "@switchboard/core/time";
import type { components, operations, paths } from "./generated/vapi.js";

/** A Vapi call record, as `specs/vapi.yaml` (`components.schemas.Call`) types it. */
export type VapiCall = components["schemas"]["Call"];
/** The body of `GET /call`: a bare array of calls (no cursor, no total). */
export type VapiListCallsResponse = components["schemas"]["ListCallsResponse"];
/**
 * Query parameters of `GET /call`: `limit` (0–1000, default 100), the filters `id`, `assistantId`,
 * `phoneNumberId`, and the ISO 8601 date-time windows `createdAtGt/Lt/Ge/Le`, `updatedAtGt/Lt/Ge/Le`.
 */
export type VapiListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One page of Vapi calls; `page.body` is the array exactly as Vapi sent it. */
export type VapiCallPage = Page<VapiCall, VapiListCallsParams, VapiListCallsResponse>;
/** Body of the `end-of-call-report` message Vapi POSTs to your Server URL (https://docs.vapi.ai/server-url/events). */
export type VapiEndOfCallReportWebhook = components["schemas"]["EndOfCallReportWebhook"];
/** Body of the `status-update` message Vapi POSTs to your Server URL (https://docs.vapi.ai/server-url/events). */
export type VapiStatusUpdateWebhook = components["schemas"]["StatusUpdateWebhook"];

/** The production base URL (the spec's first server). */
export const VAPI_BASE_URL = "https://api.vapi.ai";
/** `GET /call`'s default page size (https://docs.vapi.ai/api-reference/calls/list). */
export const VAPI_DEFAULT_LIMIT = 100;
/** `GET /call`'s largest page size (https://docs.vapi.ai/api-reference/calls/list). */
export const VAPI_MAX_LIMIT = 1000;

/** Options of {@link createVapiClient}. */
export interface VapiClientOptions extends CommonClientOptions {
  /** Vapi private API key, sent as `Authorization: Bearer <apiKey>` (https://dashboard.vapi.ai). */
  apiKey: string;
}

/**
 * A typed Vapi client: `getCall(id)` (`GET /call/{id}`), `listCalls(params)` and `iterateCalls(params)`
 * (`GET /call`, paged by `createdAt` windows: see {@link createVapiClient}), `raw`. Every method takes
 * {@link RequestOptions} last.
 */
export interface VapiClient
  extends CallsClient<string, VapiCall, VapiCall, VapiListCallsParams, VapiListCallsResponse, paths> {}

/** Upper-bound filters on `createdAt`, replaced by the next window. */
const UPPER = ["createdAtLt", "createdAtLe"] as const;

/** `params` with its `createdAt` upper bound replaced by `bound`. */
function below(params: VapiListCallsParams, bound: { createdAtLe: string } | { createdAtLt: string }) {
  const next: VapiListCallsParams = { ...params };
  for (const key of UPPER) delete next[key];
  return { ...next, ...bound };
}

/**
 * Creates a Vapi client on the shared runtime (retries, timeouts, typed errors, opt-in validation).
 *
 * **Pagination.** `GET /call` returns a bare array with no cursor
 * (https://docs.vapi.ai/api-reference/calls/list); the order is not documented and is taken to be newest
 * `createdAt` first: a full page that comes oldest first throws {@link PaginationError} rather than miss calls.
 * A page shorter than `limit` (default 100) is the last. After a full page whose oldest `createdAt` is `T`,
 * the page yields only its calls newer than `T`, and the next page asks for `createdAtLe: T`: the calls at
 * `T` (several calls can share a millisecond) all come again at the top of the next page, so none is
 * skipped or repeated, and the next parameters are plain query parameters (`page.nextPageParams()` can be
 * stored and resumed). When every call of a full page shares `T`, the whole group is fetched at once
 * (`createdAtGe = createdAtLe = T`, `limit` 1000) and the next window is `createdAtLt: T`. Your own filters
 * (`assistantId`, `updatedAt*`, a `createdAtGt/Ge` lower bound, …) are kept on every page.
 *
 * @example
 * const vapi = createVapiClient({ apiKey: process.env.VAPI_API_KEY! });
 * const call = await vapi.getCall("7420f27a-30fd-4f49-a995-5549ae7cc00d");
 * for await (const c of vapi.iterateCalls({ assistantId: "5b0a4a08-…", createdAtGe: "2026-01-01T00:00:00Z" })) {
 *   console.log(c.id, c.endedReason);
 * }
 * @throws {SwitchboardError} when `apiKey` is missing or empty. Listing throws {@link PaginationError} when
 *   a call of a full page has no parseable `createdAt`, when a full page comes oldest first, or when 1000
 *   or more calls share one `createdAt` (they cannot be paged by time), plus the errors of every request
 *   (`APIError` subclasses by status, …).
 */
export function createVapiClient(options: VapiClientOptions): VapiClient {
  const apiKey = requireCredential("vapi", "apiKey", options?.apiKey, "VAPI_API_KEY");
  const api = createApiClient<paths>({
    provider: "vapi",
    defaultBaseUrl: VAPI_BASE_URL,
    authHeaders: { Authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
    options,
    validatorImport: 'import { vapiResponseValidator } from "@switchboard/vapi/validation"',
  });

  const list = async (
    params: VapiListCallsParams,
    requestOptions: RequestOptions,
  ): Promise<VapiListCallsResponse> => {
    const result = await api.raw.GET("/call", { params: { query: params }, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result, { expect: { body: "array" } });
    if (!Array.isArray(body)) {
      throw new PaginationError("vapi: listCalls: expected a JSON array of calls", {
        provider: "vapi",
        path: "",
      });
    }
    return body;
  };

  /** Epoch ms of `calls[i].createdAt`. @throws {PaginationError} when missing or unparseable. */
  const createdAtMs = (call: VapiCall, i: number): number => {
    const value = (call as { createdAt?: unknown })?.createdAt;
    const ms = typeof value === "string" ? timeMs(value) : undefined;
    if (ms === undefined) {
      throw new PaginationError(
        `vapi: listCalls: /${i}/createdAt: expected an ISO 8601 date-time to page by, got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
        { provider: "vapi", path: `/${i}/createdAt` },
      );
    }
    return ms;
  };

  const fetchCallsPage: PageFetcher<VapiCall, VapiListCallsParams, VapiListCallsResponse> = async (
    params,
    requestOptions,
  ) => {
    const body = await list(params, requestOptions);
    const limit = params.limit ?? VAPI_DEFAULT_LIMIT;
    if (body.length === 0 || body.length < limit) return { items: body, next: undefined, body };

    const times = body.map(createdAtMs);
    if ((times[0] as number) < (times[times.length - 1] as number)) {
      throw new PaginationError(
        "vapi: listCalls: the page came oldest first; paging by createdAt windows needs newest first",
        { provider: "vapi", path: "" },
      );
    }
    let oldest = 0;
    times.forEach((ms, i) => {
      if (ms < (times[oldest] as number)) oldest = i;
    });
    const boundary = (body[oldest] as VapiCall).createdAt as string;
    const boundaryMs = times[oldest] as number;
    const newer = body.filter((_, i) => (times[i] as number) > boundaryMs);
    if (newer.length > 0) {
      // The calls at the boundary come again, all together, at the top of the next window.
      return { items: newer, next: below(params, { createdAtLe: boundary }), body };
    }

    // A full page of calls sharing one createdAt: take the whole group in one request.
    const group = { ...params, limit: VAPI_MAX_LIMIT, createdAtGe: boundary, createdAtLe: boundary };
    delete group.createdAtGt;
    delete group.createdAtLt;
    const all = limit < VAPI_MAX_LIMIT ? await list(group, requestOptions) : body;
    if (all.length >= VAPI_MAX_LIMIT) {
      throw new PaginationError(
        `vapi: listCalls: ${VAPI_MAX_LIMIT} or more calls share createdAt ${boundary}; they cannot be paged by time without skipping some (narrow the query, e.g. by assistantId or updatedAt)`,
        { provider: "vapi", path: "/0/createdAt" },
      );
    }
    return { items: all, next: below(params, { createdAtLt: boundary }), body: all };
  };

  return api.calls({
    async getCall(id: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/call/{id}", {
        params: { path: { id } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { expect: { body: "object" } });
    },
    fetchPage: fetchCallsPage,
    // The windows already neither skip nor repeat a call; a repeated id is dropped as a last line of defence.
    strategy: {
      itemId: (call) => call.id,
      // The list comes newest first and filters by `createdAt`: without a total to plan pages by, a walk runs
      // time windows side by side, each paging on its own (https://docs.vapi.ai/api-reference/calls/list).
      order: "newest",
      timeWindow: {
        range: (params, fromMs, toMs) => {
          const next: VapiListCallsParams = { ...params };
          for (const key of [...UPPER, "createdAtGe", "createdAtGt"] as const) delete next[key];
          return {
            ...next,
            ...(fromMs === undefined ? {} : { createdAtGe: new Date(fromMs).toISOString() }),
            createdAtLe: new Date(toMs).toISOString(),
          };
        },
        bounds: (params) => {
          const gt = timeMs(params.createdAtGt);
          const lt = timeMs(params.createdAtLt);
          const ge = timeMs(params.createdAtGe);
          const le = timeMs(params.createdAtLe);
          return {
            fromMs:
              ge !== undefined && gt !== undefined
                ? Math.max(ge, gt + 1)
                : (ge ?? (gt === undefined ? undefined : gt + 1)),
            toMs:
              le !== undefined && lt !== undefined
                ? Math.min(le, lt - 1)
                : (le ?? (lt === undefined ? undefined : lt - 1)),
          };
        },
        timeOf: (call) => timeMs((call as { createdAt?: unknown }).createdAt),
        pageSize: (params) => params.limit ?? VAPI_DEFAULT_LIMIT,
        // `createdAt` bounds are ISO 8601 date-times in milliseconds.
        resolutionMs: 1,
      },
    },
  });
}
