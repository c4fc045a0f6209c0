import pg from "pg";
import { type Engine, type Queryable, SerialQueue, type Transaction, type WriteMeta } from "./engine.js";
import { redactLocation, StoreError, StoreOpenError } from "./errors.js";
import {
  CALL_COLUMNS,
  type CallRow,
  INTEGER_COLUMNS,
  JSON_COLUMNS,
  type StoredVersion,
  TIME_COLUMNS,
} from "./rows.js";

const recordType = (column: string) =>
  INTEGER_COLUMNS.has(column) ? "bigint" : column === "cost_total" ? "double precision" : "text";
const castIn = (column: string) =>
  TIME_COLUMNS.has(column)
    ? `s.${column}::timestamptz`
    : JSON_COLUMNS.has(column)
      ? `s.${column}::jsonb`
      : INTEGER_COLUMNS.has(column) && column !== "duration_ms"
        ? `s.${column}::integer`
        : `s.${column}`;

/** One statement upserts a whole batch: the rows travel as one JSON parameter, unpacked by `jsonb_to_recordset`. */
const UPSERT = `INSERT INTO calls (${CALL_COLUMNS.join(", ")}, first_seen_at, updated_at, source, load_id)
  SELECT ${CALL_COLUMNS.map(castIn).join(", ")}, $2::timestamptz, $2::timestamptz, $3, $4
  FROM jsonb_to_recordset($1::jsonb) AS s(${CALL_COLUMNS.map((c) => `${c} ${recordType(c)}`).join(", ")})
  ON CONFLICT (provider, id) DO UPDATE SET ${[...CALL_COLUMNS.slice(2), "updated_at", "source", "load_id"]
    .map((c) => `${c} = excluded.${c}`)
    .join(", ")}`;

function storeError(error: unknown, location: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(`PostgreSQL (${location}): ${redactLocation(message)}`, { cause: error });
}

// 64-bit integers (COUNT, BIGINT columns) as strings, like DuckDB's JSON-safe rows; TIMESTAMPTZ as text.
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 1184 || oid === 1114 ? (v: string) => v : pg.types.getTypeParser(oid, format as never),
};

class PostgresEngine implements Engine {
  readonly dialect = "postgres" as const;
  readonly jsonType = "JSONB";
  readonly #queue = new SerialQueue();
  #closed = false;

  constructor(
    readonly location: string,
    private readonly client: pg.Client,
  ) {}

  epochMs(column: string): string {
    return `(extract(epoch from ${column}) * 1000)::bigint`;
  }

  jsonNumber(column: string, path: readonly string[]): string {
    return `(CASE WHEN jsonb_typeof(${column} #> '{${path.join(",")}}') = 'number' THEN (${column} #>> '{${path.join(",")}}')::double precision END)`;
  }

  jsonStrings(column: string): string {
    return `jsonb_array_elements_text(${column})`;
  }

  async #run(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.#closed) throw new StoreError(`the store ${this.location} is closed`);
    try {
      const result = await this.client.query({ text: sql, values: params as unknown[], types });
      return result.rows;
    } catch (error) {
      throw storeError(error, this.location);
    }
  }

  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]> {
    return this.#queue.run(() => this.#run(sql, params));
  }

  transaction<T>(fn: (tx: Transaction) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
    return this.#queue.run(async () => {
      await this.#run(options.readOnly ? "BEGIN TRANSACTION READ ONLY" : "BEGIN");
      const q: Queryable = { query: (sql, params) => this.#run(sql, params) };
      const tx: Transaction = {
        ...q,
        lock: async (key) => {
          await this.#run("SELECT pg_advisory_xact_lock(hashtext($1))", [`switchboard:${key}`]);
        },
        storedVersions: async (provider, ids) => {
          if (ids.length === 0) return new Map();
          const rows = await this.#run(
            "SELECT id, content_hash, detail, status FROM calls WHERE provider = $1 AND id = ANY($2::text[])",
            [provider, ids],
          );
          return new Map(rows.map((r) => [String(r.id), r as unknown as StoredVersion]));
        },
        upsertCalls: async (rows: readonly CallRow[], meta: WriteMeta) => {
          if (rows.length === 0) return;
          await this.#run(UPSERT, [JSON.stringify(rows), meta.now, meta.source, meta.loadId]);
        },
      };
      try {
        const result = await fn(tx);
        await this.#run("COMMIT");
        return result;
      } catch (error) {
        await this.#run("ROLLBACK").catch(() => undefined);
        throw storeError(error, this.location);
      }
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#queue.run(async () => {
      this.#closed = true;
      await this.client.end().catch(() => undefined);
    });
  }
}

/**
 * Connects to the PostgreSQL database at `url` (`postgres://user:password@host:port/db`, or
 * `postgresql://…`). A lost connection later makes the current batch fail and roll back (`StoreError`).
 * @throws {StoreOpenError} when the server cannot be reached or refuses the credentials, naming `source`
 *   (`--db`, `DATABASE_URL`) and the location without its password.
 */
export async function openPostgres(url: string, options: { source: string }): Promise<Engine> {
  const location = redactLocation(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server is reported by the next query; an unhandled 'error' event would
  // crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const message = redactLocation(error instanceof Error ? error.message : String(error));
    throw new StoreOpenError(options.source, `cannot connect to PostgreSQL at ${location}: ${message}`, {
      cause: error,
    });
  }
  return new PostgresEngine(location, client);
}
