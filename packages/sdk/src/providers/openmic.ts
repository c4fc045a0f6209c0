import { normalizeOpenMicCall, normalizeOpenMicWebhook } from "@switchboard/normalizer";
import {
  createOpenMicClient,
  OPENMIC_BASE_URL,
  type OpenMicClientOptions,
  type OpenMicListCallsParams,
  unwrapOpenMicWebhook,
} from "@switchboard/openmic";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";
import { tokenWebhook } from "../webhook-auth.js";

/**
 * Unified status → OpenMic `call_status` (the inverse of the normalizer's table: `registered` → queued,
 * `ongoing` → in_progress, `ended`, `error`). Source: https://docs.openmic.ai (List Calls, `call_status`).
 */
const STATUS: Partial<Record<string, OpenMicListCallsParams["call_status"]>> = {
  queued: "registered",
  in_progress: "ongoing",
  ended: "ended",
  error: "error",
};

/**
 * OpenMic (https://docs.openmic.ai): `OPENMIC_API_KEY`, Bearer auth; `GET /v1/calls` with offset
 * pagination; native filters `from_date`, `to_date`, `call_status`, `bot_id` (the call's `agent_id`). No
 * direction filter (`call_type` is phone/web): applied client-side. Order: no sort parameter is
 * documented and the reference's own List Calls example lists the older call first, so the order is
 * treated as unspecified (read whole and sorted before a newest-first merge).
 */
export const openmic = defineProvider({
  name: "openmic",
  displayName: "OpenMic",
  docsUrl: "https://docs.openmic.ai",
  packageName: "@switchboard/openmic",
  credentials: [
    { option: "apiKey", env: "OPENMIC_API_KEY", required: true, description: "API key (Bearer)" },
  ],
  baseUrlEnv: "OPENMIC_BASE_URL",
  defaultBaseUrl: OPENMIC_BASE_URL,
  pagination: "offset",
  listing: {
    concurrentPages: true,
    snapshot: "to_date",
    guarantee:
      "exactly once for the calls that existed when the walk started (pinned with `to_date`); an id seen twice is dropped",
    timeFilter: "from_date/to_date",
    newest: "windows",
  },
  order: "unspecified",
  idType: "string",
  parseId: stringId("openmic"),
  createClient: (options: OpenMicClientOptions) => createOpenMicClient(options),
  listParams: (): OpenMicListCallsParams => ({ limit: 100 }),
  filters: {
    since: {
      param: "from_date",
      apply: (p, v) => {
        p.from_date = v;
        return true;
      },
    },
    until: {
      param: "to_date",
      apply: (p, v) => {
        p.to_date = v;
        return true;
      },
    },
    status: {
      param: "call_status",
      apply: (p, v) => {
        const raw = STATUS[v];
        if (raw) p.call_status = raw;
        return raw !== undefined;
      },
    },
    agentId: {
      param: "bot_id",
      apply: (p, v) => {
        p.bot_id = v;
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeOpenMicCall,
  webhook: tokenWebhook({
    tokenEnv: "OPENMIC_WEBHOOK_TOKEN",
    docsUrl: "https://docs.openmic.ai/post-call-webhook",
    unwrap: unwrapOpenMicWebhook,
    normalize: normalizeOpenMicWebhook,
    userAgent: "Openmic-Webhook/1.0",
  }),
});
