import { InvalidArgumentError } from "@switchboard/core";
import {
  type CallStream,
  createSwitchboard,
  PROVIDERS,
  type ProviderFailure,
  type SwitchboardClient,
} from "@switchboard/sdk";
import { openStore, resolveStoreLocation, type Store } from "@switchboard/store";
import type { Command } from "commander";
import { EXIT, failureLine } from "./errors.js";
import {
  filtersOf,
  type ListingOptions,
  type ProviderSelection,
  selectionOf,
  storeFiltersOf,
} from "./options.js";
import type { ResolvedSettings } from "./settings.js";

/** A terminal-like output: `isTTY` and `columns` as a Node TTY stream has them. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** A terminal (tables and progress for a person) rather than a pipe or a file (tab-separated rows). */
  isTTY?: boolean | undefined;
  /** The terminal's width in columns; tables are fitted to it. */
  columns?: number | undefined;
}

/** Where the CLI reads its configuration and writes its output; the real process by default. */
export interface CliIO {
  env: Record<string, string | undefined>;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Cancels running requests (Ctrl-C). */
  signal?: AbortSignal | undefined;
  /** The global flags of this run (`--api-key`, `--debug`), set by the program before a command runs. */
  flags?: GlobalFlags | undefined;
}

/** The global flags of `switchboard` that reach the sdk client. */
export interface GlobalFlags {
  /** `--api-key`: the API key of the one provider selected (wins over the environment and the profile). */
  apiKey?: string | undefined;
  /** `--debug`: each HTTP request and response line on stderr (method, URL, status, duration, request id). */
  debug?: boolean | undefined;
}

/** A stdout that can say when its buffer has drained (a Node `Writable` such as `process.stdout`). */
interface DrainingOutput {
  once(event: "drain" | "close" | "error", listener: () => void): unknown;
  off(event: "drain" | "close" | "error", listener: () => void): unknown;
}

/**
 * Writes `chunk` to stdout and, when stdout's buffer is full (`write` returned `false`: a slow reader, as in
 * `switchboard calls list -f ndjson | slow-consumer`), waits until it drains, closes, errors or the run is
 * cancelled. So a listing is held back by its reader instead of buffering every call in memory.
 */
export async function writeOut(io: CliIO, chunk: string): Promise<void> {
  if (io.stdout.write(chunk) !== false) return;
  const out = io.stdout as Partial<DrainingOutput>;
  if (typeof out.once !== "function" || typeof out.off !== "function") return;
  const signal = io.signal;
  if (signal?.aborted) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"] as const) out.off?.(event, done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    for (const event of ["drain", "close", "error"] as const) out.once?.(event, done);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** What a command gets: the IO, and where to put its exit code (0 unless set). */
export interface CliContext {
  io: CliIO;
  /** Sets the exit code of the run (e.g. {@link EXIT.providerFailed} after a partial failure). */
  setExitCode(code: number): void;
  /** The run's settings: the profile in use, and where each variable came from (env, profile, --api-key). */
  settings(): ResolvedSettings;
  /** The whole program (for `completion`, which describes every command). */
  program: Command;
}

/** One `switchboard` command, defined in its own file under `src/commands/` and listed in `commands/index.ts`. */
export interface CliCommand {
  /** Adds the command to the program (under its group, see {@link group}). */
  register(program: Command, context: CliContext): void;
}

/** The sub-command `name` of `program` (e.g. `calls`, `webhooks`), created with `description` if new. */
export function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

/**
 * The environment variable `--api-key` stands for: the API key variable of the one selected provider;
 * `undefined` without `--api-key`.
 * @throws {InvalidArgumentError} (exit 64) for `--api-key` without exactly one `--provider`, or for a provider
 *   that has no API key credential.
 */
export function apiKeyVariable(io: CliIO, providers: ProviderSelection): string | undefined {
  if (io.flags?.apiKey === undefined) return undefined;
  if (providers === "all" || providers.length !== 1)
    throw new InvalidArgumentError(
      "--api-key needs exactly one --provider (it is that provider's key); for several, use environment variables or a profile (switchboard config set)",
      { argument: "--api-key" },
    );
  const credential = PROVIDERS.find((d) => d.name === providers[0])?.credentials.find(
    (c) => c.option === "apiKey",
  );
  if (!credential)
    throw new InvalidArgumentError(`--api-key: ${providers[0]} has no API key credential`, {
      argument: "--api-key",
    });
  return credential.env;
}

/**
 * The sdk client for `--provider <name>` (only that provider; its variables must be set) or `all` (every
 * provider whose variables are set); `concurrency` (`--concurrency`) goes to every provider's client, and
 * `fetchImpl` (e.g. a request counter for a progress line) replaces their `fetch`. `--api-key` becomes the
 * one selected provider's key; `--debug` logs every request and response line (redacted) on stderr.
 * @throws {ConfigurationError} (exit 2).
 * @throws {InvalidArgumentError} (exit 64) for `--api-key` without exactly one `--provider`.
 */
export function connect(
  io: CliIO,
  providers: ProviderSelection,
  concurrency?: number | "auto" | undefined,
  fetchImpl?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined,
): SwitchboardClient {
  const apiKey = apiKeyVariable(io, providers);
  const env = apiKey ? { ...io.env, [apiKey]: io.flags?.apiKey } : io.env;
  const debug = io.flags?.debug === true;
  const line = (level: string) => (message: string) => io.stderr.write(`${level}: ${message}\n`);
  return createSwitchboard({
    env,
    ...(providers === "all" ? {} : { only: [...providers] }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    ...(debug
      ? {
          logLevel: "debug" as const,
          logger: { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") },
        }
      : {}),
  });
}

/**
 * The exit code after a listing: 0 when every provider answered; with one provider, its error's code (the
 * error is rethrown); with several, {@link EXIT.providerFailed} after one stderr line per failed provider.
 */
export function finishListing(stream: CallStream): number {
  const failures: readonly ProviderFailure[] = stream.errors;
  if (failures.length === 0) return EXIT.ok;
  if (stream.providers.length === 1) throw (failures[0] as ProviderFailure).error;
  return EXIT.providerFailed;
}

/** Writes the stderr line of a failed provider (as soon as it fails). */
export function reportFailure(io: CliIO, failure: ProviderFailure): void {
  io.stderr.write(`${failureLine(failure)}\n`);
}

/**
 * Opens the store of `--db` (a DuckDB file or a `postgres://` URL; the flag without a value, or no flag, means
 * `DATABASE_URL` when set, else `./switchboard.duckdb`). Errors name the flag or the variable, never a password.
 * @throws {StoreOpenError} / {StoreLockedError} / {StoreVersionError} (exit 2).
 */
export function openStoreFor(
  io: CliIO,
  db: string | boolean | undefined,
  options: { readOnly?: boolean } = {},
): Promise<Store> {
  const { location, source } = resolveStoreLocation(typeof db === "string" ? db : undefined, io.env);
  return openStore(location, {
    source: source === "default" ? "--db (default ./switchboard.duckdb)" : source,
    readOnly: options.readOnly,
  });
}

/**
 * The calls of a listing command (`calls list`, `calls summary`): from the providers' APIs through the sdk, or,
 * with `--db`, from the store with the same filters, order (newest first) and `--limit`. `close()` releases the
 * store. Provider failures (API only) go to `onError` as they happen.
 */
export async function openListing(
  io: CliIO,
  opts: ListingOptions,
  listing: { order: "newest" | "arrival"; onError: (failure: ProviderFailure, providers: number) => void },
): Promise<{ stream: CallStream; close(): Promise<void> }> {
  if (opts.db === undefined) {
    const sb = connect(io, selectionOf(opts.provider), opts.concurrency);
    // A list with neither an order nor a time filter is read whole before its newest call is known: say so.
    if (listing.order === "newest")
      for (const name of sb.providers)
        if (sb.descriptor(name).listing.newest === "sorted")
          io.stderr.write(
            `${name}: its list has no order and no time filter, so newest-first reads its whole history before the first call (--order arrival streams it)\n`,
          );
    const stream = sb.iterateCalls({
      ...filtersOf(opts),
      limit: opts.limit,
      order: listing.order,
      signal: io.signal,
      onError: (failure) => listing.onError(failure, sb.providers.length),
    });
    return { stream, close: async () => {} };
  }
  const store = await openStoreFor(io, opts.db, { readOnly: true });
  const selection = selectionOf(opts.provider);
  const providers = selection === "all" ? Object.keys(await store.countCalls()) : [...selection];
  const calls = store.iterateCalls(storeFiltersOf(opts));
  const stream: CallStream = {
    errors: [],
    providers,
    [Symbol.asyncIterator]: () => calls[Symbol.asyncIterator](),
  };
  return { stream, close: () => store.close() };
}
