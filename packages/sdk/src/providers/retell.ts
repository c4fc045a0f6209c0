import { normalizeRetellCall } from "@switchboard/normalizer";
import {
  createRetellClient,
  RETELL_BASE_URL,
  type RetellClientOptions,
  type RetellListCallsParams,
} from "@switchboard/retell";
import { defineProvider } from "../descriptor.js";
import { stringId } from "../ids.js";

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
  order: "newest",
  idType: "string",
  parseId: stringId("retell"),
  createClient: (options: RetellClientOptions) => createRetellClient(options),
  listParams: (): RetellListCallsParams => ({ limit: 100, sort_order: "descending" }),
  filters: {},
  getCall: (client, id, options) => client.getCall(id, options),
  listCalls: (client, params, options) => client.listCalls(params, options),
  normalize: normalizeRetellCall,
});
