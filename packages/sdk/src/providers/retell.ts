import { timeMs } from "@switchboard/core/time";
import { normalizeRetellCall, normalizeRetellWebhook } from "@switchboard/normalizer";
import {
  createRetellClient,
  RETELL_BASE_URL,
  type RetellClientOptions,
  type RetellListCallsParams,
  signRetellWebhook,
  unwrapRetellWebhook,
} from "@switchboard/retell";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";
import { requireSecret } from "../webhook-auth.js";

/**
 * Unified status → Retell `call_status` (the inverse of the normalizer's mapping,
 * https://docs.retellai.com/api-references/get-call): the values the v3 filter accepts
 * (`not_connected`, `ongoing`, `ended`, `error`). `queued` (`registered`) is not among them, and the other
 * unified statuses have no Retell value: those are filtered client-side.
 */
const STATUS: Partial<Record<string, "not_connected" | "ongoing" | "ended" | "error">> = {
  not_connected: "not_connected",
  in_progress: "ongoing",
  ended: "ended",
  error: "error",
};

/**
 * Sets one bound (epoch ms) of `filter_criteria.start_timestamp`, keeping the other: a `bt` range when both
 * are set, else `ge` (lower) or `le` (upper). Returns `true` (the filter is native).
 */
function setStartBound(params: RetellListCallsParams, bound: "from" | "to", ms: number): true {
  const current = (params.filter_criteria?.start_timestamp ?? {}) as { op?: unknown; value?: unknown };
  const value = current.value;
  let from = current.op === "bt" && Array.isArray(value) ? value[0] : current.op === "ge" ? value : undefined;
  let to = current.op === "bt" && Array.isArray(value) ? value[1] : current.op === "le" ? value : undefined;
  if (bound === "from") from = ms;
  else to = ms;
  params.filter_criteria = {
    ...params.filter_criteria,
    start_timestamp:
      from !== undefined && to !== undefined
        ? { type: "range" as const, op: "bt" as const, value: [from, to] }
        : from !== undefined
          ? { type: "number" as const, op: "ge" as const, value: from }
          : { type: "number" as const, op: "le" as const, value: to as number },
  };
  return true;
}

/**
 * Retell AI (https://docs.retellai.com/api-references/list-calls): `RETELL_API_KEY` (Bearer);
 * `POST /v3/list-calls` with an opaque cursor (`pagination_key` while `has_more`), asked for
 * `sort_order: descending`, which orders by `start_timestamp` (newest start first: the same key as the
 * merge). Get Call: `GET /v2/get-call/{call_id}` (https://docs.retellai.com/api-references/get-call).
 * `since` and `until` are sent natively as v3 `filter_criteria.start_timestamp` (epoch ms: a range
 * `{type: "range", op: "bt", value: [lower, upper]}`, or one bound `ge`/`le`, as Retell's official SDK types
 * the filter: https://github.com/RetellAI/retell-typescript-sdk, `CallListParams.FilterCriteria`); `status` as
 * `call_status: { type: "enum", op: "in", value: [...] }` (the unified statuses Retell has; others
 * client-side), `direction` as `direction: { type: "enum", op: "in", value: ["inbound" | "outbound"] }`, and
 * `agentId` as `agent: [{ agent_id }]`. Every filter is re-checked on the normalized calls.
 */
export const retell = defineProvider({
  name: "retell",
  displayName: "Retell AI",
  docsUrl: "https://docs.retellai.com",
  packageName: "@switchboard/retell",
  credentials: [{ option: "apiKey", env: "RETELL_API_KEY", required: true, description: "API key (Bearer)" }],
  baseUrlEnv: "RETELL_BASE_URL",
  defaultBaseUrl: RETELL_BASE_URL,
  pagination: "cursor",
  listing: {
    concurrentPages: true,
    snapshot: "filter_criteria.start_timestamp",
    guarantee:
      "exactly once for the calls that started before the walk started: start-time windows (pinned by `filter_criteria.start_timestamp`) walked side by side, each by its own cursor; calls sharing a start time at a window edge belong to one window",
    timeFilter: "filter_criteria.start_timestamp",
    newest: "list",
  },
  order: "newest",
  idType: "string",
  parseId: stringId("retell"),
  createClient: (options: RetellClientOptions) => createRetellClient(options),
  listParams: (): RetellListCallsParams => ({ limit: 100, sort_order: "descending" }),
  filters: {
    since: {
      param: "filter_criteria.start_timestamp",
      // `v` is `toInstant`'s output (ISO 8601 UTC), always an instant.
      apply: (p, v) => setStartBound(p, "from", timeMs(v) as number),
    },
    until: {
      param: "filter_criteria.start_timestamp",
      apply: (p, v) => setStartBound(p, "to", timeMs(v) as number),
    },
    status: {
      param: "filter_criteria.call_status",
      apply: (p, v) => {
        const raw = STATUS[v];
        if (raw)
          p.filter_criteria = { ...p.filter_criteria, call_status: { type: "enum", op: "in", value: [raw] } };
        return raw !== undefined;
      },
    },
    direction: {
      param: "filter_criteria.direction",
      apply: (p, v) => {
        p.filter_criteria = { ...p.filter_criteria, direction: { type: "enum", op: "in", value: [v] } };
        return true;
      },
    },
    agentId: {
      param: "filter_criteria.agent",
      apply: (p, v) => {
        p.filter_criteria = { ...p.filter_criteria, agent: [{ agent_id: v }] };
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeRetellCall,
  webhook: {
    auth: "signature",
    secretEnv: "RETELL_WEBHOOK_SECRET",
    docsUrl: "https://docs.retellai.com/features/secure-webhook",
    unwrap: async ({ body, headers, secret, toleranceSeconds, now }) =>
      (await unwrapRetellWebhook({
        body,
        headers,
        secret: requireSecret("retell", "RETELL_WEBHOOK_SECRET", secret),
        toleranceSeconds,
        now,
      })) as unknown as Record<string, unknown>,
    normalize: normalizeRetellWebhook,
    sign: ({ body, secret }) =>
      signRetellWebhook({ body, secret: requireSecret("retell", "RETELL_WEBHOOK_SECRET", secret) }),
  },
});
