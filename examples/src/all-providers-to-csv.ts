/**
 * Every call of every configured provider — OpenMic, Zudu, ThinnestAI, Butter — normalized to the unified
 * `Call` and written to stdout as one CSV (csv-stringify), streaming: one page per provider in memory.
 *
 * Run: `pnpm --filter @switchboard/examples calls-to-csv > calls.csv` with the keys of the providers you use:
 * `OPENMIC_API_KEY`, `ZUDU_API_KEY` + `ZUDU_API_SECRET`, `THINNESTAI_API_KEY`, `BUTTER_API_KEY` (and
 * optionally `BUTTER_ORGANIZATION_ID`). `<PROVIDER>_BASE_URL` points a provider at another server. A provider
 * without its key is skipped, with a note on stderr.
 *
 * Units in the CSV are the unified ones: ISO 8601 UTC times, `durationMs` in milliseconds, `costTotal` in
 * the major unit of `costCurrency` (`USD` for OpenMic, Zudu, ThinnestAI; `credits` for Butter).
 */
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { createButterClient } from "@switchboard/butter";
import {
  type Call,
  normalizeButterCall,
  normalizeOpenMicCall,
  normalizeThinnestAICall,
  normalizeZuduCall,
} from "@switchboard/normalizer";
import { createOpenMicClient } from "@switchboard/openmic";
import { createThinnestAIClient } from "@switchboard/thinnestai";
import { createZuduClient } from "@switchboard/zudu";
import { stringify } from "csv-stringify";

const {
  OPENMIC_API_KEY: openmicKey,
  ZUDU_API_KEY: zuduKey,
  ZUDU_API_SECRET: zuduSecret,
  THINNESTAI_API_KEY: thinnestaiKey,
  BUTTER_API_KEY: butterKey,
  BUTTER_ORGANIZATION_ID: butterOrganizationId,
} = process.env;
const iterate = { maxItems: 10_000 }; // per provider

/** Each provider's calls as unified `Call`s, or `undefined` when its keys are not set. */
const sources: Record<string, (() => AsyncIterable<Call>) | undefined> = {
  openmic: openmicKey
    ? async function* () {
        const client = createOpenMicClient({ apiKey: openmicKey, baseUrl: process.env.OPENMIC_BASE_URL });
        for await (const raw of client.iterateCalls({ limit: 100 }, iterate)) yield normalizeOpenMicCall(raw);
      }
    : undefined,
  zudu:
    zuduKey && zuduSecret
      ? async function* () {
          const baseUrl = process.env.ZUDU_BASE_URL;
          const client = createZuduClient({ apiKey: zuduKey, apiSecret: zuduSecret, baseUrl });
          for await (const raw of client.iterateCalls({ limit: 100 }, iterate)) yield normalizeZuduCall(raw);
        }
      : undefined,
  thinnestai: thinnestaiKey
    ? async function* () {
        const baseUrl = process.env.THINNESTAI_BASE_URL;
        const client = createThinnestAIClient({ apiKey: thinnestaiKey, baseUrl });
        for await (const raw of client.iterateCalls({ limit: 200 }, iterate))
          yield normalizeThinnestAICall(raw);
      }
    : undefined,
  butter: butterKey
    ? async function* () {
        const baseUrl = process.env.BUTTER_BASE_URL;
        const client = createButterClient({
          apiKey: butterKey,
          organizationId: butterOrganizationId,
          baseUrl,
        });
        for await (const raw of client.iterateCalls({ limit: 100 }, iterate)) yield normalizeButterCall(raw);
      }
    : undefined,
};

const COLUMNS = [
  "provider",
  "id",
  "status",
  "direction",
  "channel",
  "from",
  "to",
  "startedAt",
  "durationMs",
  "endReason",
  "costTotal",
  "costCurrency",
  "warnings",
] as const;

/** One CSV row of a unified call; empty cells where the provider did not say. */
function row(call: Call): Record<(typeof COLUMNS)[number], string | number | undefined> {
  return {
    provider: call.provider,
    id: call.id,
    status: call.status.unified,
    direction: call.direction,
    channel: call.channel,
    from: call.from,
    to: call.to,
    startedAt: call.startedAt,
    durationMs: call.durationMs,
    endReason: call.endReason?.unified,
    costTotal: call.cost?.total,
    costCurrency: call.cost?.currency,
    warnings: call.warnings.length,
  };
}

const csv = stringify({ header: true, columns: [...COLUMNS] });
csv.pipe(process.stdout);
for (const [provider, calls] of Object.entries(sources)) {
  if (!calls) {
    console.error(`${provider}: skipped (its API key is not set)`);
    continue;
  }
  for await (const call of calls()) {
    // Respect backpressure: wait when stdout is slower than the API.
    if (!csv.write(row(call))) await once(csv, "drain");
  }
}
csv.end();
await finished(csv);
