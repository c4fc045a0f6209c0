import { createSwitchboard, type SwitchboardClient } from "@switchboard/sdk";
import type { PagingServer } from "@switchboard/testing";

/**
 * An OpenMic call of the paging server, with its start time = its creation time (so `from_date`/`to_date`
 * filter by it, as OpenMic's list filters by the call's time): `call_<index>`, ended, 30 s long.
 */
export function openmicCall(_provider: string, index: number, createdAt: number) {
  return {
    call_id: `call_${index}`,
    agent_id: "agent_1",
    call_type: "phonecall",
    direction: "inbound",
    from_number: "+15550000001",
    to_number: "+15550000002",
    call_status: "ended",
    start_timestamp: createdAt,
    end_timestamp: createdAt + 30_000,
    duration_ms: 30_000,
  };
}

/** The sdk on the paging server's OpenMic (and any other `providers`), fake keys, 4 requests at once. */
export function sdkOn(
  server: PagingServer,
  providers: readonly string[] = ["openmic"],
  extra: Record<string, string> = {},
): SwitchboardClient {
  const env: Record<string, string> = { ...extra };
  for (const p of providers) {
    env[`${p.toUpperCase()}_API_KEY`] = "k_test_0123456789";
    env[`${p.toUpperCase()}_BASE_URL`] = server.urlOf(p);
  }
  return createSwitchboard({ env, only: [...providers], concurrency: 4, rateLimit: null, maxRetries: 0 });
}
