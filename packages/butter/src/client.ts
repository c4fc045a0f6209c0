import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type Page,
  type PageFetcher,
  type RequestOptions,
  requireCredential,
} from "@switchboard/core";
import type { components, operations, paths } from "./generated/butter.js";

/** A Butter call (`data` of `GET /api/calls/{call_sid}`), as `specs/butter.yaml` (`Call`) types it. */
export type ButterCall = components["schemas"]["Call"];
/** A row of `GET /api/calls` (`CallListItem`: fewer fields than {@link ButterCall}). */
export type ButterCallListItem = components["schemas"]["CallListItem"];
/** The list body: `{ success, data: ButterCallListItem[], pagination: { next_cursor, has_more, … } }`. */
export type ButterListCallsResponse = components["schemas"]["ListCallsResponse"];
/** Query parameters of `GET /api/calls`: `limit` (1–100, default 50) and the opaque `cursor`. */
export type ButterListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One page of Butter calls; `page.body.pagination` holds Butter's cursor block. */
export type ButterCallPage = Page<ButterCallListItem, ButterListCallsParams, ButterListCallsResponse>;

/** The production base URL (the spec's first server). */
export const BUTTER_BASE_URL = "https://api.getbutter.ai";

/**
 * Butter's documented rate limit on the Starter plan, the client's default ceiling: 10 requests a second
 * (https://docs.getbutter.ai). Raise it with the client's `rateLimit` option on a larger plan.
 */
export const BUTTER_RATE_LIMIT = { requests: 10, intervalMs: 1_000 } as const;

/** Options of {@link createButterClient}. */
export interface ButterClientOptions extends CommonClientOptions {
  /** Butter API key. Sent as `X-API-Key`, or as `Authorization: Bearer` when `organizationId` is given. */
  apiKey: string;
  /**
   * Organization id. When given, the client uses Butter's second scheme: `Authorization: Bearer <apiKey>`
   * with `X-Organization-Id` (https://docs.getbutter.ai/api-reference/authentication: the reference shows
   * both).
   */
  organizationId?: string | undefined;
}

/**
 * A typed Butter client: `getCall(callSid)` (`GET /api/calls/{call_sid}`, unwrapped from `{success, data}`;
 * `success: false` throws an `APIError` even on HTTP 200), `listCalls(params)` (`GET /api/calls`, opaque
 * cursor: follows `next_cursor` while `has_more`; ends when it is missing, repeats, or a page is empty),
 * `iterateCalls(params)`, `raw`. Every method takes {@link RequestOptions} last.
 * Errors: the `@switchboard/core` hierarchy, re-exported by this package (`AuthenticationError` 401,
 * `NotFoundError` 404, `RateLimitError` 429, `APIConnectionError`, `APITimeoutError`, …).
 */
export interface ButterClient
  extends CallsClient<
    string,
    ButterCall,
    ButterCallListItem,
    ButterListCallsParams,
    ButterListCallsResponse,
    paths
  > {}

/**
 * Creates a Butter AI client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const butter = createButterClient({ apiKey: process.env.BUTTER_API_KEY! });
 * const call = await butter.getCall("call_abc123def456"); // costs are credits
 * @throws {SwitchboardError} when `apiKey` (or a given `organizationId`) is empty.
 */
export function createButterClient(options: ButterClientOptions): ButterClient {
  const apiKey = requireCredential("butter", "apiKey", options?.apiKey, "BUTTER_API_KEY");
  const organizationId =
    options.organizationId === undefined
      ? undefined
      : requireCredential("butter", "organizationId", options.organizationId, "BUTTER_ORGANIZATION_ID");
  const api = createApiClient<paths>({
    provider: "butter",
    defaultBaseUrl: BUTTER_BASE_URL,
    authHeaders: organizationId
      ? { Authorization: `Bearer ${apiKey}`, "X-Organization-Id": organizationId }
      : { "X-API-Key": apiKey },
    secrets: [apiKey],
    options,
    validatorImport: 'import { butterResponseValidator } from "@switchboard/butter/validation"',
    rateLimit: BUTTER_RATE_LIMIT,
  });

  /** Butter's envelopes say `success: false` on failure; that is an error even on HTTP 200. */
  const unwrap = <T extends { success?: boolean }>(body: T, response: Response): T => {
    if (body.success === false) throw api.envelopeError(response, body);
    return body;
  };

  const fetchCallsPage: PageFetcher<
    ButterCallListItem,
    ButterListCallsParams,
    ButterListCallsResponse
  > = async (params, requestOptions) => {
    const result = await api.raw.GET("/api/calls", {
      params: { query: params },
      ...api.init(requestOptions),
    });
    const body = await api.handle("listCalls", result, {
      unwrap,
      expect: { body: "object", arrays: ["data"] },
    });
    const calls = body.data ?? [];
    const cursor = body.pagination?.next_cursor;
    // Opaque cursor pagination (https://docs.getbutter.ai/api-reference/introduction): follow `next_cursor`
    // while `has_more`.
    const next =
      body.pagination?.has_more === true && cursor && calls.length > 0 ? { ...params, cursor } : undefined;
    return { items: calls, next, body };
  };

  return api.calls({
    async getCall(callSid: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/api/calls/{call_sid}", {
        params: { path: { call_sid: callSid } },
        ...api.init(requestOptions),
      });
      const body = await api.handle("getCall", result, {
        unwrap,
        expect: { body: "object", objects: ["data"] },
      });
      if (!body.data) throw api.envelopeError(result.response, body);
      return body.data;
    },
    fetchPage: fetchCallsPage,
    // Opaque cursors: the walk stays sequential (one page of look-ahead); repeats are dropped by id.
    strategy: { itemId: (call) => call.call_sid },
  });
}
