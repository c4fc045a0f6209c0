import { normalizeVapiCall, normalizeVapiWebhook } from "@switchboard/normalizer";
import {
  createVapiClient,
  signVapiWebhook,
  unwrapVapiWebhook,
  VAPI_BASE_URL,
  VAPI_DEFAULT_LIMIT,
  type VapiClientOptions,
  type VapiListCallsParams,
} from "@switchboard/vapi";
import { defineProvider } from "../descriptor.js";
import { ConfigurationError, invalidArgument } from "../errors.js";
import { stringId } from "../ids.js";

/**
 * Vapi (https://docs.vapi.ai/api-reference/calls/list): `VAPI_API_KEY` (Bearer, the private key);
 * `GET /call` returns a bare array with no cursor; the client pages by `createdAt` windows, newest
 * `createdAt` first (a page that comes oldest first throws `PaginationError`), so the stream counts as
 * newest first. Get Call: `GET /call/{id}` (https://docs.vapi.ai/api-reference/calls/get).
 *
 * Native filters, from the List Calls query parameters:
 * - `since` → `createdAtGe`, `until` → `createdAtLe`. These filter on the call's **creation** time, not
 *   its start (`startedAt`, which the unified filters and the merge use): a call is created before it
 *   starts, so `until` never drops a matching call, while `since` skips a call created before `since` that
 *   started after it (typically by the seconds it rang; longer for a scheduled call). Every call that
 *   comes back is re-checked on `startedAt`.
 * - `agentId` → `assistantId` (the unified `agentId` of a Vapi call).
 * - `status` and `direction` have no list parameter: applied client-side.
 */
export const vapi = defineProvider({
  name: "vapi",
  displayName: "Vapi",
  docsUrl: "https://docs.vapi.ai",
  packageName: "@switchboard/vapi",
  credentials: [
    { option: "apiKey", env: "VAPI_API_KEY", required: true, description: "private API key (Bearer)" },
  ],
  baseUrlEnv: "VAPI_BASE_URL",
  defaultBaseUrl: VAPI_BASE_URL,
  pagination: "cursor",
  listing: {
    concurrentPages: true,
    snapshot: "createdAtLe",
    guarantee:
      "exactly once for the calls created before the walk started: `createdAt` windows (pinned by `createdAtLe`) walked side by side, each paging by moving its upper bound; calls sharing a `createdAt` are neither skipped nor repeated",
    timeFilter: "createdAtGe/createdAtLe",
    newest: "list",
  },
  order: "newest",
  idType: "string",
  parseId: stringId("vapi"),
  createClient: (options: VapiClientOptions) => createVapiClient(options),
  listParams: (): VapiListCallsParams => ({ limit: VAPI_DEFAULT_LIMIT }),
  filters: {
    since: {
      param: "createdAtGe",
      apply: (p, v) => {
        p.createdAtGe = v;
        return true;
      },
    },
    until: {
      param: "createdAtLe",
      apply: (p, v) => {
        p.createdAtLe = v;
        return true;
      },
    },
    agentId: {
      param: "assistantId",
      apply: (p, v) => {
        p.assistantId = v;
        return true;
      },
    },
  },
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeVapiCall,
  webhook: {
    // A secret means an HMAC credential (x-signature over "{timestamp}.{body}"); a token a Bearer Token
    // credential (`Authorization: Bearer`), or the legacy `X-Vapi-Secret` header with scheme "x-vapi-secret".
    auth: "signature-or-token",
    secretEnv: "VAPI_WEBHOOK_SECRET",
    tokenEnv: "VAPI_WEBHOOK_TOKEN",
    docsUrl: "https://docs.vapi.ai/server-url/server-authentication",
    unwrap: async ({ body, headers, secret, token, scheme, toleranceSeconds, now, hmac, url, method }) => {
      const credential = secret ?? token;
      if (!credential)
        throw new ConfigurationError(
          "vapi",
          "VAPI_WEBHOOK_SECRET or VAPI_WEBHOOK_TOKEN",
          "is not set (the webhook credential)",
        );
      return (await unwrapVapiWebhook({
        body,
        headers,
        scheme: secret ? "hmac" : vapiTokenScheme(scheme),
        secret: credential,
        toleranceSeconds,
        now,
        hmac,
        url,
        method,
      })) as unknown as Record<string, unknown>;
    },
    normalize: normalizeVapiWebhook,
    sign: ({ body, secret, token, scheme }) => {
      const credential = secret ?? token;
      if (!credential)
        throw new ConfigurationError(
          "vapi",
          "VAPI_WEBHOOK_SECRET or VAPI_WEBHOOK_TOKEN",
          "is not set (the webhook credential)",
        );
      return signVapiWebhook({ body, secret: credential, scheme: secret ? "hmac" : vapiTokenScheme(scheme) });
    },
  },
});

/**
 * How a Vapi token is sent: `"bearer"` (default, `Authorization: Bearer <token>`) or `"x-vapi-secret"` (the legacy
 * header). Source: https://docs.vapi.ai/server-url/server-authentication
 * @throws {InvalidArgumentError} (argument `scheme`) for any other value.
 */
function vapiTokenScheme(scheme: string | undefined): "bearer" | "x-vapi-secret" {
  if (scheme === undefined || scheme === "bearer") return "bearer";
  if (scheme === "x-vapi-secret") return "x-vapi-secret";
  throw invalidArgument(
    "scheme",
    `unknown token scheme ${JSON.stringify(scheme)}; expected "bearer" or "x-vapi-secret"`,
    "vapi",
  );
}
