import {
  type CallFilters,
  DIRECTIONS,
  PROVIDER_NAMES,
  parseFields,
  toInstant,
  UNIFIED_STATUSES,
} from "@switchboard/sdk";
import type { StoreCallFilters } from "@switchboard/store";
import { type Command, InvalidArgumentError, Option } from "commander";

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
  provider: string;
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

/** `-p, --provider <name>`: one provider of the registry, or `all` (every configured provider). */
export function providerOption(): Option {
  return new Option("-p, --provider <name>", "provider, or all configured providers").choices([
    ...PROVIDER_NAMES,
    "all",
  ]);
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
    providers: opts.provider && opts.provider !== "all" ? [opts.provider] : undefined,
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
