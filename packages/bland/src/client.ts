import {
  type CommonClientOptions,
  createApiClient,
  type IterateOptions,
  type Page,
  type PageFetcher,
  type RequestOptions,
  requireCredential,
} from "@switchboard/core";
import type { operations, paths } from "./generated/bland.js";

type GetCallBody = operations["getCall"]["responses"][200]["content"]["application/json"];
type ListCallsBody = operations["listCalls"]["responses"][200]["content"]["application/json"];

/** A Bland AI call, as `specs/bland.yaml` types the `getCall` response. */
export type BlandCall = GetCallBody;
/** Query parameters of `listCalls`. */
export type BlandListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One row of `listCalls` (`calls[]`). */
export type BlandCallListItem = ListCallsBody extends { calls: (infer T)[] } ? T : never;
/** One page of Bland AI calls. */
export type BlandCallPage = Page<BlandCallListItem, BlandListCallsParams, ListCallsBody>;

/** The production base URL (the spec's first server). */
export const BLAND_BASE_URL = "https://api.bland.ai";

/** Options of {@link createBlandClient}. */
export interface BlandClientOptions extends CommonClientOptions {
  /** Bland AI API key, sent as `authorization`. */
  apiKey: string;
}

/** A typed Bland AI client. Every method takes {@link RequestOptions} as its last argument. */
export interface BlandClient {
  /** `GET /v1/calls/{call_id}`: one call. @throws the `@switchboard/core` error hierarchy. */
  getCall(id: string, options?: RequestOptions): Promise<BlandCall>;
  /** `GET /v1/calls`: one page (offset pagination: `limit`, `offset`). */
  listCalls(params?: BlandListCallsParams, options?: RequestOptions): Promise<BlandCallPage>;
  /** Every call across pages (`for await`), with one page of look-ahead. */
  iterateCalls(params?: BlandListCallsParams, options?: IterateOptions): AsyncIterable<BlandCallListItem>;
  /** The underlying typed openapi-fetch client. */
  readonly raw: import("openapi-fetch").Client<paths, `${string}/${string}`>;
}

/**
 * Creates a Bland AI client on the shared runtime (retries, timeouts, typed errors, pagination).
 * Scaffolded by scripts/new-provider.mjs: adapt the envelope and pagination to the provider's API.
 * @throws {SwitchboardError} when `apiKey` is missing or empty.
 */
export function createBlandClient(options: BlandClientOptions): BlandClient {
  const apiKey = requireCredential("bland", "apiKey", options?.apiKey, "BLAND_API_KEY");
  const api = createApiClient<paths>({
    provider: "bland",
    defaultBaseUrl: BLAND_BASE_URL,
    authHeaders: { "authorization": apiKey },
    secrets: [apiKey],
    options,
    loadSpec: async () => (await import("./generated/bland.spec.js")).default,
  });

  const fetchCallsPage: PageFetcher<BlandCallListItem, BlandListCallsParams, ListCallsBody> = async (
    params,
    requestOptions,
  ) => {
    const result = await api.raw.GET("/v1/calls", { params: { query: params }, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result);
    const calls = ((body as { calls?: BlandCallListItem[] }).calls ?? []) as BlandCallListItem[];
    const limit = (params as { limit?: number }).limit;
    const offset = ((params as { offset?: number }).offset ?? 0) + calls.length;
    const more = calls.length > 0 && limit !== undefined && calls.length >= limit;
    return { items: calls, next: more ? ({ ...params, offset } as BlandListCallsParams) : undefined, body };
  };

  return {
    raw: api.raw,
    async getCall(id, requestOptions) {
      const result = await api.raw.GET("/v1/calls/{call_id}", {
        params: { path: { call_id: id } },
        ...api.init(requestOptions),
      } as never);
      return api.handle("getCall", result) as Promise<BlandCall>;
    },
    listCalls: (params = {} as BlandListCallsParams, requestOptions) => api.page(fetchCallsPage, params, requestOptions),
    iterateCalls: (params = {} as BlandListCallsParams, iterateOptions) =>
      api.iterate(fetchCallsPage, params, iterateOptions),
  };
}
