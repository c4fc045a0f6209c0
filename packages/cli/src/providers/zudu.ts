import { normalizeZuduCall } from "@switchboard/normalizer";
import { createZuduClient, type ZuduListCallsParams } from "@switchboard/zudu";
import type { CliProvider } from "./types.js";

/** Unified status → Zudu `filter_criteria.call_status` values (https://docs.zudu.ai/api-reference/calls/list). */
const STATUS_FILTER: Record<
  string,
  NonNullable<NonNullable<ZuduListCallsParams["filter_criteria"]>["call_status"]>
> = {
  queued: ["REGISTERED", "SCHEDULED"],
  in_progress: ["ONGOING"],
  ended: ["ENDED"],
  error: ["ERROR"],
};

/**
 * Zudu AI: `ZUDU_API_KEY` and `ZUDU_API_SECRET` (both required, sent together), `ZUDU_BASE_URL` (optional).
 * `--status` becomes a `filter_criteria.call_status` filter; `--since` is applied after normalizing (Zudu's
 * list has no date filter).
 */
export const zudu: CliProvider = {
  name: "zudu",
  requiredEnv: ["ZUDU_API_KEY", "ZUDU_API_SECRET"],
  optionalEnv: ["ZUDU_BASE_URL"],
  connect(env) {
    const client = createZuduClient({
      apiKey: env.ZUDU_API_KEY as string,
      apiSecret: env.ZUDU_API_SECRET as string,
      baseUrl: env.ZUDU_BASE_URL,
    });
    return {
      async *iterate(filters, options) {
        const params: ZuduListCallsParams = {
          limit: 100,
          sort_by: "start_timestamp",
          sort_order: "descending",
        };
        const statuses = filters.status ? STATUS_FILTER[filters.status] : undefined;
        if (statuses) params.filter_criteria = { call_status: statuses };
        for await (const raw of client.iterateCalls(params, options)) yield normalizeZuduCall(raw);
      },
      async get(id, options) {
        const raw = await client.getCall(id, options);
        return { raw, call: normalizeZuduCall(raw) };
      },
    };
  },
};
