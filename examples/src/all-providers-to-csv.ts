/**
 * Every call of every configured provider, normalized to the unified `Call` by `@switchboard/sdk` and written
 * to stdout as one CSV, newest first across providers, streaming (memory stays flat however many calls).
 *
 * Run: `pnpm --filter @switchboard/examples calls-to-csv > calls.csv` with the keys of the providers you use
 * (`createSwitchboard()` reads each provider's variables, e.g. `RETELL_API_KEY`, `ZUDU_API_KEY` +
 * `ZUDU_API_SECRET`; `switchboard --help` lists them all; `<PROVIDER>_BASE_URL` points a provider at another
 * server). Options: `--since <ISO 8601>`, `--limit <n>`,
 * `--fields provider,id,status.unified,…` (unified field paths; default `DEFAULT_CSV_FIELDS`).
 *
 * A provider that fails (a revoked key, an outage) is one line on stderr; the others' calls are still
 * written, and the exit code is 1. Units are the unified ones: ISO 8601 UTC times, `durationMs` in
 * milliseconds, `cost.total` in the major unit of `cost.currency` (`USD`; `credits` for Butter).
 */
import { once } from "node:events";
import { parseArgs } from "node:util";
import { callToCsv, createSwitchboard, csvLines, DEFAULT_CSV_FIELDS, parseFields } from "@switchboard/sdk";

const { values } = parseArgs({
  options: { since: { type: "string" }, limit: { type: "string" }, fields: { type: "string" } },
});
const fields = values.fields ? parseFields(values.fields) : DEFAULT_CSV_FIELDS;

/** Writes to stdout, waiting when it is slower than the APIs (backpressure). */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

const switchboard = createSwitchboard(); // every provider whose keys are in the environment
const calls = switchboard.iterateCalls({
  since: values.since,
  limit: values.limit === undefined ? undefined : Number(values.limit),
  onError: ({ provider, error }) => console.error(`${provider} failed: ${error.name}: ${error.message}`),
});
await write(csvLines([], fields)); // the header row
for await (const call of calls) await write(callToCsv(call, fields));
console.error(`${calls.providers.length} providers: ${calls.providers.join(", ")}`);
if (calls.errors.length > 0) process.exitCode = 1;
