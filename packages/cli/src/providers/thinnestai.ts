import { normalizeThinnestAICall } from "@switchboard/normalizer";
import { createThinnestAIClient, type ThinnestAIListCallsParams } from "@switchboard/thinnestai";
import type { CliProvider } from "./types.js";

/** Unified status → ThinnestAI list `status` filter (active, ended, error; https://docs.thinnest.ai/api-reference). */
const STATUS_FILTER: Record<string, ThinnestAIListCallsParams["status"]> = {
  in_progress: "active",
  ended: "ended",
  error: "error",
};

/** ThinnestAI: `THINNESTAI_API_KEY` (required), `THINNESTAI_BASE_URL` (optional). */
export const thinnestai: CliProvider = {
  name: "thinnestai",
  requiredEnv: ["THINNESTAI_API_KEY"],
  optionalEnv: ["THINNESTAI_BASE_URL"],
  connect(env) {
    const client = createThinnestAIClient({
      apiKey: env.THINNESTAI_API_KEY as string,
      baseUrl: env.THINNESTAI_BASE_URL,
    });
    return {
      async *iterate(filters, options) {
        const params: ThinnestAIListCallsParams = { limit: 200 };
        if (filters.status && STATUS_FILTER[filters.status]) params.status = STATUS_FILTER[filters.status];
        if (filters.since) params.start_date = filters.since;
        for await (const raw of client.iterateCalls(params, options)) yield normalizeThinnestAICall(raw);
      },
      async get(id, options) {
        if (!/^\d+$/.test(id))
          throw new Error(`thinnestai: call ids are integers, got ${JSON.stringify(id)}`);
        const raw = await client.getCall(Number(id), options);
        return { raw, call: normalizeThinnestAICall(raw) };
      },
    };
  },
};
