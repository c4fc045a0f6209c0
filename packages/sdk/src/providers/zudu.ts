import { normalizeZuduCall, normalizeZuduWebhook } from "@switchboard/normalizer";
import {
  createZuduClient,
  unwrapZuduWebhook,
  ZUDU_BASE_URL,
  type ZuduClientOptions,
  type ZuduListCallsParams,
} from "@switchboard/zudu";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";
import { tokenWebhook } from "../webhook-auth.js";

type ZuduStatus = NonNullable<NonNullable<ZuduListCallsParams["filter_criteria"]>["call_status"]>;

/**
 * Unified status → Zudu `filter_criteria.call_status` (the inverse of the normalizer's table:
 * `REGISTERED`/`SCHEDULED` → queued, `ONGOING`, `ENDED`, `ERROR`). Source: https://docs.zudu.ai (List Calls).
 */
const STATUS: Partial<Record<string, ZuduStatus>> = {
  queued: ["REGISTERED", "SCHEDULED"],
  in_progress: ["ONGOING"],
  ended: ["ENDED"],
  error: ["ERROR"],
};

/**
 * Zudu AI (https://docs.zudu.ai): `ZUDU_API_KEY` + `ZUDU_API_SECRET`, sent together; `POST /api/calls`
 * with a 0-based page number, asked for `sort_by: start_timestamp`, `sort_order: descending` (newest
 * first). Native filters: `filter_criteria.call_status` and `filter_criteria.agent_id`; no date or
 * direction filter: `since`, `until`, `direction` are applied client-side.
 */
export const zudu = defineProvider({
  name: "zudu",
  displayName: "Zudu AI",
  docsUrl: "https://docs.zudu.ai",
  packageName: "@switchboard/zudu",
  credentials: [
    { option: "apiKey", env: "ZUDU_API_KEY", required: true, description: "API key" },
    { option: "apiSecret", env: "ZUDU_API_SECRET", required: true, description: "API secret" },
  ],
  baseUrlEnv: "ZUDU_BASE_URL",
  defaultBaseUrl: ZUDU_BASE_URL,
  pagination: "page",
  listing: {
    concurrentPages: true,
    guarantee:
      "no call is skipped or repeated: the list has no time filter, so a walk that sees `total_count` change goes on one page at a time (new calls can then only repeat earlier ones, which are dropped by id)",
    newest: "list",
  },
  order: "newest",
  idType: "string",
  parseId: stringId("zudu"),
  createClient: (options: ZuduClientOptions) => createZuduClient(options),
  listParams: (): ZuduListCallsParams => ({
    limit: 100,
    sort_by: "start_timestamp",
    sort_order: "descending",
  }),
  filters: {
    status: {
      param: "filter_criteria.call_status",
      apply: (p, v) => {
        const raw = STATUS[v];
        if (raw) p.filter_criteria = { ...p.filter_criteria, call_status: raw };
        return raw !== undefined;
      },
    },
    agentId: {
      param: "filter_criteria.agent_id",
      apply: (p, v) => {
        p.filter_criteria = { ...p.filter_criteria, agent_id: v };
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeZuduCall,
  webhook: tokenWebhook({
    tokenEnv: "ZUDU_WEBHOOK_TOKEN",
    docsUrl: "https://docs.zudu.ai",
    unwrap: unwrapZuduWebhook,
    normalize: normalizeZuduWebhook,
  }),
});
