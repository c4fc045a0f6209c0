/**
 * `@switchboard/store`: every provider's calls in one table, kept current by pulls and webhooks. DuckDB (one
 * file, embedded) by default, PostgreSQL when several processes or machines share it; the same schema and
 * semantics on both.
 *
 * @example
 * import { createSwitchboard } from "@switchboard/sdk";
 * import { openStore, syncCalls } from "@switchboard/store";
 *
 * const store = await openStore("./switchboard.duckdb"); // or "postgres://user:pw@host/db"
 * const { providers, errors } = await syncCalls(createSwitchboard(), store);
 * for (const p of providers) console.log(p.provider, p.inserted, p.updated, p.unchanged, p.cursor);
 * await store.close();
 */
export { parseDuration } from "./duration.js";
export type { Engine, Queryable, Transaction, WriteMeta } from "./engine.js";
export {
  redactLocation,
  StoreError,
  StoreLockedError,
  StoreOpenError,
  StoreVersionError,
  StoreWriteError,
} from "./errors.js";
export { writeParquet } from "./export.js";
export { type ReportCall, type ReportData, type ReportProviderSummary, reportData } from "./report.js";
export {
  CALL_COLUMNS,
  type CallRow,
  type CallSource,
  callToRow,
  type MergeOutcome,
  mergeOutcome,
  overlayWebhookCall,
  rowHash,
  rowToCall,
  type StoredVersion,
} from "./rows.js";
export { MIGRATIONS, type Migration, SCHEMA_VERSION } from "./schema.js";
export {
  DEFAULT_DB,
  dedupeKeys,
  type OpenStoreOptions,
  openStore,
  resolveStoreLocation,
  Store,
  type StoreCallFilters,
  type StoreLocation,
  type SyncState,
  type WebhookWrite,
  type WriteCounts,
  whereOf,
} from "./store.js";
export {
  DEFAULT_BATCH_SIZE,
  DEFAULT_LOOKBACK_MS,
  newLoadId,
  type ProviderSyncResult,
  type SyncOptions,
  type SyncProgress,
  type SyncResult,
  syncCalls,
} from "./sync.js";
