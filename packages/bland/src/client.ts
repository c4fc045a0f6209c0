import {
  type CallsClient,
  type CommonClientOptions,
  createApiClient,
  type Page,
  type PageFetcher,
  type RequestOptions,
  remainingOffsets,
  requireCredential,
  SwitchboardError,
} from "@switchboard/core";
import { timeMs } from "@switchboard/core/time";
import type { components, operations, paths } from "./generated/bland.js";

/**
 * A Bland AI call record, as `specs/bland.yaml` (`components.schemas.Call`) types it: `GET /v1/calls/{call_id}`
 * and the rows of `GET /v1/calls` (rows carry no `transcripts`). Units: `call_length` and `max_duration` in
 * **minutes**, `corrected_duration` a **string of seconds**, `price` in **USD**; `end_at` is the scheduled
 * automatic end (from `max_duration`), not the end time. Source: https://docs.bland.ai/api-v1/get/calls-id
 */
export type BlandCall = components["schemas"]["Call"];
/** The body of `GET /v1/calls`: `{ total_count, count, calls }` (https://docs.bland.ai/api-v1/get/calls). */
export type BlandListCallsResponse = components["schemas"]["ListCallsResponse"];
/**
 * Query parameters of `GET /v1/calls`: the index range `from` (inclusive, 0-based) / `to`, `limit` (default
 * 1000), `ascending`, `sort_by` (`created_at` | `updated_at`), and the filters `from_number`, `to_number`,
 * `start_date`/`end_date` (`YYYY-MM-DD` or ISO 8601 with offset), `created_at`, `timezone` (IANA),
 * `update_start_date`/`update_end_date`, `completed`, `batch_id`, `answered_by`, `inbound`,
 * `duration_gt`/`duration_lt` (**minutes**), `campaign_id`. Source: https://docs.bland.ai/api-v1/get/calls
 */
export type BlandListCallsParams = NonNullable<operations["listCalls"]["parameters"]["query"]>;
/** One range of Bland calls; `page.body.total_count` is Bland's count of calls matching the filters. */
export type BlandCallPage = Page<BlandCall, BlandListCallsParams, BlandListCallsResponse>;
/**
 * The body of Bland's post-call webhook (the call with `transcripts`, plus `corrected_transcript`,
 * `citations`, `post_transfer_transcript`, `event_type`, `contents` on delayed or subscribed deliveries).
 * Source: https://docs.bland.ai/tutorials/post-call-webhooks
 */
export type BlandPostCallWebhook = components["schemas"]["PostCallWebhook"];
/** A live call event (`{ message, call_id, category, log_level }`) sent for the call's `webhook_events`. */
export type BlandCallEvent = components["schemas"]["CallEvent"];

/** The production base URL (the spec's first server). */
export const BLAND_BASE_URL = "https://api.bland.ai";

/**
 * Calls requested per range when neither `to` nor `limit` says otherwise: Bland's documented default
 * `limit` (https://docs.bland.ai/api-v1/get/calls).
 */
export const BLAND_DEFAULT_PAGE_SIZE = 1000;

/** Options of {@link createBlandClient}. */
export interface BlandClientOptions extends CommonClientOptions {
  /**
   * Bland API key, sent as the whole `authorization` header value — no `Bearer` prefix
   * (https://docs.bland.ai/api-v1/get/calls-id, Headers).
   */
  apiKey: string;
  /**
   * Optional `encrypted_key` header for your own Twilio account (BYOT): only that account's calls are
   * returned. Treated as a secret (redacted from errors and logs).
   */
  encryptedKey?: string | undefined;
}

/**
 * A typed Bland AI client: `getCall(callId)` (`GET /v1/calls/{call_id}`), `listCalls(params)` (`GET /v1/calls`,
 * one index range), `iterateCalls(params)` (every call: ranges of `to − from` calls, or `limit`, or 1000;
 * `from` advances by the calls received; ends at `total_count`, else on a short range, and on an empty one;
 * once `total_count` is known the remaining ranges are fetched concurrently, and a walk is pinned to its
 * start with `end_date` unless `end_date`/`created_at` is set or `snapshot: false`), `raw`.
 * Every method takes {@link RequestOptions} last.
 */
export interface BlandClient
  extends CallsClient<string, BlandCall, BlandCall, BlandListCallsParams, BlandListCallsResponse, paths> {}

/** An epoch-ms instant as Bland's `start_date`/`end_date` take it: ISO 8601 with an offset (`…+00:00`). */
function blandInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, "+00:00");
}

/**
 * The instants a Bland date bound covers (https://docs.bland.ai/api-v1/get/calls): a date alone
 * (`YYYY-MM-DD`) is its whole UTC day, a date-time is itself; `undefined` when absent or unparseable.
 */
function dayBounds(value: string | undefined): { from: number; to: number } | undefined {
  const ms = timeMs(value);
  if (ms === undefined || value === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { from: ms, to: ms + 86_400_000 - 1 } : { from: ms, to: ms };
}

/**
 * The page size of a range request: `to − from` when both are given, else `limit`, else
 * {@link BLAND_DEFAULT_PAGE_SIZE}.
 * @throws {SwitchboardError} when `to` is not above `from`, or a bound is not a whole number ≥ 0 (`limit` ≥ 1).
 */
function rangeOf(params: BlandListCallsParams): { from: number; size: number } {
  const check = (name: "from" | "to" | "limit", min: number) => {
    const value = params[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= min)) {
      throw new SwitchboardError(`bland: listCalls ${name} must be a whole number ≥ ${min}, got ${value}`, {
        provider: "bland",
      });
    }
    return value;
  };
  const from = check("from", 0) ?? 0;
  const to = check("to", 0);
  const limit = check("limit", 1);
  if (to !== undefined && to <= from) {
    throw new SwitchboardError(`bland: listCalls to (${to}) must be greater than from (${from})`, {
      provider: "bland",
    });
  }
  const size = to !== undefined ? to - from : (limit ?? BLAND_DEFAULT_PAGE_SIZE);
  return { from, size: limit !== undefined ? Math.min(size, limit) : size };
}

/**
 * Creates a Bland AI client on the shared runtime (retries, timeouts, typed errors, pagination).
 *
 * @example
 * const bland = createBlandClient({ apiKey: process.env.BLAND_API_KEY! });
 * const call = await bland.getCall("12345678-1234-1234-1234-123456789012");
 * for await (const c of bland.iterateCalls({ inbound: false, start_date: "2026-01-01" })) console.log(c.call_id);
 * @throws {SwitchboardError} when `apiKey` is missing or empty, or `encryptedKey` is given but empty.
 */
export function createBlandClient(options: BlandClientOptions): BlandClient {
  const apiKey = requireCredential("bland", "apiKey", options?.apiKey, "BLAND_API_KEY");
  const encryptedKey =
    options.encryptedKey === undefined
      ? undefined
      : requireCredential("bland", "encryptedKey", options.encryptedKey);
  const api = createApiClient<paths>({
    provider: "bland",
    defaultBaseUrl: BLAND_BASE_URL,
    // Bland's key goes in `authorization` as is, without `Bearer` (https://docs.bland.ai/api-v1/get/calls-id).
    authHeaders: { authorization: apiKey, ...(encryptedKey ? { encrypted_key: encryptedKey } : {}) },
    secrets: encryptedKey ? [apiKey, encryptedKey] : [apiKey],
    options,
    validatorImport: 'import { blandResponseValidator } from "@switchboard/bland/validation"',
  });

  /**
   * Index-range pagination (https://docs.bland.ai/api-v1/get/calls): request `from`…`from + size` (and
   * `limit: size`); the next `from` counts the calls actually received (so an inclusive or exclusive `to`
   * never skips or repeats a call); the list ends when `from` reaches `total_count`, or — when Bland sends
   * no `total_count` — on a range shorter than requested; an empty range always ends it.
   */
  const fetchCallsPage: PageFetcher<BlandCall, BlandListCallsParams, BlandListCallsResponse> = async (
    params,
    requestOptions,
  ) => {
    const { from, size } = rangeOf(params);
    // `limit` is sent too: Bland caps a range at `limit` (default 1000) whatever `to` says.
    const query: BlandListCallsParams = { ...params, from, to: from + size, limit: size };
    const result = await api.raw.GET("/v1/calls", { params: { query }, ...api.init(requestOptions) });
    const body = await api.handle("listCalls", result, { expect: { body: "object", arrays: ["calls"] } });
    const calls = body.calls;
    const nextFrom = from + calls.length;
    const total = body.total_count;
    // total_count, when sent, decides (a range shorter than asked, e.g. capped by the server, does not end
    // the list early); without it, a short range is the last. An empty range always ends it.
    const more = calls.length > 0 && (total !== undefined ? nextFrom < total : calls.length >= size);
    return {
      items: calls,
      next: more ? { ...params, from: nextFrom, to: nextFrom + size } : undefined,
      body,
    };
  };

  return api.calls({
    async getCall(callId: string, requestOptions?: RequestOptions) {
      const result = await api.raw.GET("/v1/calls/{call_id}", {
        params: { path: { call_id: callId } },
        ...api.init(requestOptions),
      });
      return api.handle("getCall", result, { expect: { body: "object" } });
    },
    fetchPage: fetchCallsPage,
    strategy: {
      // `total_count` is known after the first range: the other ranges are fetched concurrently. Their size
      // is the first range's count when the server returned fewer calls than asked (a cap), so no call is
      // skipped between planned ranges.
      planPages: (first, params) => {
        const total = first.body.total_count;
        if (typeof total !== "number") return undefined;
        const { from, size } = rangeOf(params);
        const step = first.items.length > 0 && first.items.length < size ? first.items.length : size;
        return remainingOffsets(from, step, total).map((start) => ({
          ...params,
          from: start,
          to: start + step,
        }));
      },
      // `end_date` takes an ISO 8601 date-time with offset (https://docs.bland.ai/api-v1/get/calls): a walk
      // asks only for calls created up to its start, so calls arriving meanwhile cannot shift the ranges.
      // Not with `created_at`, which "can't be used with end_date".
      pinSnapshot: (params, atIso) =>
        params.end_date || params.created_at
          ? params
          : { ...params, end_date: atIso.replace(/Z$/, "+00:00") },
      itemId: (call) => call.call_id,
      totalOf: (page) => page.body.total_count,
      // `start_date`/`end_date` filter by `created_at` (the list's sort key): the newest calls are read
      // window by window. A date alone (`YYYY-MM-DD`) bounds whole UTC days.
      timeWindow: {
        range: (params, fromMs, toMs) => {
          const { start_date: _from, created_at: _day, from: _f, to: _t, ...rest } = params;
          return {
            ...rest,
            ...(fromMs === undefined ? {} : { start_date: blandInstant(fromMs) }),
            end_date: blandInstant(toMs),
          };
        },
        bounds: (params) => {
          const day = dayBounds(params.created_at);
          const end = dayBounds(params.end_date);
          return {
            fromMs: day?.from ?? dayBounds(params.start_date)?.from,
            toMs: day?.to ?? end?.to,
          };
        },
        timeOf: (call) => timeMs(call.created_at),
        pageSize: (params) => rangeOf(params).size,
      },
    },
  });
}
