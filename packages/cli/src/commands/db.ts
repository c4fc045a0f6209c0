import { createWriteStream } from "node:fs";
import { InvalidArgumentError as CoreInvalidArgumentError } from "@switchboard/core";
import { callToCsv, csvLines, DEFAULT_CSV_FIELDS } from "@switchboard/sdk";
import { writeParquet } from "@switchboard/store";
import { Option } from "commander";
import { type CliCommand, type CliIO, group, openStoreFor, writeOut } from "../context.js";
import { rowsGrid } from "../format.js";
import { addFilterOptions, type ListingOptions, storeFiltersOf } from "../options.js";
import { formatOption, outputFormat, renderFor } from "../output.js";

/** Formats of `db export`. */
export const EXPORT_FORMATS = ["ndjson", "csv", "parquet"] as const;
/** Formats of `db sql`. */
export const SQL_FORMATS = ["table", "tsv", "csv", "json"] as const;

interface ExportOptions extends Omit<ListingOptions, "concurrency" | "db"> {
  db?: string;
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
}

/** Writes text to `--out` (a file) or stdout, waiting for the reader. */
function sink(io: CliIO, out: string | undefined) {
  if (!out) return { write: (chunk: string) => writeOut(io, chunk), close: async () => {} };
  const file = createWriteStream(out);
  return {
    write: (chunk: string) =>
      new Promise<void>((resolve, reject) => file.write(chunk, (e) => (e ? reject(e) : resolve()))),
    close: () =>
      new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  };
}

async function exportCalls(io: CliIO, opts: ExportOptions): Promise<void> {
  if (opts.format === "parquet" && !opts.out)
    throw new CoreInvalidArgumentError("--format parquet needs --out <file> (Parquet is a binary file)", {
      argument: "--out",
    });
  const store = await openStoreFor(io, opts.db, { readOnly: true });
  try {
    const calls = store.iterateCalls(storeFiltersOf(opts));
    if (opts.format === "parquet") {
      const count = await writeParquet(calls, opts.out as string);
      io.stderr.write(`${count} call${count === 1 ? "" : "s"} written to ${opts.out}\n`);
      return;
    }
    const out = sink(io, opts.out);
    let count = 0;
    if (opts.format === "csv") await out.write(csvLines([], DEFAULT_CSV_FIELDS));
    for await (const call of calls) {
      count++;
      await out.write(
        opts.format === "csv" ? callToCsv(call, DEFAULT_CSV_FIELDS) : `${JSON.stringify(call)}\n`,
      );
    }
    await out.close();
    if (opts.out) io.stderr.write(`${count} call${count === 1 ? "" : "s"} written to ${opts.out}\n`);
  } finally {
    await store.close();
  }
}

async function runSql(
  io: CliIO,
  query: string,
  opts: { db?: string; format?: (typeof SQL_FORMATS)[number] },
) {
  const format = outputFormat(io, opts, SQL_FORMATS);
  const store = await openStoreFor(io, opts.db, { readOnly: true });
  try {
    // A query the store refuses (a syntax error, a write on the read-only store) is the user's input: exit 64.
    const rows = await store.sql(query).catch((error: unknown) => {
      throw new CoreInvalidArgumentError(`query: ${error instanceof Error ? error.message : String(error)}`, {
        argument: "query",
        cause: error,
      });
    });
    const columns = rows.length > 0 ? Object.keys(rows[0] as object) : [];
    if (format === "json") io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (format === "csv")
      io.stdout.write(
        csvLines(
          rows.map((r) =>
            columns.map((c) => (typeof r[c] === "object" && r[c] !== null ? JSON.stringify(r[c]) : r[c])),
          ),
          columns,
        ),
      );
    else {
      io.stdout.write(
        renderFor(
          io,
          rowsGrid(
            columns,
            rows.map((r) => columns.map((c) => r[c])),
          ),
          format,
        ),
      );
      // The row count is for a person (stderr), so that a pipe gets only rows.
      io.stderr.write(`${rows.length} row${rows.length === 1 ? "" : "s"}\n`);
    }
  } finally {
    await store.close();
  }
}

/** `switchboard db export` and `switchboard db sql`: the store's calls as files, and read-only SQL on it. */
export const dbCommand: CliCommand = {
  register(program, { io }) {
    const db = group(
      program,
      "db",
      "Read the store that `switchboard sync` and `webhooks listen --db` keep.",
    );
    const dbOption = () =>
      new Option(
        "--db <file|url>",
        "DuckDB file or postgres:// URL (default: DATABASE_URL, else ./switchboard.duckdb)",
      );
    addFilterOptions(
      db
        .command("export")
        .description("Write the stored calls as unified calls: NDJSON, CSV or Parquet (newest first).")
        .addOption(dbOption())
        .addOption(
          new Option("-f, --format <format>", "file format").choices(EXPORT_FORMATS).default("ndjson"),
        )
        .option("-o, --out <file>", "write to this file (default: stdout; required for parquet)"),
    ).action(async (opts: ExportOptions) => exportCalls(io, opts));
    db.command("sql")
      .description(
        "Run one read-only SQL query on the store (tables: calls, sync_state, webhook_events, loads).",
      )
      .argument("<query>", "the SQL query")
      .addOption(dbOption())
      .addOption(formatOption(SQL_FORMATS))
      .action(async (query: string, opts: { db?: string; format?: (typeof SQL_FORMATS)[number] }) =>
        runSql(io, query, opts),
      );
  },
};
