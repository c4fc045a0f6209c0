import { normalizeThinnestAICall, normalizeThinnestAIWebhook } from "@switchboard/normalizer";
import {
  createThinnestAIClient,
  signThinnestAIWebhook,
  THINNESTAI_BASE_URL,
  THINNESTAI_RATE_LIMIT,
  THINNESTAI_WEBHOOK_HEADERS,
  type ThinnestAIClientOptions,
  type ThinnestAIListCallsParams,
  unwrapThinnestAIWebhook,
} from "@switchboard/thinnestai";
import { defineProvider } from "../descriptor.js";
import { integerId } from "../ids.js";
import { requireSecret } from "../webhook-auth.js";

/**
 * Unified status → ThinnestAI list `status` (`active`, `ended`, `error`: the values the list filter
 * accepts). Source: https://docs.thinnest.ai (List Calls).
 */
const STATUS: Partial<Record<string, ThinnestAIListCallsParams["status"]>> = {
  in_progress: "active",
  ended: "ended",
  error: "error",
};

/**
 * ThinnestAI (https://docs.thinnest.ai): `THINNESTAI_API_KEY` (Bearer); `GET /v2/calls` with offset
 * pagination; rows are `CallSummary` objects without transcript (`detail: "summary"`; `getCall` gives the
 * whole call). Integer call ids, carried as decimal strings in the unified `Call.id`. Native filters:
 * `start_date`, `end_date`, `status`, `type` (inbound/outbound), `agent_id`. The list order is not
 * documented: the stream is read whole and sorted for a newest-first merge.
 */
export const thinnestai = defineProvider({
  name: "thinnestai",
  displayName: "ThinnestAI",
  docsUrl: "https://docs.thinnest.ai",
  packageName: "@switchboard/thinnestai",
  credentials: [
    { option: "apiKey", env: "THINNESTAI_API_KEY", required: true, description: "platform key (Bearer)" },
  ],
  baseUrlEnv: "THINNESTAI_BASE_URL",
  defaultBaseUrl: THINNESTAI_BASE_URL,
  pagination: "offset",
  listing: {
    concurrentPages: true,
    snapshot: "end_date",
    rateLimit: THINNESTAI_RATE_LIMIT,
    guarantee:
      "exactly once for the calls that existed when the walk started (pinned with `end_date`); an id seen twice is dropped",
    timeFilter: "start_date/end_date",
    newest: "windows",
  },
  order: "unspecified",
  idType: "integer",
  parseId: integerId("thinnestai"),
  createClient: (options: ThinnestAIClientOptions) => createThinnestAIClient(options),
  listParams: (): ThinnestAIListCallsParams => ({ limit: 200 }),
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
    status: {
      param: "status",
      apply: (p, v) => {
        const raw = STATUS[v];
        if (raw) p.status = raw;
        return raw !== undefined;
      },
    },
    direction: {
      param: "type",
      apply: (p, v) => {
        p.type = v;
        return true;
      },
    },
    agentId: {
      param: "agent_id",
      apply: (p, v) => {
        p.agent_id = v;
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeThinnestAICall,
  webhook: {
    auth: "signature",
    secretEnv: "THINNESTAI_WEBHOOK_SECRET",
    docsUrl: "https://docs.thinnest.ai/api-reference/webhooks/verify-signature",
    deliveryIdHeader: THINNESTAI_WEBHOOK_HEADERS.deliveryId,
    unwrap: async ({ body, headers, secret, toleranceSeconds, now }) =>
      unwrapThinnestAIWebhook({
        body,
        headers,
        secret: requireSecret("thinnestai", "THINNESTAI_WEBHOOK_SECRET", secret),
        toleranceSeconds,
        now,
      }),
    normalize: normalizeThinnestAIWebhook,
    sign: async ({ body, secret, deliveryId }) => {
      let event: string | undefined;
      try {
        const parsed = JSON.parse(new TextDecoder().decode(body)) as { event?: unknown };
        if (typeof parsed.event === "string") event = parsed.event;
      } catch {
        // Sent as is: the receiver decides what a malformed body gets.
      }
      return {
        ...(await signThinnestAIWebhook({
          body,
          secret: requireSecret("thinnestai", "THINNESTAI_WEBHOOK_SECRET", secret),
          event,
          deliveryId,
        })),
        "user-agent": "ThinnestAI-Webhooks/1.0",
      };
    },
  },
});
