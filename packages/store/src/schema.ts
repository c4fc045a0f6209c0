/**
 * The store's schema, as versioned migrations applied in order when a store is opened (each in its own
 * transaction with its `schema_migrations` row, so a crash never leaves half a migration). The SQL is written
 * once for both engines; `{json}` stands for the engine's JSON type (DuckDB `JSON`, PostgreSQL `JSONB`).
 *
 * A new migration is appended here, never edited once released: a store records the versions it has, and a
 * store whose newest version is above {@link SCHEMA_VERSION} is refused with `StoreVersionError`.
 */
export interface Migration {
  /** 1, 2, … in order. */
  readonly version: number;
  /** What it does, for `schema_migrations.name`. */
  readonly name: string;
  /** The statements, run in order inside one transaction. */
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "calls, sync_state, webhook_events",
    statements: [
      `CREATE TABLE calls (
        provider TEXT NOT NULL,
        id TEXT NOT NULL,
        agent_id TEXT,
        agent_name TEXT,
        channel TEXT,
        direction TEXT,
        status TEXT,
        status_raw TEXT,
        from_number TEXT,
        to_number TEXT,
        started_at TIMESTAMPTZ,
        ended_at TIMESTAMPTZ,
        duration_ms BIGINT,
        end_reason TEXT,
        end_reason_raw TEXT,
        cost_total DOUBLE PRECISION,
        cost_currency TEXT,
        turn_count INTEGER,
        interruptions INTEGER,
        detail TEXT,
        transcript {json},
        cost_breakdown {json},
        recording {json},
        latency {json},
        usage {json},
        analysis {json},
        stack {json},
        metadata {json},
        warnings {json} NOT NULL,
        raw {json} NOT NULL,
        content_hash TEXT NOT NULL,
        first_seen_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        source TEXT NOT NULL,
        load_id TEXT NOT NULL,
        PRIMARY KEY (provider, id)
      )`,
      `CREATE TABLE sync_state (
        provider TEXT PRIMARY KEY,
        cursor TIMESTAMPTZ,
        last_success_at TIMESTAMPTZ,
        last_load_id TEXT,
        run_load_id TEXT,
        run_since TIMESTAMPTZ,
        run_started_at TIMESTAMPTZ,
        run_calls BIGINT NOT NULL DEFAULT 0
      )`,
      `CREATE TABLE webhook_events (
        provider TEXT NOT NULL,
        dedupe_key TEXT NOT NULL,
        call_key TEXT,
        type TEXT NOT NULL,
        raw_type TEXT NOT NULL,
        call_id TEXT,
        delivery_id TEXT,
        occurred_at TIMESTAMPTZ,
        received_at TIMESTAMPTZ NOT NULL,
        payload {json} NOT NULL,
        warnings {json} NOT NULL,
        load_id TEXT NOT NULL,
        PRIMARY KEY (provider, dedupe_key)
      )`,
    ],
  },
  {
    version: 2,
    name: "loads: one row per sync run or listener, with its counts",
    statements: [
      `CREATE TABLE loads (
        load_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        provider TEXT,
        started_at TIMESTAMPTZ NOT NULL,
        finished_at TIMESTAMPTZ,
        status TEXT NOT NULL,
        fetched BIGINT NOT NULL DEFAULT 0,
        inserted BIGINT NOT NULL DEFAULT 0,
        updated BIGINT NOT NULL DEFAULT 0,
        unchanged BIGINT NOT NULL DEFAULT 0
      )`,
    ],
  },
];

/** The newest schema version this package writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
