/**
 * The store: one `calls` table for every provider, kept by pulls and webhooks, on DuckDB or PostgreSQL.
 * This file's job is the store's operations (open and migrate, write a batch with its sync state, record a
 * webhook event, read calls back); the SQL dialect is behind {@link Engine}.
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { Call, WebhookEvent } from "@switchboard/normalizer";
import type { Engine, Queryable, Transaction } from "./engine.js";
import { StoreOpenError, StoreVersionError, StoreWriteError } from "./errors.js";
import {
  CALL_COLUMNS,
  type CallRow,
  type CallSource,
  callToRow,
  type MergeOutcome,
  mergeOutcome,
  overlayWebhookCall,
  rowToCall,
} from "./rows.js";
import { MIGRATIONS, type Migration, SCHEMA_VERSION } from "./schema.js";

/** The default DuckDB file, relative to the working directory. */
export const DEFAULT_DB = "./switchboard.duckdb";

/** Where a store is, and where that was said (for errors): `--db`, `DATABASE_URL` or the default. */
export interface StoreLocation {
  /** A DuckDB file path (or `:memory:`), or a `postgres://` / `postgresql://` URL. */
  location: string;
  /** What gave it: `--db`, `DATABASE_URL`, `default`, or an option name. */
  source: string;
}

/**
 * The store location of a command: `--db` when given, else `DATABASE_URL` when set, else
 * {@link DEFAULT_DB} (a DuckDB file in the working directory).
 */
export function resolveStoreLocation(
  db: string | undefined,
  env: Record<string, string | undefined>,
): StoreLocation {
  if (db !== undefined && db !== "") return { location: db, source: "--db" };
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== "") return { location: url, source: "DATABASE_URL" };
  return { location: DEFAULT_DB, source: "default" };
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** What gave the location, named in errors (`--db`, `DATABASE_URL`); default `"location"`. */
  source?: string | undefined;
  /**
   * Open for reading only (`switchboard db sql`, `report`): DuckDB without the write lock (several readers;
   * refused while a writer holds the file), PostgreSQL in read-only transactions. No migration is applied.
   */
  readOnly?: boolean | undefined;
  /**
   * DuckDB's memory limit (its buffer pool), e.g. `"512MB"`, `"2GB"`; default `"128MB"` — enough for syncing and
   * reading, small for a CLI. Raise it for large analytical queries on the store. Ignored for PostgreSQL.
   */
  duckdbMemoryLimit?: string | undefined;
  /** Apply migrations only up to this version (tests of a migration). Default: all of them. */
  migrateTo?: number | undefined;
}

/** Counts of one batch or run: calls offered, and what the store did with them. */
export interface WriteCounts {
  /** Calls offered (after the batch's own duplicates were folded together). */
  fetched: number;
  /** New keys written. */
  inserted: number;
  /** Stored calls replaced by a newer or fuller view (`updated_at` moved). */
  updated: number;
  /** Calls not written: the same content, or an older or thinner view than the stored one. */
  unchanged: number;
}

/** A provider's sync state: its cursor and the run in progress, if one was interrupted. */
export interface SyncState {
  provider: string;
  /** ISO 8601 UTC: the newest `started_at` stored by a completed run (never later than that run's start). */
  cursor: string | undefined;
  /** ISO 8601 UTC: when the last completed run started. */
  lastSuccessAt: string | undefined;
  lastLoadId: string | undefined;
  /** The run that began and has not completed (a crash, a failure): the next run re-reads its window. */
  run: { loadId: string; since: string | undefined; startedAt: string; calls: number } | undefined;
}

/** The unified filters of {@link Store.iterateCalls}, as `calls list` takes them. */
export interface StoreCallFilters {
  /** Only these providers (default: all). */
  providers?: readonly string[] | undefined;
  /** ISO 8601: calls started at or after it. */
  since?: string | undefined;
  /** ISO 8601: calls started at or before it. */
  until?: string | undefined;
  /** A unified status. */
  status?: string | undefined;
  /** `inbound` or `outbound`. */
  direction?: string | undefined;
  /** The provider's agent id. */
  agentId?: string | undefined;
  /** At most this many calls. */
  limit?: number | undefined;
}

/** What {@link Store.recordWebhookEvent} did. */
export interface WebhookWrite {
  /** The event was seen before (same delivery id, or the same provider event for the same call): nothing written. */
  duplicate: boolean;
  /** What happened to the call the event carries (absent when it carries none, or for a duplicate). */
  call: MergeOutcome | undefined;
}

/**
 * The de-duplication keys of a webhook event, most specific first: its delivery id
 * (`<provider>:delivery:<id>`) when it has one; for a call event, `<provider>:<raw type>:<raw status>:<call id>`
 * (the same provider event for the same call, e.g. OpenMic resending an `end-of-call-report`), or for an `other`
 * event `<provider>:payload:<SHA-256 of the payload>` (only a byte-identical resend is a redelivery). An event
 * matching any key of a stored one is a redelivery.
 */
export function dedupeKeys(event: WebhookEvent): string[] {
  const keys: string[] = [];
  if (event.deliveryId) keys.push(`${event.provider}:delivery:${event.deliveryId}`);
  if (event.callId && event.type === "other") {
    const digest = createHash("sha256").update(JSON.stringify(event.raw.payload)).digest("hex");
    keys.push(`${event.provider}:payload:${digest}`);
  } else if (event.callId) {
    keys.push(`${event.provider}:${event.raw.type}:${event.call?.status?.raw ?? ""}:${event.callId}`);
  }
  if (keys.length === 0) {
    const digest = createHash("sha256").update(JSON.stringify(event.raw.payload)).digest("hex");
    keys.push(`${event.provider}:payload:${digest}`);
  }
  return keys;
}

/**
 * The `WHERE` clause (with a leading space, or empty) and positional parameters of the unified filters, on the
 * `calls` columns: the same filters as `calls list` (`since`/`until` compare `started_at`, inclusive).
 */
export function whereOf(filters: StoreCallFilters): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filters.providers?.length)
    add((n) => `provider IN (SELECT unnest(CAST($${n} AS TEXT[])))`, [...filters.providers]);
  if (filters.since) add((n) => `started_at >= CAST($${n} AS TIMESTAMPTZ)`, filters.since);
  if (filters.until) add((n) => `started_at <= CAST($${n} AS TIMESTAMPTZ)`, filters.until);
  if (filters.status) add((n) => `status = $${n}`, filters.status);
  if (filters.direction) add((n) => `direction = $${n}`, filters.direction);
  if (filters.agentId) add((n) => `agent_id = $${n}`, filters.agentId);
  return { where: where.length ? ` WHERE ${where.join(" AND ")}` : "", params };
}

const isPostgres = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/** The columns read back to rebuild a call, with its times as epoch milliseconds. */
function selectCallColumns(engine: Engine): string {
  return CALL_COLUMNS.filter((c) => c !== "content_hash")
    .map((c) => (c === "started_at" || c === "ended_at" ? `${engine.epochMs(c)} AS ${c}` : c))
    .join(", ");
}

/** A row read back → its call, times from epoch milliseconds to ISO 8601 UTC. */
function readCall(row: Record<string, unknown>): Call {
  for (const column of ["started_at", "ended_at"]) {
    const value = row[column];
    row[column] = value === null || value === undefined ? null : new Date(Number(value)).toISOString();
  }
  return rowToCall(row);
}

/**
 * The store (open one with {@link openStore}). Every write is one transaction; on PostgreSQL the writes of one
 * provider's calls are serialized across processes by an advisory lock, and every write is an idempotent upsert
 * on the primary key `(provider, id)`, so any number of syncs and listeners may run at once and each call is
 * stored once.
 */
export class Store {
  private constructor(
    /** The engine: its dialect and location (password hidden). */
    readonly engine: Engine,
  ) {}

  /** @internal Opens `location` (see {@link openStore}). */
  static async open(location: string, options: OpenStoreOptions = {}): Promise<Store> {
    const source = options.source ?? "location";
    // Each engine's driver (DuckDB's native library, `pg`) is loaded when a store of its kind is opened, so
    // that importing this package (its errors, its types) costs an app that lists calls nothing.
    const engine = isPostgres(location)
      ? await (await import("./postgres.js")).openPostgres(location, { source })
      : await (await import("./duckdb.js")).openDuckDB(location, {
          source,
          readOnly: options.readOnly,
          memoryLimit: options.duckdbMemoryLimit,
        });
    const store = new Store(engine);
    try {
      if (options.readOnly) await store.#checkVersion(source);
      else await store.#migrate(options.migrateTo ?? SCHEMA_VERSION);
    } catch (error) {
      await engine.close();
      throw error;
    }
    return store;
  }

  /** `duckdb` or `postgres`. */
  get dialect(): "duckdb" | "postgres" {
    return this.engine.dialect;
  }

  async #appliedVersion(q: Queryable): Promise<number> {
    const rows = await q.query("SELECT MAX(version) AS version FROM schema_migrations");
    return Number(rows[0]?.version ?? 0);
  }

  async #checkVersion(source: string): Promise<void> {
    let version: number;
    try {
      version = await this.#appliedVersion(this.engine);
    } catch {
      throw new StoreOpenError(
        source,
        `${this.engine.location} is not a Switchboard store yet (run switchboard sync first)`,
      );
    }
    if (version > SCHEMA_VERSION) throw new StoreVersionError(version, SCHEMA_VERSION);
  }

  /** Applies the pending migrations up to `target`, all in one transaction under a lock (two openers at once are fine). */
  async #migrate(target: number): Promise<void> {
    await this.engine.transaction(async (tx) => {
      await tx.lock("migrate");
      await tx.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
      );
      const applied = await this.#appliedVersion(tx);
      if (applied > SCHEMA_VERSION) throw new StoreVersionError(applied, SCHEMA_VERSION);
      const pending: Migration[] = MIGRATIONS.filter((m) => m.version > applied && m.version <= target);
      for (const migration of pending) {
        for (const statement of migration.statements)
          await tx.query(statement.replaceAll("{json}", this.engine.jsonType));
        await tx.query(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, CAST($3 AS TIMESTAMPTZ))",
          [migration.version, migration.name, new Date().toISOString()],
        );
      }
    });
  }

  /** The schema version of the store (the newest migration applied). */
  schemaVersion(): Promise<number> {
    return this.#appliedVersion(this.engine);
  }

  /** The sync state of `provider` (no cursor and no run before its first sync). */
  async syncState(provider: string): Promise<SyncState> {
    const rows = await this.engine.query(
      `SELECT provider, ${this.engine.epochMs("cursor")} AS cursor, ${this.engine.epochMs("last_success_at")} AS last_success_at, last_load_id, run_load_id, ${this.engine.epochMs("run_since")} AS run_since, ${this.engine.epochMs("run_started_at")} AS run_started_at, run_calls FROM sync_state WHERE provider = $1`,
      [provider],
    );
    const row = rows[0];
    const iso = (v: unknown) =>
      v === null || v === undefined ? undefined : new Date(Number(v)).toISOString();
    return {
      provider,
      cursor: iso(row?.cursor),
      lastSuccessAt: iso(row?.last_success_at),
      lastLoadId: (row?.last_load_id as string | null) ?? undefined,
      run:
        row?.run_load_id == null
          ? undefined
          : {
              loadId: String(row.run_load_id),
              since: iso(row.run_since),
              startedAt: iso(row.run_started_at) as string,
              calls: Number(row.run_calls ?? 0),
            },
    };
  }

  /**
   * Records the start of a sync run of `provider`: its load id, the window it reads from (`since`, absent for the
   * whole history) and when it started. Until the run completes, the state keeps this window, so a run after a
   * crash re-reads it and nothing is missed.
   * @throws {StoreWriteError} when the write fails.
   */
  async beginRun(
    provider: string,
    run: { loadId: string; since: string | undefined; startedAt: string },
  ): Promise<void> {
    await this.#write(async (tx) => {
      await tx.lock(`calls:${provider}`);
      await tx.query(
        `INSERT INTO sync_state (provider, run_load_id, run_since, run_started_at, run_calls) VALUES ($1, $2, CAST($3 AS TIMESTAMPTZ), CAST($4 AS TIMESTAMPTZ), 0)
         ON CONFLICT (provider) DO UPDATE SET run_load_id = excluded.run_load_id, run_since = excluded.run_since, run_started_at = excluded.run_started_at, run_calls = 0`,
        [provider, run.loadId, run.since ?? null, run.startedAt],
      );
      await tx.query(
        "INSERT INTO loads (load_id, kind, provider, started_at, status) VALUES ($1, 'sync', $2, CAST($3 AS TIMESTAMPTZ), 'running') ON CONFLICT (load_id) DO NOTHING",
        [run.loadId, provider, run.startedAt],
      );
    });
  }

  /**
   * Writes one batch of `provider`'s calls in one transaction, with the merge rule of {@link mergeOutcome}, and
   * with the batch's counts added to the run's load and sync state. With `finish`, the same transaction completes
   * the run: the cursor moves to `finish.cursor` and the run's window is cleared — rows and cursor commit together.
   * @throws {StoreWriteError} when the write fails: the whole batch (and its state) is rolled back.
   */
  writeCalls(
    provider: string,
    calls: readonly Call[],
    options: { source: CallSource; loadId: string; finish?: { cursor: string | undefined } | undefined },
  ): Promise<WriteCounts> {
    return this.writeRows(provider, calls.map(callToRow), options);
  }

  /**
   * {@link writeCalls} for calls already turned into rows ({@link callToRow}): a sync keeps only the rows of a
   * batch in memory (the text that will be written), not the calls and their providers' objects.
   * @throws {StoreWriteError} when the write fails: the whole batch (and its state) is rolled back.
   */
  async writeRows(
    provider: string,
    rows: readonly CallRow[],
    options: { source: CallSource; loadId: string; finish?: { cursor: string | undefined } | undefined },
  ): Promise<WriteCounts> {
    // A batch may hold the same call twice (a list that moved during the walk): fold with the merge rule.
    const offered = new Map<string, CallRow>();
    for (const row of rows) {
      const before = offered.get(row.id);
      if (!before || mergeOutcome(row, before) === "update") offered.set(row.id, row);
    }
    const now = new Date().toISOString();
    return this.#write(async (tx) => {
      await tx.lock(`calls:${provider}`);
      const stored = await tx.storedVersions(provider, [...offered.keys()]);
      const writes: CallRow[] = [];
      const inserts = new Set<CallRow>();
      const counts: WriteCounts = { fetched: offered.size, inserted: 0, updated: 0, unchanged: 0 };
      for (const row of offered.values()) {
        const outcome = mergeOutcome(row, stored.get(row.id));
        if (outcome === "insert") {
          counts.inserted++;
          inserts.add(row);
        } else if (outcome === "update") counts.updated++;
        else counts.unchanged++;
        if (outcome !== "unchanged") writes.push(row);
      }
      await tx.upsertCalls(writes, { now, source: options.source, loadId: options.loadId }, inserts);
      await tx.query(
        "UPDATE loads SET fetched = fetched + $2, inserted = inserted + $3, updated = updated + $4, unchanged = unchanged + $5 WHERE load_id = $1",
        [options.loadId, counts.fetched, counts.inserted, counts.updated, counts.unchanged],
      );
      if (options.finish) {
        await tx.query(
          `UPDATE sync_state SET cursor = COALESCE(CAST($2 AS TIMESTAMPTZ), cursor), last_success_at = run_started_at, last_load_id = run_load_id,
             run_load_id = NULL, run_since = NULL, run_started_at = NULL, run_calls = 0 WHERE provider = $1 AND run_load_id = $3`,
          [provider, options.finish.cursor ?? null, options.loadId],
        );
        await tx.query(
          "UPDATE loads SET status = 'done', finished_at = CAST($2 AS TIMESTAMPTZ) WHERE load_id = $1",
          [options.loadId, now],
        );
      } else {
        await tx.query(
          "UPDATE sync_state SET run_calls = run_calls + $2 WHERE provider = $1 AND run_load_id = $3",
          [provider, counts.fetched, options.loadId],
        );
      }
      return counts;
    });
  }

  /**
   * Records a webhook listener's load (`kind = webhook`): the load id its events and calls are written under.
   * @throws {StoreWriteError} when the write fails.
   */
  async beginListenerLoad(loadId: string): Promise<void> {
    await this.#write(async (tx) => {
      await tx.query(
        "INSERT INTO loads (load_id, kind, started_at, status) VALUES ($1, 'webhook', CAST($2 AS TIMESTAMPTZ), 'running') ON CONFLICT (load_id) DO NOTHING",
        [loadId, new Date().toISOString()],
      );
    });
  }

  /** The number of stored webhook events. */
  async countWebhookEvents(): Promise<number> {
    const rows = await this.engine.query("SELECT COUNT(*) AS n FROM webhook_events");
    return Number(rows[0]?.n ?? 0);
  }

  /** Marks a run failed (its window stays in the sync state, so the next run re-reads it). Never throws. */
  async failRun(loadId: string): Promise<void> {
    await this.engine
      .query("UPDATE loads SET status = 'failed', finished_at = CAST($2 AS TIMESTAMPTZ) WHERE load_id = $1", [
        loadId,
        new Date().toISOString(),
      ])
      .catch(() => undefined);
  }

  /**
   * Stores one verified webhook event in `webhook_events` and, when it carries a call, merges that call into
   * `calls` (`source = webhook`): the event's fields are laid over the stored call ({@link overlayWebhookCall}),
   * then written with the merge rule. Both in one transaction: when this resolves, the event is durable and the
   * listener may answer 2xx. A redelivery (any of {@link dedupeKeys} already stored) writes nothing.
   * @throws {StoreWriteError} when the write fails (nothing of the event is stored; the provider should retry).
   */
  async recordWebhookEvent(event: WebhookEvent, options: { loadId: string }): Promise<WebhookWrite> {
    const keys = dedupeKeys(event);
    const now = new Date().toISOString();
    return this.#write(async (tx) => {
      await tx.lock(`calls:${event.provider}`);
      const seen = await tx.query(
        `SELECT 1 AS seen FROM webhook_events WHERE provider = $1 AND (dedupe_key IN (SELECT unnest(CAST($2 AS TEXT[]))) OR call_key IN (SELECT unnest(CAST($2 AS TEXT[])))) LIMIT 1`,
        [event.provider, keys],
      );
      if (seen.length > 0) return { duplicate: true, call: undefined };
      await tx.query(
        `INSERT INTO webhook_events (provider, dedupe_key, call_key, type, raw_type, call_id, delivery_id, occurred_at, received_at, payload, warnings, load_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS TIMESTAMPTZ), CAST($9 AS TIMESTAMPTZ), CAST($10 AS ${this.engine.jsonType}), CAST($11 AS ${this.engine.jsonType}), $12)`,
        [
          event.provider,
          keys[0],
          keys[1] ?? null,
          event.type,
          event.raw.type,
          event.callId ?? null,
          event.deliveryId ?? null,
          event.occurredAt ?? null,
          now,
          JSON.stringify(event.raw.payload),
          JSON.stringify(event.warnings),
          options.loadId,
        ],
      );
      if (!event.call) return { duplicate: false, call: undefined };
      const rows = await tx.query(
        `SELECT ${selectCallColumns(this.engine)}, content_hash FROM calls WHERE provider = $1 AND id = $2`,
        [event.provider, event.call.id],
      );
      const storedRow = rows[0];
      const stored = storedRow ? readCall({ ...storedRow }) : undefined;
      const merged = overlayWebhookCall(stored, event.call);
      // Read back, the stored call's JSON may have another key order (PostgreSQL's JSONB sorts keys): an
      // overlay that changed nothing is compared as values, not as text.
      if (stored && isDeepStrictEqual(merged, stored))
        return { duplicate: false, call: "unchanged" as const };
      const row = callToRow(merged);
      const outcome = mergeOutcome(
        row,
        storedRow
          ? {
              content_hash: String(storedRow.content_hash),
              detail: (storedRow.detail as string) ?? null,
              status: (storedRow.status as string) ?? null,
            }
          : undefined,
      );
      if (outcome !== "unchanged")
        await tx.upsertCalls([row], { now, source: "webhook", loadId: options.loadId });
      return { duplicate: false, call: outcome };
    });
  }

  /** Runs `fn` as one write transaction; a failure is a {@link StoreWriteError} (rolled back), a newer schema stays itself. */
  async #write<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.engine.transaction(fn);
    } catch (error) {
      if (error instanceof StoreWriteError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreWriteError(`${this.engine.location}: the write was rolled back: ${message}`, {
        cause: error,
      });
    }
  }

  /**
   * The stored calls matching `filters`, newest `started_at` first (calls without a start time last, then by
   * provider and id), read in pages of 500.
   * @throws {StoreError} when a read fails.
   */
  async *iterateCalls(filters: StoreCallFilters = {}): AsyncGenerator<Call> {
    const { where, params } = whereOf(filters);
    const sql = `SELECT ${selectCallColumns(this.engine)} FROM calls${where} ORDER BY started_at DESC NULLS LAST, provider, id`;
    const limit = filters.limit ?? Number.POSITIVE_INFINITY;
    const page = 500;
    for (let offset = 0, yielded = 0; yielded < limit; offset += page) {
      const size = Math.min(page, limit - yielded);
      const rows = await this.engine.query(`${sql} LIMIT ${size} OFFSET ${offset}`, params);
      for (const row of rows) {
        yield readCall(row);
        yielded++;
      }
      if (rows.length < size) return;
    }
  }

  /** The number of stored calls per provider. */
  async countCalls(): Promise<Record<string, number>> {
    const rows = await this.engine.query(
      "SELECT provider, COUNT(*) AS n FROM calls GROUP BY provider ORDER BY provider",
    );
    return Object.fromEntries(rows.map((r) => [String(r.provider), Number(r.n)]));
  }

  /**
   * Runs one read-only query (`switchboard db sql`): in a read-only transaction on PostgreSQL; on DuckDB the
   * store should be opened with `readOnly` (then every write is refused by DuckDB itself).
   * @throws {StoreError} for an invalid query or an attempted write.
   */
  sql(query: string): Promise<Record<string, unknown>[]> {
    if (this.engine.dialect === "postgres")
      return this.engine.transaction((tx) => tx.query(query), { readOnly: true });
    return this.engine.query(query);
  }

  /** Closes the store. */
  close(): Promise<void> {
    return this.engine.close();
  }
}

/**
 * Opens the store at `location` — a DuckDB file (created if missing; `:memory:` for one in memory) or a
 * PostgreSQL URL (`postgres://user:password@host:5432/db`) — and applies the pending migrations.
 *
 * @example
 * const store = await openStore("./switchboard.duckdb");
 * for await (const call of store.iterateCalls({ providers: ["vapi"], limit: 10 })) console.log(call.id);
 * await store.close();
 *
 * @throws {StoreOpenError} when it cannot be opened or reached (naming `options.source`, never a password).
 * @throws {StoreLockedError} when another process writes to that DuckDB file (naming it).
 * @throws {StoreVersionError} when the store's schema is newer than this package knows.
 */
export function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (typeof location !== "string" || location.trim() === "")
    return Promise.reject(new StoreOpenError(options.source ?? "location", "is empty"));
  return Store.open(location, options);
}
