import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { extname } from "node:path";
import { InvalidArgumentError as UsageError } from "@switchboard/core";
import { InvalidArgumentError, Option } from "commander";
import type { CliIO } from "./context.js";
import { type Grid, renderGrid } from "./format.js";

/**
 * Output formats of the commands that print calls or rows: `table` (box drawing, fitted to the terminal),
 * `tsv` (tab-separated rows, no header: for pipes), `json`, `ndjson`, `csv`.
 */
export const OUTPUT_FORMATS = ["table", "tsv", "json", "ndjson", "csv"] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `-o report.csv` → `csv`: the format a file's extension names (`.json`, `.ndjson`/`.jsonl`, `.csv`, `.tsv`). */
const BY_EXTENSION: Record<string, OutputFormat> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
  ".tsv": "tsv",
};

/**
 * The format of a command's output: `--format` when given; else, with `-o <file>`, the one its extension
 * names (else `tsv`); else `table` on a terminal and `tsv` into a pipe (as gh does).
 */
export function outputFormat<F extends string>(
  io: CliIO,
  opts: { format?: F | undefined; output?: string | undefined },
  formats: readonly F[],
): F {
  if (opts.format !== undefined) return opts.format;
  if (opts.output !== undefined) {
    const byName = BY_EXTENSION[extname(opts.output).toLowerCase()] as F | undefined;
    return byName && formats.includes(byName) ? byName : ("tsv" as F);
  }
  return (io.stdout.isTTY === true ? "table" : "tsv") as F;
}

/** `-f, --format <format>` (no default: {@link outputFormat} picks one from the terminal or `-o`). */
export function formatOption(formats: readonly string[]): Option {
  return new Option(
    "-f, --format <format>",
    "output format (default: table on a terminal, tsv into a pipe, or by -o's extension)",
  ).choices(formats);
}

/** `-o, --output <file>`: write the output to a file instead of stdout. */
export function outputOption(): Option {
  return new Option("-o, --output <file>", "write the output to this file instead of stdout").argParser(
    (value: string) => {
      if (value.trim() === "") throw new InvalidArgumentError("must be a file path");
      return value;
    },
  );
}

/**
 * The IO of a command whose output goes to `-o <file>` (created or truncated) instead of stdout; `close()`
 * flushes and closes the file (a write error is thrown there). Without `file`, the IO itself.
 * @throws {InvalidArgumentError} (exit 64) when the file cannot be created.
 */
export async function withOutput(
  io: CliIO,
  file: string | undefined,
): Promise<{ io: CliIO; close(): Promise<void> }> {
  if (file === undefined) return { io, close: async () => {} };
  const stream = createWriteStream(file);
  try {
    await Promise.race([once(stream, "open"), once(stream, "error").then(([e]) => Promise.reject(e))]);
  } catch (error) {
    throw new UsageError(`-o ${file}: ${(error as Error).message}`, { argument: "--output" });
  }
  let failure: unknown;
  stream.on("error", (error) => {
    failure ??= error;
  });
  return {
    io: { ...io, stdout: stream },
    async close() {
      if (!stream.writableEnded) {
        stream.end();
        await once(stream, "close").catch(() => {});
      }
      if (failure) throw failure;
    },
  };
}

/** Draws a grid in a table format (`table`, fitted to the terminal's width on a terminal, or `tsv`). */
export function renderFor(io: CliIO, grid: Grid, format: "table" | "tsv"): string {
  return renderGrid(grid, {
    format,
    width: format === "table" && io.stdout.isTTY === true ? (io.stdout.columns ?? 80) : undefined,
  });
}
