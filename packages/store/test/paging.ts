import { createSwitchboard, type ProviderName, type SwitchboardClient } from "@switchboard/sdk";
import type { PagingServer } from "@switchboard/testing";

/** The sdk on the paging server's OpenMic (and any other `providers`), fake keys, 4 requests at once. */
export function sdkOn(
  server: PagingServer,
  providers: readonly ProviderName[] = ["openmic"],
  extra: Record<string, string> = {},
): SwitchboardClient {
  const env: Record<string, string> = { ...extra };
  for (const p of providers) {
    env[`${p.toUpperCase()}_API_KEY`] = "k_test_0123456789";
    env[`${p.toUpperCase()}_BASE_URL`] = server.urlOf(p);
  }
  return createSwitchboard({ env, only: [...providers], concurrency: 4, rateLimit: null, maxRetries: 0 });
}
