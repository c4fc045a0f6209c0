import {
  BUTTER_BASE_URL,
  BUTTER_RATE_LIMIT,
  type ButterClientOptions,
  type ButterListCallsParams,
  createButterClient,
  unwrapButterWebhook,
} from "@switchboard/butter";
import { normalizeButterCall, normalizeButterWebhook } from "@switchboard/normalizer";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";
import { tokenWebhook } from "../webhook-auth.js";

/**
 * Butter AI (https://docs.getbutter.ai): `BUTTER_API_KEY` (`X-API-Key`), or with
 * `BUTTER_ORGANIZATION_ID` Bearer + `X-Organization-Id`; `GET /api/calls` with an opaque cursor. No list
 * filter and no documented order: every filter is applied client-side and the stream is read whole and
 * sorted for a newest-first merge. Costs are in Butter credits, never added to money.
 */
export const butter = defineProvider({
  name: "butter",
  displayName: "Butter AI",
  docsUrl: "https://docs.getbutter.ai",
  packageName: "@switchboard/butter",
  credentials: [
    { option: "apiKey", env: "BUTTER_API_KEY", required: true, description: "API key" },
    {
      option: "organizationId",
      env: "BUTTER_ORGANIZATION_ID",
      required: false,
      description: "organization id (switches to Bearer + X-Organization-Id)",
    },
  ],
  baseUrlEnv: "BUTTER_BASE_URL",
  defaultBaseUrl: BUTTER_BASE_URL,
  pagination: "cursor",
  listing: {
    concurrentPages: false,
    rateLimit: BUTTER_RATE_LIMIT,
    guarantee: "each call once, as the cursor gives them; an id seen twice is dropped",
    newest: "sorted",
  },
  order: "unspecified",
  idType: "string",
  parseId: stringId("butter"),
  createClient: (options: ButterClientOptions) => createButterClient(options),
  listParams: (): ButterListCallsParams => ({ limit: 100 }),
  filters: {},
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeButterCall,
  webhook: tokenWebhook({
    tokenEnv: "BUTTER_WEBHOOK_TOKEN",
    docsUrl: "https://docs.getbutter.ai/advanced/webhooks",
    unwrap: unwrapButterWebhook,
    normalize: normalizeButterWebhook,
  }),
});
