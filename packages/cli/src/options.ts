import {
  type CallFilters,
  DIRECTIONS,
  PROVIDER_NAMES,
  type ProviderName,
  parseFields,
  toInstant,
  UNIFIED_STATUSES,
} from "@switchboard/sdk";
import type { StoreCallFilters } from "@switchboard/store";
import { type Command, InvalidArgumentError, Option } from "commander";
import { closest } from "fastest-levenshtein";

/** `--limit`: a whole number ≥ 1. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError("must be a whole number ≥ 1");
  return n;
}

/**
 * `--concurrency`: a whole number ≥ 1, or `auto` (adaptive: 4 to start, 1–8, halved on each 429). The
 * requests in flight at once of each provider's client, and pages fetched at once where the list reports
 * a total.
 */
export function parseConcurrency(value: string): number | "auto" {
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number ≥ 1, or "auto"');
  return n;
}

/** `--since`/`--until`: ISO 8601, strictly (no roll-over of 2026-02-30, no trailing text); no offset = UTC. */
export function parseInstant(value: string): string {
  try {
    return toInstant("date", value);
  } catch {
    throw new InvalidArgumentError(
      "must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T08:00:00Z (no offset = UTC)",
    );
  }
}

/** `--fields`: comma-separated unified field paths. */
export function parseFieldList(value: string): string[] {
  try {
    return parseFields(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(/^fields: /, ""));
  }
}

/** The options of a listing (`calls list`, `calls summary`), as commander parses them. */
export interface ListingOptions {
  /** `--provider`, parsed: names of the registry, or `["all"]`. */
  provider?: string[];
  since?: string;
  until?: string;
  status?: CallFilters["status"];
  direction?: CallFilters["direction"];
  agent?: string;
  limit?: number;
  concurrency?: number | "auto";
  /** `--db`: read the store; `true` when given without a value. */
  db?: string | true;
}

/** The providers a command works on: some of the registry's, or `"all"` (every configured provider). */
export type ProviderSelection = readonly ProviderName[] | "all";

/**
 * One `--provider` value (`retell`, `retell,vapi`, `all`) added to the ones given before (the flag repeats):
 * the names in order, without repeats. An unknown name is a usage error naming the closest known one.
 * @throws {InvalidArgumentError} (commander's: exit 64) for an unknown or empty name.
 */
export function parseProviders(value: string, previous: readonly string[] | undefined): string[] {
  const names = [...(previous ?? [])];
  for (const raw of value.split(",")) {
    const name = raw.trim().toLowerCase();
    if (name !== "all" && !(PROVIDER_NAMES as readonly string[]).includes(name))
      throw new InvalidArgumentError(
        name === ""
          ? `an empty provider name; known: ${PROVIDER_NAMES.join(", ")}, all`
          : `unknown provider ${JSON.stringify(raw.trim())} (did you mean ${JSON.stringify(closest(name, [...PROVIDER_NAMES]))}?); known: ${PROVIDER_NAMES.join(", ")}, all`,
      );
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The selection of parsed `--provider` values: `"all"` when none was given or `all` is among them. */
export function selectionOf(providers: readonly string[] | undefined): ProviderSelection {
  return !providers || providers.length === 0 || providers.includes("all")
    ? "all"
    : (providers as readonly ProviderName[]);
}

/**
 * `-p, --provider <names>`: providers of the registry, as a comma list (`retell,vapi`), a repeated flag
 * (`-p retell -p vapi`) or `all` (every configured provider).
 */
export function providerOption(): Option {
  return new Option(
    "-p, --provider <names>",
    `providers, comma-separated or repeated, or all configured providers (${PROVIDER_NAMES.join(", ")}, all)`,
  ).argParser(parseProviders);
}

/**
 * Adds the unified filters (`--since`, `--until`, `--status`, `--direction`, `--agent`) to a command, and
 * `--provider` (optional: all providers) when it has none yet.
 */
export function addUnifiedFilters(command: Command): Command {
  if (!command.options.some((o) => o.long === "--provider")) command.addOption(providerOption());
  return command
    .option(
      "--since <iso>",
      "only calls started at or after this ISO 8601 time (no offset = UTC)",
      parseInstant,
    )
    .option(
      "--until <iso>",
      "only calls started at or before this ISO 8601 time (no offset = UTC)",
      parseInstant,
    )
    .addOption(
      new Option("-s, --status <status>", "only calls with this unified status").choices(UNIFIED_STATUSES),
    )
    .addOption(new Option("--direction <direction>", "only inbound or outbound calls").choices(DIRECTIONS))
    .option("--agent <id>", "only calls of this agent (the provider's agent id)");
}

/** {@link addUnifiedFilters} and `--limit`. */
export function addFilterOptions(command: Command): Command {
  return addUnifiedFilters(command).option(
    "-n, --limit <n>",
    "at most this many calls in total, newest first",
    parseLimit,
  );
}

/**
 * The store's filters (`@switchboard/store`) of parsed options: the same unified filters, on the stored
 * columns; `--provider all` (or none) is every provider.
 */
export function storeFiltersOf(opts: Partial<ListingOptions>): StoreCallFilters {
  return {
    providers: ((selection) => (selection === "all" ? undefined : [...selection]))(
      selectionOf(opts.provider),
    ),
    since: opts.since,
    until: opts.until,
    status: opts.status,
    direction: opts.direction,
    agentId: opts.agent,
    limit: opts.limit,
  };
}

/**
 * Adds `--provider` (a provider or `all`, required), the unified filters, `--limit`, `--concurrency` and `--db`
 * (read the store instead of the providers' APIs) to a listing command.
 */
export function addListingOptions(command: Command): Command {
  return addFilterOptions(command.addOption(providerOption().makeOptionMandatory()))
    .option(
      "--concurrency <n|auto>",
      "requests in flight at once per provider: a whole number ≥ 1, or auto (adaptive, the default: 4 to start, 1–8, halved on each 429)",
      parseConcurrency,
    )
    .option(
      "--db [file|url]",
      "read the store (kept by `switchboard sync`) instead of the APIs: a DuckDB file or postgres:// URL (no value: DATABASE_URL, else ./switchboard.duckdb)",
    );
}

/** The sdk filters of parsed listing options. */
export function filtersOf(opts: ListingOptions): CallFilters {
  return {
    since: opts.since,
    until: opts.until,
    status: opts.status,
    direction: opts.direction,
    agentId: opts.agent,
  };
}
