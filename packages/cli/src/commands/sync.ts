import { PROVIDERS } from "@switchboard/sdk";
import { parseDuration, type SyncResult, syncCalls } from "@switchboard/store";
import { InvalidArgumentError, Option } from "commander";
import { type CliCommand, type CliIO, connect, openStoreFor, reportFailure, writeOut } from "../context.js";
import { EXIT } from "../errors.js";
import { rowsGrid } from "../format.js";
import { parseConcurrency, parseInstant, providerOption, selectionOf } from "../options.js";
import { formatOption, outputFormat, renderFor } from "../output.js";
import { startProgress } from "../progress.js";

/** Output formats of `sync`. */
export const SYNC_FORMATS = ["table", "tsv", "json"] as const;

interface SyncOptions {
  provider?: string[];
  db?: string;
  since?: string;
  full?: boolean;
  lookback: number;
  concurrency?: number | "auto";
  format?: (typeof SYNC_FORMATS)[number];
}

/** `--lookback`: a duration (`48h`, `30m`, `7d`, ISO 8601 `PT48H`) → milliseconds. */
export function parseLookback(value: string): number {
  try {
    return parseDuration(value, "--lookback");
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(/^--lookback: /, ""));
  }
}

/** The JSON of a sync: `{ providers: [{ provider, fetched, inserted, updated, unchanged, cursor }], errors }`. */
function syncJson(result: SyncResult) {
  return {
    providers: result.providers.map(
      ({ provider, fetched, inserted, updated, unchanged, cursor, loadId, since }) => ({
        provider,
        fetched,
        inserted,
        updated,
        unchanged,
        cursor: cursor ?? null,
        since: since ?? null,
        loadId,
      }),
    ),
    errors: result.errors.map((e) => ({
      provider: e.provider,
      error: { name: e.error.name, message: e.error.message },
      requestId: e.requestId ?? null,
    })),
  };
}

/**
 * A `fetch` that counts each provider's requests (pages), attributing a request to the provider whose base URL
 * (`<PROVIDER>_BASE_URL`, else its production URL) it starts with; for the progress line.
 */
function countingFetch(
  io: CliIO,
  pages: Map<string, number>,
): (input: Request, init?: RequestInit) => Promise<Response> {
  const bases = PROVIDERS.map(
    (d) => [d.name, (io.env[d.baseUrlEnv] || d.defaultBaseUrl).replace(/\/+$/, "")] as const,
  );
  return (input, init) => {
    const url = input.url;
    const provider = bases.find(([, base]) => url.startsWith(base))?.[0];
    if (provider) pages.set(provider, (pages.get(provider) ?? 0) + 1);
    return fetch(input, init);
  };
}

async function sync(io: CliIO, opts: SyncOptions): Promise<number> {
  const pages = new Map<string, number>();
  const sb = connect(
    io,
    selectionOf(opts.provider),
    opts.concurrency,
    io.stderr.isTTY === true ? countingFetch(io, pages) : undefined,
  );
  const store = await openStoreFor(io, opts.db);
  const progress = new Map<string, { calls: number; rate: number }>();
  const line = startProgress(
    io,
    () =>
      `syncing… ${
        [...new Set([...pages.keys(), ...progress.keys()])]
          .map((p) => {
            const s = progress.get(p) ?? { calls: 0, rate: 0 };
            return `${p} ${pages.get(p) ?? 0} pages, ${s.calls} calls (${Math.round(s.rate)}/s)`;
          })
          .join(" · ") || "starting"
      }`,
  );
  let result: SyncResult;
  try {
    result = await syncCalls(sb, store, {
      since: opts.since,
      full: opts.full,
      lookbackMs: opts.lookback,
      signal: io.signal,
      onProgress: (p) => {
        progress.set(p.provider, { calls: p.fetched, rate: p.fetched / Math.max(p.elapsedMs / 1000, 0.001) });
      },
      onError: (failure) => {
        if (sb.providers.length === 1) return;
        reportFailure(io, failure);
      },
    });
  } finally {
    line.stop();
    await store.close();
  }
  if (io.signal?.aborted) return EXIT.aborted;
  const format = outputFormat(io, opts, SYNC_FORMATS);
  if (format === "json") await writeOut(io, `${JSON.stringify(syncJson(result), null, 2)}\n`);
  else if (result.providers.length > 0)
    await writeOut(
      io,
      renderFor(
        io,
        rowsGrid(
          ["provider", "fetched", "inserted", "updated", "unchanged", "cursor"],
          result.providers.map((p) => [
            p.provider,
            p.fetched,
            p.inserted,
            p.updated,
            p.unchanged,
            p.cursor ?? "—",
          ]),
        ),
        format,
      ),
    );
  if (result.errors.length === 0) return EXIT.ok;
  if (sb.providers.length === 1) throw result.errors[0]?.error;
  return EXIT.providerFailed;
}

/**
 * `switchboard sync`: every configured provider's calls into the store (`--db`), incrementally. The first run
 * backfills (from `--since`, or the whole history); later runs re-read from each provider's cursor minus the
 * lookback (default 48 h). Per provider: fetched, inserted, updated, unchanged and the new cursor.
 */
export const syncCommand: CliCommand = {
  register(program, { io, setExitCode }) {
    program
      .command("sync")
      .description(
        "Pull every provider's calls into the store (DuckDB file or PostgreSQL), incrementally: new calls inserted, changed ones updated, unchanged ones not written.",
      )
      .addOption(providerOption())
      .option(
        "--db <file|url>",
        "DuckDB file or postgres:// URL (default: DATABASE_URL, else ./switchboard.duckdb)",
      )
      .option(
        "--since <iso>",
        "first run (or --full): read calls started at or after this ISO 8601 time",
        parseInstant,
      )
      .option("--full", "ignore the cursors: read from --since (or the whole history) again")
      .addOption(
        new Option("--lookback <duration>", "re-read this far behind each cursor (e.g. 48h, 30m, 7d, PT48H)")
          .argParser(parseLookback)
          .default(48 * 3600_000, "48h"),
      )
      .option(
        "--concurrency <n|auto>",
        "requests in flight at once per provider: a whole number ≥ 1, or auto (the default)",
        parseConcurrency,
      )
      .addOption(formatOption(SYNC_FORMATS))
      .action(async (opts: SyncOptions) => {
        setExitCode(await sync(io, opts));
      });
  },
};
