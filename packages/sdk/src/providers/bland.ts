import {
  BLAND_BASE_URL,
  type BlandClientOptions,
  type BlandListCallsParams,
  createBlandClient,
  signBlandWebhook,
  unwrapBlandWebhook,
} from "@switchboard/bland";
import { normalizeBlandCall, normalizeBlandWebhook } from "@switchboard/normalizer";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";
import { requireSecret } from "../webhook-auth.js";

/**
 * Bland AI (https://docs.bland.ai/api-v1/get/calls): `BLAND_API_KEY`, sent as the whole `authorization`
 * header (no `Bearer`); `GET /v1/calls` with index ranges (`from`/`to`, up to `total_count`), asked for
 * `sort_by: created_at`, `ascending: false` (newest **created** first, as documented). Order: the sort is
 * by creation, not by start (`started_at`, which the merge uses), and the reference's own List Calls
 * example lists the older call first, so the order is treated as unspecified (the stream is read whole and
 * sorted before a newest-first merge). Get Call: `GET /v1/calls/{call_id}`
 * (https://docs.bland.ai/api-v1/get/calls-id). List rows carry no transcript (`detail: "summary"`).
 *
 * Native filters, from the List Calls query parameters:
 * - `since` → `start_date`, `until` → `end_date` (ISO 8601 date-times with offset are accepted). They
 *   filter on the call's **creation** time (`created_at`), not its start (`started_at`, which the unified
 *   filters use): `until` never drops a matching call, while `since` skips a call created before `since`
 *   that connected after it. Every call that comes back is re-checked on `startedAt`.
 * - `direction` → `inbound` (`true` for inbound, `false` for outbound).
 * - `status` (Bland's `completed` is a boolean, not a status) and `agentId` (no agent filter) are applied
 *   client-side.
 */
export const bland = defineProvider({
  name: "bland",
  displayName: "Bland AI",
  docsUrl: "https://docs.bland.ai",
  packageName: "@switchboard/bland",
  credentials: [
    { option: "apiKey", env: "BLAND_API_KEY", required: true, description: "API key (authorization header)" },
  ],
  baseUrlEnv: "BLAND_BASE_URL",
  defaultBaseUrl: BLAND_BASE_URL,
  pagination: "offset",
  listing: {
    concurrentPages: true,
    snapshot: "end_date",
    guarantee:
      "exactly once for the calls that existed when the walk started (pinned with `end_date`); an id seen twice is dropped",
    timeFilter: "start_date/end_date",
    newest: "windows",
  },
  order: "unspecified",
  idType: "string",
  parseId: stringId("bland"),
  createClient: (options: BlandClientOptions) => createBlandClient(options),
  listParams: (): BlandListCallsParams => ({ limit: 500, sort_by: "created_at", ascending: false }),
  filters: {
    since: {
      param: "start_date",
      apply: (p, v) => {
        p.start_date = v;
        return true;
      },
    },
    until: {
      param: "end_date",
      apply: (p, v) => {
        p.end_date = v;
        return true;
      },
    },
    direction: {
      param: "inbound",
      apply: (p, v) => {
        p.inbound = v === "inbound";
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeBlandCall,
  webhook: {
    auth: "signature",
    secretEnv: "BLAND_WEBHOOK_SECRET",
    docsUrl: "https://docs.bland.ai/tutorials/webhook-signing",
    unwrap: async ({ body, headers, secret }) =>
      (await unwrapBlandWebhook({
        body,
        headers,
        secret: requireSecret("bland", "BLAND_WEBHOOK_SECRET", secret),
      })) as unknown as Record<string, unknown>,
    normalize: normalizeBlandWebhook,
    sign: ({ body, secret }) =>
      signBlandWebhook({ body, secret: requireSecret("bland", "BLAND_WEBHOOK_SECRET", secret) }),
  },
});
