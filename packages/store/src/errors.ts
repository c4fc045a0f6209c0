import { brandErrorClass, SwitchboardError } from "@switchboard/core";

/**
 * Base class of every error of `@switchboard/store` (a {@link SwitchboardError}, so one `instanceof` check
 * covers the whole product). Messages never hold a password: a connection string is shown with its password
 * replaced by `***`.
 */
export class StoreError extends SwitchboardError {
  override name = "StoreError";
}

/**
 * The store cannot be opened or reached: a file that cannot be created or read, a PostgreSQL server that
 * refuses the connection or the credentials. `source` names where the location came from (`--db`,
 * `DATABASE_URL`, an option), never the password.
 */
export class StoreOpenError extends StoreError {
  override name = "StoreOpenError";
  /** Where the location came from, e.g. `--db` or `DATABASE_URL`. */
  readonly source: string;
  constructor(source: string, message: string, options: { cause?: unknown } = {}) {
    super(`${source}: ${message}`, options);
    this.source = source;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), source: this.source };
  }
}

/**
 * A DuckDB file already has a writer: DuckDB allows one writing process per file, so a second one is refused
 * at once (never corrupted, never kept waiting). `holder` is what DuckDB reports of the holding process
 * (its program and pid), when it does.
 */
export class StoreLockedError extends StoreError {
  override name = "StoreLockedError";
  /** The holding process as DuckDB names it, e.g. `/usr/bin/node (PID 4242)`. */
  readonly holder: string | undefined;
  /** The holder's process id, when DuckDB reported one. */
  readonly pid: number | undefined;
  constructor(path: string, holder: string | undefined, options: { cause?: unknown } = {}) {
    super(
      `${path} is open for writing in another process${holder ? ` (${holder})` : ""}; DuckDB allows one writer per file: stop that process, or use PostgreSQL (--db postgres://…) to share a store`,
      options,
    );
    this.holder = holder;
    const pid = holder ? /PID (\d+)/.exec(holder)?.[1] : undefined;
    this.pid = pid === undefined ? undefined : Number(pid);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), holder: this.holder, pid: this.pid };
  }
}

/** The store's schema is newer than this version of `@switchboard/store` knows: upgrade it; nothing is written. */
export class StoreVersionError extends StoreError {
  override name = "StoreVersionError";
  /** The schema version found in the store. */
  readonly found: number;
  /** The newest schema version this package knows. */
  readonly known: number;
  constructor(found: number, known: number) {
    super(
      `the store has schema version ${found}, newer than this version of Switchboard knows (${known}); upgrade @switchboard/cli or @switchboard/store — nothing was written`,
    );
    this.found = found;
    this.known = known;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), found: this.found, known: this.known };
  }
}

/**
 * A write failed (an IO error, a full disk, a lost connection). The batch it was part of was rolled back and
 * the sync state is as it was before that batch, so the next run continues from there.
 */
export class StoreWriteError extends StoreError {
  override name = "StoreWriteError";
}

// `instanceof` across the ESM and CommonJS copies of this package, as for core's errors.
for (const [errorClass, name] of [
  [StoreError, "StoreError"],
  [StoreOpenError, "StoreOpenError"],
  [StoreLockedError, "StoreLockedError"],
  [StoreVersionError, "StoreVersionError"],
  [StoreWriteError, "StoreWriteError"],
] as const)
  brandErrorClass(errorClass, `@switchboard/store:${name}`);

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`; anything else unchanged. */
export function redactLocation(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}
