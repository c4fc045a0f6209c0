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
 * Retell AI (https://docs.retellai.com/api-references/list-calls): `RETELL_API_KEY` (Bearer);
 * `POST /v3/list-calls` with an opaque cursor (`pagination_key` while `has_more`), asked for
 * `sort_order: descending`, which orders by `start_timestamp` (newest start first: the same key as the
 * merge). Get Call: `GET /v2/get-call/{call_id}` (https://docs.retellai.com/api-references/get-call).
 * The v3 `filter_criteria` grammar is not in the public reference, so no filter is sent natively: `since`,
 * `until`, `status`, `direction` and `agentId` are applied client-side on the normalized calls.
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
    concurrentPages: false,
    guarantee: "each call once, as the `pagination_key` cursor gives them; an id seen twice is dropped",
  },
  order: "newest",
  idType: "string",
  parseId: stringId("retell"),
  createClient: (options: RetellClientOptions) => createRetellClient(options),
  listParams: (): RetellListCallsParams => ({ limit: 100, sort_order: "descending" }),
  filters: {},
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
