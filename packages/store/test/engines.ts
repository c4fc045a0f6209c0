import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase } from "@switchboard/testing";
import { inject } from "vitest";

/** A fresh, empty database on the suite's PostgreSQL server; its URL. */
export async function freshPostgres(): Promise<string> {
  return createDatabase(inject("postgresUrl"));
}

/** A fresh DuckDB file path in a new temporary directory. */
export function freshDuckDB(): string {
  return join(mkdtempSync(join(tmpdir(), "switchboard-store-")), "calls.duckdb");
}

/** Whether the suite has a PostgreSQL server (it is skipped on a machine without one, never in CI). */
export const HAS_POSTGRES = inject("postgresUrl") !== "";

/** Both engines (PostgreSQL when the suite has it), for `describe.each`: a fresh location of each. */
export const ENGINES: readonly [string, () => Promise<string>][] = [
  ["duckdb", async () => freshDuckDB()],
  ...(HAS_POSTGRES ? [["postgres", freshPostgres] as [string, () => Promise<string>]] : []),
];

/** Removes a DuckDB file's directory (no-op for a URL). */
export function cleanup(location: string): void {
  if (!location.includes("://")) rmSync(join(location, ".."), { recursive: true, force: true });
}
