import type { CallRow, StoredVersion } from "./rows.js";

/** Something SQL runs on: an open store, or one of its transactions. */
export interface Queryable {
  /**
   * Runs one statement with positional parameters (`$1`, `$2`, …) and returns its rows as plain objects
   * with JSON-safe values (64-bit integers as strings on DuckDB, JSON as text on DuckDB and parsed on
   * PostgreSQL).
   * @throws {StoreError} for a failed statement (the engine's message, never a password).
   */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

/** What the store writes with the rows of one batch: when, from where, under which load id. */
export interface WriteMeta {
  /** ISO 8601 UTC: `first_seen_at` of new rows and `updated_at` of written ones. */
  now: string;
  source: "pull" | "webhook";
  loadId: string;
}

/** One transaction of an {@link Engine}: everything run through it commits together or not at all. */
export interface Transaction extends Queryable {
  /**
   * Holds the lock named `key` (e.g. `calls:openmic`) until this transaction ends: other transactions asking for
   * it wait, across processes and machines (PostgreSQL: `pg_advisory_xact_lock`). A no-op on DuckDB, where one
   * process owns the file and its transactions already run one at a time.
   */
  lock(key: string): Promise<void>;
  /** The stored version (hash, detail, status) of each of `ids` of `provider` that is stored. */
  storedVersions(provider: string, ids: readonly string[]): Promise<Map<string, StoredVersion>>;
  /**
   * Writes `rows`: inserts the new keys and replaces every column but `first_seen_at` of the stored ones.
   * `inserts` are the rows the caller found not stored (in this transaction, under the provider's lock): an
   * engine may write those with a plain insert; any row may still be upserted.
   */
  upsertCalls(rows: readonly CallRow[], meta: WriteMeta, inserts?: ReadonlySet<CallRow>): Promise<void>;
}

/**
 * The one small interface that hides the SQL dialect: DuckDB (`duckdb.ts`) and PostgreSQL (`postgres.ts`)
 * implement it; everything else in the store is written once against it.
 */
export interface Engine extends Queryable {
  readonly dialect: "duckdb" | "postgres";
  /** The location, with any password replaced by `***`. */
  readonly location: string;
  /** The engine's JSON column type (`JSON`, `JSONB`). */
  readonly jsonType: string;
  /** An SQL expression giving the epoch milliseconds (a whole number) of the timestamp expression `column`. */
  epochMs(column: string): string;
  /** An SQL expression giving the number at `path` (e.g. `["e2e", "p50"]`) of the JSON column `column`, or NULL. */
  jsonNumber(column: string, path: readonly string[]): string;
  /** An SQL set-returning expression: one text row per element of the JSON array of strings in `column`. */
  jsonStrings(column: string): string;
  /**
   * Runs `fn` in one transaction, serialized with every other transaction of this engine in this process.
   * Commits when `fn` resolves, rolls back when it throws (and rethrows). `readOnly` refuses every write.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Closes the connection; further use throws. */
  close(): Promise<void>;
}

/** A promise chain that runs one task at a time, in order (one connection, one transaction at a time). */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(task, task);
    this.#tail = next.catch(() => undefined);
    return next;
  }
}
