import { normalizeOpenMicCall } from "@switchboard/normalizer";
import { createOpenMicClient, type OpenMicListCallsParams } from "@switchboard/openmic";
import type { CliProvider } from "./types.js";

/** Unified status → OpenMic `call_status` filter (the inverse of the normalizer's table). */
const STATUS_FILTER: Record<string, OpenMicListCallsParams["call_status"]> = {
  queued: "registered",
  in_progress: "ongoing",
  ended: "ended",
  error: "error",
};

/** OpenMic: `OPENMIC_API_KEY` (required), `OPENMIC_BASE_URL` (optional). */
export const openmic: CliProvider = {
  name: "openmic",
  requiredEnv: ["OPENMIC_API_KEY"],
  optionalEnv: ["OPENMIC_BASE_URL"],
  connect(env) {
    const client = createOpenMicClient({
      apiKey: env.OPENMIC_API_KEY as string,
      baseUrl: env.OPENMIC_BASE_URL,
    });
    return {
      async *iterate(filters, options) {
        const params: OpenMicListCallsParams = { limit: 100 };
        if (filters.status && STATUS_FILTER[filters.status])
          params.call_status = STATUS_FILTER[filters.status];
        if (filters.since) params.from_date = filters.since;
        for await (const raw of client.iterateCalls(params, options)) yield normalizeOpenMicCall(raw);
      },
      async get(id, options) {
        const raw = await client.getCall(id, options);
        return { raw, call: normalizeOpenMicCall(raw) };
      },
    };
  },
};
