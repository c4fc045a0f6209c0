import { createButterClient } from "@switchboard/butter";
import { normalizeButterCall } from "@switchboard/normalizer";
import type { CliProvider } from "./types.js";

/**
 * Butter AI: `BUTTER_API_KEY` (required); `BUTTER_ORGANIZATION_ID` (optional: switches to Bearer +
 * `X-Organization-Id`), `BUTTER_BASE_URL` (optional). Butter's list has no status or date filter, so
 * `--status`/`--since` are applied after normalizing.
 */
export const butter: CliProvider = {
  name: "butter",
  requiredEnv: ["BUTTER_API_KEY"],
  optionalEnv: ["BUTTER_ORGANIZATION_ID", "BUTTER_BASE_URL"],
  connect(env) {
    const client = createButterClient({
      apiKey: env.BUTTER_API_KEY as string,
      organizationId: env.BUTTER_ORGANIZATION_ID || undefined,
      baseUrl: env.BUTTER_BASE_URL,
    });
    return {
      async *iterate(_filters, options) {
        for await (const raw of client.iterateCalls({ limit: 100 }, options)) yield normalizeButterCall(raw);
      },
      async get(id, options) {
        const raw = await client.getCall(id, options);
        return { raw, call: normalizeButterCall(raw) };
      },
    };
  },
};
