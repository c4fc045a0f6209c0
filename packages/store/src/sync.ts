/**
 * `sync`: pulls each provider's calls through the sdk's listing (the provider client's concurrent,
 * snapshot-pinned, de-duplicated walk) into the store, batch by batch, incrementally from a cursor.
 * This file's job is the run: the window to read, the batches, the cursor; writing is the store's.
 */
import { randomBytes } from "node:crypto";
import { InvalidArgumentError } from "@switchboard/core";
import { isoString, timeMs } from "@switchboard/core/time";
import type { ProviderFailure, ProviderName, SwitchboardClient } from "@switchboard/sdk";
import { type CallRow, callToRow } from "./rows.js";
import type { Store, WriteCounts } from "./store.js";

/** Re-read window of an incremental run by default: 48 hours, in milliseconds. */
export const DEFAULT_LOOKBACK_MS = 48 * 60 * 60 * 1000;
/** Calls per transaction by default (a few MB of rows: fewer commits, memory still small). */
export const DEFAULT_BATCH_SIZE = 1000;

/** Options of {@link syncCalls}. */
export interface SyncOptions {
  /** Sync only these of the client's providers (default: every configured provider). */
  providers?: readonly ProviderName[] | undefined;
  /**
   * ISO 8601: on a first run (or with `full`), read the calls started at or after it (default: the whole
   * history); on an incremental run, never read further back than it.
   */
  since?: string | undefined;
  /** Ignore the cursors: read from `since` (or the whole history) again. */
  full?: boolean | undefined;
  /**
   * How far behind the cursor an incremental run starts, in milliseconds (default 48 h): calls change after
   * they end (analysis, cost and recording arrive later), so recent calls are read again.
   */
  lookbackMs?: number | undefined;
  /** Calls per transaction (default 1,000). */
  batchSize?: number | undefined;
  /** Cancels the run: requests are aborted; batches already committed stay, the state lets the next run resume. */
  signal?: AbortSignal | undefined;
  /** Called after each committed batch of a provider, with its totals so far. */
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  /** Called at once when a provider fails (after its retries); the others go on. */
  onError?: ((failure: ProviderFailure) => void) | undefined;
}

/** A provider's progress, after each committed batch. */
export interface SyncProgress extends WriteCounts {
  provider: string;
  /** Milliseconds since the provider's run started. */
  elapsedMs: number;
}

/** What one provider's run did. */
export interface ProviderSyncResult extends WriteCounts {
  provider: string;
  /** The run's load id (also in each written row's `load_id`, and in the `loads` table). */
  loadId: string;
  /** ISO 8601 UTC: where the run started reading (absent: the whole history). */
  since: string | undefined;
  /** ISO 8601 UTC: the provider's cursor after the run (the newest `started_at` stored), if any. */
  cursor: string | undefined;
}

/** The result of {@link syncCalls}: the providers that completed, and those that failed. */
export interface SyncResult {
  providers: ProviderSyncResult[];
  errors: ProviderFailure[];
}

/** A load id: `<UTC time, compact>-<6 hex>`, sortable by start. */
export function newLoadId(at: Date = new Date()): string {
  return `${at.toISOString().replace(/[-:]/g, "").replace(".", "")}-${randomBytes(3).toString("hex")}`;
}

/** Epoch ms of an ISO 8601 instant (a cursor, a `since`, a normalized `startedAt`); `NaN` when unreadable. */
const ms = (iso: string) => timeMs(iso) ?? Number.NaN;

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : ms(a) >= ms(b) ? a : b;

/** The window an incremental or first run reads from (ISO 8601), `undefined` for the whole history. */
function windowStart(
  state: Awaited<ReturnType<Store["syncState"]>>,
  options: SyncOptions,
): string | undefined {
  // A run that began and did not complete (a crash, a failure) is read again from its own start.
  if (state.run) return state.run.since;
  if (options.full || state.cursor === undefined) return options.since;
  const back = isoString(ms(state.cursor) - (options.lookbackMs ?? DEFAULT_LOOKBACK_MS));
  return later(back, options.since);
}

/**
 * Syncs the calls of every provider of `client` (or `options.providers`) into `store`, all providers at once.
 *
 * Per provider: the first run backfills from `since` (or the whole history); later runs read from the cursor
 * minus the lookback. Calls are normalized by the sdk, written in batches of `batchSize` — each batch one
 * transaction with the run's state — and merged on `(provider, id)`: a new call is inserted, a changed one
 * updated (`updated_at` moves), an unchanged one not written. The cursor moves only in the transaction of the
 * run's last batch, to the newest `started_at` stored that is not later than the run's start; a run that does
 * not complete (crash, `kill -9`, failure) leaves its window in the state and the next run reads it again, so
 * no call is missed and, by the primary key, none is stored twice.
 *
 * A provider's failure (API error, store write error) stops that provider only: it is in `errors` and
 * `onError`, its committed batches stay, and the others go on.
 *
 * @throws {InvalidArgumentError} synchronously-rejected for an unknown or unconfigured provider.
 */
export async function syncCalls(
  client: SwitchboardClient,
  store: Store,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const providers = options.providers ? [...new Set(options.providers)] : [...client.providers];
  for (const [i, p] of providers.entries()) {
    if (!(client.providers as readonly string[]).includes(p))
      throw new InvalidArgumentError(
        `providers[${i}]: provider ${JSON.stringify(p)} is not configured; configured: ${client.providers.join(", ")}`,
        { argument: `providers[${i}]` },
      );
  }
  const errors: ProviderFailure[] = [];
  const fail = (failure: ProviderFailure) => {
    errors.push(failure);
    options.onError?.(failure);
  };
  const results = await Promise.all(
    providers.map((provider) => syncProvider(client, store, provider, options, fail)),
  );
  return { providers: results.filter((r): r is ProviderSyncResult => r !== undefined), errors };
}

async function syncProvider(
  client: SwitchboardClient,
  store: Store,
  provider: ProviderName,
  options: SyncOptions,
  fail: (failure: ProviderFailure) => void,
): Promise<ProviderSyncResult | undefined> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const startedAt = new Date();
  const started = performance.now();
  const loadId = newLoadId(startedAt);
  let since: string | undefined;
  try {
    const state = await store.syncState(provider);
    since = windowStart(state, options);
    await store.beginRun(provider, { loadId, since, startedAt: startedAt.toISOString() });
    let cursor = state.cursor;
    const totals: WriteCounts = { fetched: 0, inserted: 0, updated: 0, unchanged: 0 };
    const add = (counts: WriteCounts) => {
      totals.fetched += counts.fetched;
      totals.inserted += counts.inserted;
      totals.updated += counts.updated;
      totals.unchanged += counts.unchanged;
      options.onProgress?.({ provider, ...totals, elapsedMs: performance.now() - started });
    };
    let failure: ProviderFailure | undefined;
    const stream = client.iterateCalls({
      providers: [provider],
      since,
      order: "arrival",
      signal: options.signal,
      onError: (f) => {
        failure = f;
      },
    });
    // One batch is written while the next is being fetched: at most one write in flight. `writing` never
    // rejects (a failed write is kept in `writeError` and ends the walk at the next call).
    let writing: Promise<void> = Promise.resolve();
    let writeError: unknown;
    let batch: CallRow[] = [];
    const bound = startedAt.getTime();
    for await (const call of stream) {
      if (writeError) throw writeError;
      if (call.startedAt && ms(call.startedAt) <= bound) cursor = later(cursor, call.startedAt);
      batch.push(callToRow(call));
      if (batch.length >= batchSize) {
        const full = batch;
        batch = [];
        await writing;
        if (writeError) throw writeError;
        writing = store.writeRows(provider, full, { source: "pull", loadId }).then(add, (error: unknown) => {
          writeError = error;
        });
      }
    }
    await writing;
    if (writeError) throw writeError;
    if (failure) {
      await store.failRun(loadId);
      fail(failure);
      return undefined;
    }
    // The last batch (possibly empty) completes the run in its own transaction: rows and cursor together.
    add(await store.writeRows(provider, batch, { source: "pull", loadId, finish: { cursor } }));
    return { provider, loadId, since, cursor: (await store.syncState(provider)).cursor, ...totals };
  } catch (error) {
    await store.failRun(loadId);
    fail({
      provider,
      error: error instanceof Error ? error : new Error(String(error)),
      requestId: undefined,
    });
    return undefined;
  }
}
