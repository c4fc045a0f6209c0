import { createRequire } from "node:module";
import type { Call } from "@switchboard/normalizer";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ConfigError, describeError, EXIT } from "./errors.js";
import { FORMATS, type Format, renderCallTable, renderTable } from "./format.js";
import { type CliProvider, type ListFilters, PROVIDERS } from "./providers/index.js";

/** Where the CLI reads its configuration and writes its output; the real process by default. */
export interface CliIO {
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean | undefined };
  /** Cancels running requests (Ctrl-C). */
  signal?: AbortSignal | undefined;
}

/** This package's version, from its package.json. */
const VERSION: string = createRequire(import.meta.url)("@switchboard/cli/package.json").version;

const STATUSES = ["queued", "ringing", "in_progress", "ended", "not_connected", "error", "unknown"];

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number ≥ 1");
  return n;
}

function parseSince(value: string): string {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new InvalidArgumentError("must be an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z");
  }
  return new Date(ms).toISOString();
}

/** Resolves `--provider` to the providers to query; checks their environment variables. */
function selectProviders(name: string, env: CliIO["env"]): CliProvider[] {
  const missing = (p: CliProvider) => p.requiredEnv.filter((v) => !env[v]);
  if (name === "all") {
    const configured = Object.values(PROVIDERS).filter((p) => missing(p).length === 0);
    if (configured.length === 0) {
      const names = Object.values(PROVIDERS)
        .map((p) => `${p.name}: ${p.requiredEnv.join(" + ")}`)
        .join("; ");
      throw new ConfigError(`no provider is configured; set the API keys of at least one (${names})`);
    }
    return configured;
  }
  const provider = PROVIDERS[name] as CliProvider;
  const unset = missing(provider);
  if (unset.length > 0) {
    throw new ConfigError(
      `${unset.join(" and ")} ${unset.length > 1 ? "are" : "is"} not set (needed for --provider ${name})`,
    );
  }
  return [provider];
}

/** Chronological order by `startedAt`; calls without a start time last, then by provider and id. */
export function byStartedAt(a: Call, b: Call): number {
  if (a.startedAt !== b.startedAt) {
    if (a.startedAt === undefined) return 1;
    if (b.startedAt === undefined) return -1;
    return a.startedAt < b.startedAt ? -1 : 1;
  }
  return a.provider === b.provider
    ? a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : 0
    : a.provider < b.provider
      ? -1
      : 1;
}

async function listCalls(
  io: CliIO,
  opts: { provider: string; limit?: number; status?: string; since?: string; format: Format },
): Promise<void> {
  const providers = selectProviders(opts.provider, io.env);
  const filters: ListFilters = { status: opts.status, since: opts.since };
  const counts = new Map<string, number>(providers.map((p) => [p.name, 0]));
  const progress = io.stderr.isTTY === true;
  const showProgress = () => {
    if (!progress) return;
    const parts = [...counts].map(([name, n]) => `${name} ${n}`).join(", ");
    io.stderr.write(`\rfetching calls… ${parts}`);
  };
  const keep = (call: Call) =>
    (!opts.status || call.status.unified === opts.status) &&
    (!opts.since || (call.startedAt !== undefined && call.startedAt >= opts.since));
  const stream = opts.format === "ndjson";
  const collected: Call[] = [];

  await Promise.all(
    providers.map(async (provider) => {
      const connection = provider.connect(io.env);
      let kept = 0;
      for await (const call of connection.iterate(filters, { signal: io.signal })) {
        if (!keep(call)) continue;
        kept++;
        counts.set(provider.name, kept);
        showProgress();
        if (stream) io.stdout.write(`${JSON.stringify(call)}\n`);
        else collected.push(call);
        if (opts.limit !== undefined && kept >= opts.limit) break;
      }
    }),
  );
  if (progress) io.stderr.write("\r\x1b[2K");
  if (stream) return;
  collected.sort(byStartedAt);
  const calls = opts.limit === undefined ? collected : collected.slice(0, opts.limit);
  if (opts.format === "json") io.stdout.write(`${JSON.stringify(calls, null, 2)}\n`);
  else {
    io.stdout.write(`${renderTable(calls)}\n`);
    io.stdout.write(
      `${calls.length} call${calls.length === 1 ? "" : "s"} from ${providers.map((p) => p.name).join(", ")}\n`,
    );
  }
}

async function getCall(
  io: CliIO,
  id: string,
  opts: { provider: string; raw?: boolean; format: "json" | "table" },
) {
  const [provider] = selectProviders(opts.provider, io.env) as [CliProvider];
  const { raw, call } = await provider.connect(io.env).get(id, { signal: io.signal });
  if (opts.raw) io.stdout.write(`${JSON.stringify(raw, null, 2)}\n`);
  else if (opts.format === "table") io.stdout.write(`${renderCallTable(call)}\n`);
  else io.stdout.write(`${JSON.stringify(call, null, 2)}\n`);
}

/** Builds the `switchboard` command tree (commander). */
export function createProgram(io: CliIO): Command {
  const providerNames = Object.keys(PROVIDERS);
  const program = new Command("switchboard")
    .description("List and get voice-AI calls from several providers as one unified Call.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  const envHelp = Object.values(PROVIDERS)
    .map(
      (p) => `  ${p.name.padEnd(11)} ${[...p.requiredEnv, ...p.optionalEnv.map((v) => `[${v}]`)].join(" ")}`,
    )
    .join("\n");
  program.addHelpText("after", `\nEnvironment (API keys and base URLs):\n${envHelp}\n`);

  const calls = program.command("calls").description("Work with call records.");
  calls
    .command("list")
    .description(
      "List calls, every page, normalized. --provider all merges every configured provider, by start time.",
    )
    .addOption(
      new Option("-p, --provider <name>", "provider")
        .choices([...providerNames, "all"])
        .makeOptionMandatory(),
    )
    .option("-n, --limit <n>", "at most this many calls (per provider, then in total)", parseLimit)
    .addOption(new Option("-s, --status <status>", "only calls with this unified status").choices(STATUSES))
    .option("--since <iso>", "only calls started at or after this ISO 8601 time", parseSince)
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"))
    .action((opts) => listCalls(io, opts));
  calls
    .command("get")
    .description("Get one call, normalized (or as the provider sent it, with --raw).")
    .argument("<id>", "the provider's call id")
    .addOption(new Option("-p, --provider <name>", "provider").choices(providerNames).makeOptionMandatory())
    .option("--raw", "print the provider's call object instead of the unified call")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["json", "table"]).default("json"),
    )
    .action((id: string, opts) => getCall(io, id, opts));
  return program;
}

/**
 * Runs `switchboard` with `argv` (without `node` and the script) and returns the exit code: 0 on success,
 * 64 on bad usage, 2 when an API key is missing, and one code per error class (see `EXIT`). Errors are
 * printed as one line on stderr; API keys never appear in them.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { code, message } = describeError(error);
    io.stderr.write(`${message}\n`);
    return code;
  }
}
