import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, listValue } from "@duckdb/node-api";
import { type Engine, type Queryable, SerialQueue, type Transaction, type WriteMeta } from "./engine.js";
import { StoreError, StoreLockedError, StoreOpenError } from "./errors.js";
import {
  CALL_COLUMNS,
  type CallRow,
  INTEGER_COLUMNS,
  JSON_COLUMNS,
  type StoredVersion,
  TIME_COLUMNS,
} from "./rows.js";

/** The staging table's type of each call column: text for times and JSON (cast on the way in), else its own. */
/**
 * The staging table's type of each call column: JSON columns are staged as JSON (the text the store serialized,
 * not parsed again), times as text cast on the way in, numbers as themselves.
 */
const stagingType = (column: string) =>
  INTEGER_COLUMNS.has(column)
    ? "BIGINT"
    : column === "cost_total"
      ? "DOUBLE"
      : JSON_COLUMNS.has(column)
        ? "JSON"
        : "VARCHAR";
const castIn = (column: string) =>
  TIME_COLUMNS.has(column)
    ? `CAST(${column} AS TIMESTAMPTZ)`
    : INTEGER_COLUMNS.has(column) && column !== "duration_ms"
      ? `CAST(${column} AS INTEGER)`
      : column;

/**
 * New keys: a plain insert (DuckDB's ON CONFLICT path costs more per row, and the store knows which rows are
 * new: it read the stored versions in the same transaction, under the provider's lock).
 */
const INSERT = `INSERT INTO calls (${CALL_COLUMNS.join(", ")}, first_seen_at, updated_at, source, load_id)
  SELECT ${CALL_COLUMNS.map(castIn).join(", ")}, CAST($1 AS TIMESTAMPTZ), CAST($1 AS TIMESTAMPTZ), $2, $3
  FROM temp.main.staging_calls WHERE _insert`;
/** Any other row: an upsert that keeps `first_seen_at`. */
const UPSERT = `INSERT INTO calls (${CALL_COLUMNS.join(", ")}, first_seen_at, updated_at, source, load_id)
  SELECT ${CALL_COLUMNS.map(castIn).join(", ")}, CAST($1 AS TIMESTAMPTZ), CAST($1 AS TIMESTAMPTZ), $2, $3
  FROM temp.main.staging_calls WHERE NOT _insert
  ON CONFLICT (provider, id) DO UPDATE SET ${[...CALL_COLUMNS.slice(2), "updated_at", "source", "load_id"]
    .map((c) => `${c} = excluded.${c}`)
    .join(", ")}`;

function appendValue(appender: DuckDBAppender, column: string, value: unknown): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (INTEGER_COLUMNS.has(column)) appender.appendBigInt(BigInt(Math.trunc(Number(value))));
  else if (column === "cost_total") appender.appendDouble(Number(value));
  else appender.appendVarchar(String(value));
}

/** Wraps a DuckDB failure as a {@link StoreError} with DuckDB's own message. */
function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(`DuckDB: ${message}`, { cause: error });
}

class DuckDBEngine implements Engine {
  readonly dialect = "duckdb" as const;
  readonly jsonType = "JSON";
  readonly #queue = new SerialQueue();
  #closed = false;

  constructor(
    readonly location: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  epochMs(column: string): string {
    return `epoch_ms(${column})`;
  }

  jsonNumber(column: string, path: readonly string[]): string {
    return `TRY_CAST(json_extract_string(${column}, '$.${path.join(".")}') AS DOUBLE)`;
  }

  jsonStrings(column: string): string {
    return `unnest(CAST(${column} AS VARCHAR[]))`;
  }

  async #run(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.#closed) throw new StoreError(`the store ${this.location} is closed`);
    try {
      const values = params?.map((v) => (Array.isArray(v) ? listValue(v) : v)) as never;
      const reader = await this.connection.runAndReadAll(sql, values);
      return reader.getRowObjectsJson() as Record<string, unknown>[];
    } catch (error) {
      throw storeError(error);
    }
  }

  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]> {
    return this.#queue.run(() => this.#run(sql, params));
  }

  /** `readOnly` is the file's: a store opened with `readOnly` refuses every write, in any transaction. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      await this.#run("BEGIN TRANSACTION");
      const q: Queryable = { query: (sql, params) => this.#run(sql, params) };
      const tx: Transaction = {
        ...q,
        lock: async () => {},
        storedVersions: (provider, ids) => this.#storedVersions(provider, ids),
        upsertCalls: (rows, meta, inserts) => this.#upsert(rows, meta, inserts),
      };
      try {
        const result = await fn(tx);
        await this.#run("COMMIT");
        return result;
      } catch (error) {
        await this.#run("ROLLBACK").catch(() => undefined);
        throw storeError(error);
      }
    });
  }

  async #storedVersions(provider: string, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#run(
      "SELECT id, content_hash, detail, status FROM calls WHERE provider = $1 AND id IN (SELECT unnest(CAST($2 AS VARCHAR[])))",
      [provider, [...ids]],
    );
    return new Map(rows.map((r) => [String(r.id), r as unknown as StoredVersion]));
  }

  async #upsert(rows: readonly CallRow[], meta: WriteMeta, inserts?: ReadonlySet<CallRow>): Promise<void> {
    if (rows.length === 0) return;
    // A fresh staging table per batch: rows deleted from a DuckDB table keep their memory until a checkpoint,
    // so a reused one would grow by every batch ever written (~5 kB a call).
    await this.#run(
      `CREATE OR REPLACE TEMP TABLE staging_calls (${CALL_COLUMNS.map((c) => `${c} ${stagingType(c)}`).join(", ")}, _insert BOOLEAN)`,
    );
    let news = 0;
    try {
      const appender = await this.connection.createAppender("staging_calls", "main", "temp");
      for (const row of rows) {
        for (const column of CALL_COLUMNS) appendValue(appender, column, row[column]);
        const insert = inserts?.has(row) === true;
        if (insert) news++;
        appender.appendBoolean(insert);
        appender.endRow();
      }
      appender.closeSync();
    } catch (error) {
      throw storeError(error);
    }
    const params = [meta.now, meta.source, meta.loadId];
    if (news > 0) await this.#run(INSERT, params);
    if (news < rows.length) await this.#run(UPSERT, params);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#queue.run(async () => {
      this.#closed = true;
      this.connection.closeSync();
      this.instance.closeSync();
    });
  }
}

/** DuckDB's memory limit by default (its buffer pool: data cached, sorts and joins before they spill to disk). */
export const DEFAULT_MEMORY_LIMIT = "128MB";

/**
 * Opens (creating it and its folder if needed) the DuckDB file at `path`; `:memory:` for a store in memory.
 * `readOnly` opens it without a write lock (several readers at once; fails while a writer holds it).
 * @throws {StoreLockedError} when another process has it open for writing (naming that process).
 * @throws {StoreOpenError} when the file cannot be created or read (naming `source`).
 */
export async function openDuckDB(
  path: string,
  options: { source: string; readOnly?: boolean | undefined; memoryLimit?: string | undefined },
): Promise<Engine> {
  const file = path === ":memory:" ? path : resolve(path);
  try {
    if (file !== ":memory:" && !options.readOnly) mkdirSync(dirname(file), { recursive: true });
    const instance = await DuckDBInstance.create(file, {
      ...(options.readOnly ? { access_mode: "READ_ONLY" } : {}),
      // DuckDB's buffer pool defaults to 80 % of the machine's memory; a CLI process keeps to a small one.
      memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
      // A checkpoint (WAL folded into the file) once the WAL reaches 256 MB rather than DuckDB's 16 MB: a sync
      // writes ~5 kB a call, and frequent checkpoints were the largest cost of a commit (and of memory). The
      // file is checkpointed when the store closes; after a crash DuckDB replays the WAL.
      checkpoint_threshold: "256MB",
    });
    const connection = await instance.connect();
    return new DuckDBEngine(path, instance, connection);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lock = /Conflicting lock is held in (.*?)(?:\. See also|$)/.exec(message);
    if (lock) throw new StoreLockedError(path, lock[1], { cause: error });
    throw new StoreOpenError(options.source, `cannot open the DuckDB file ${path}: ${message}`, {
      cause: error,
    });
  }
}
