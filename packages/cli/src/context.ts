import {
  type CallStream,
  createSwitchboard,
  type ProviderFailure,
  type SwitchboardClient,
} from "@switchboard/sdk";
import type { Command } from "commander";
import { EXIT, failureLine } from "./errors.js";

/** Where the CLI reads its configuration and writes its output; the real process by default. */
export interface CliIO {
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean | undefined };
  /** Cancels running requests (Ctrl-C). */
  signal?: AbortSignal | undefined;
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
 * The sdk client for `--provider <name>` (only that provider; its variables must be set) or `all` (every
 * provider whose variables are set); `concurrency` (`--concurrency`) goes to every provider's client.
 * @throws {ConfigurationError} (exit 2).
 */
export function connect(
  io: CliIO,
  provider: string,
  concurrency?: number | "auto" | undefined,
): SwitchboardClient {
  return createSwitchboard({
    env: io.env,
    ...(provider === "all" ? {} : { only: [provider] }),
    ...(concurrency === undefined ? {} : { concurrency }),
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
