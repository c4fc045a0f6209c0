import {
  CALL_FIELDS,
  type Call,
  callToCsv,
  csvLines,
  DEFAULT_CSV_FIELDS,
  type ProviderFailure,
  pickFields,
} from "@switchboard/sdk";
import { Option } from "commander";
import {
  type CliCommand,
  type CliIO,
  finishListing,
  group,
  openListing,
  reportFailure,
  writeOut,
} from "../context.js";
import { renderTable } from "../format.js";
import { addListingOptions, type ListingOptions, parseFieldList } from "../options.js";

/** Output formats of `calls list`. */
export const LIST_FORMATS = ["table", "json", "ndjson", "csv"] as const;
type ListFormat = (typeof LIST_FORMATS)[number];

/** Calls `calls list` prints without `--limit` or `--all` (gh lists 30, the Stripe CLI 10). */
export const DEFAULT_LIST_LIMIT = 50;

async function listCalls(
  io: CliIO,
  opts: ListingOptions & {
    format: ListFormat;
    fields?: string[];
    order: "newest" | "arrival";
    all?: boolean;
  },
): Promise<number> {
  const progress = io.stderr.isTTY === true;
  const clearProgress = () => progress && io.stderr.write("\r\x1b[2K");
  // One call more than printed tells whether more exist.
  const limit = opts.all ? undefined : (opts.limit ?? DEFAULT_LIST_LIMIT);
  let more = false;
  let printed = 0;
  const { stream, close } = await openListing(
    io,
    { ...opts, limit: limit === undefined ? undefined : limit + 1 },
    {
      order: opts.order,
      onError: (failure: ProviderFailure, providers: number) => {
        if (providers === 1) return; // rethrown by finishListing, with its own exit code
        clearProgress();
        reportFailure(io, failure);
      },
    },
  );
  const counts = new Map<string, number>(stream.providers.map((p) => [p, 0]));
  const fields = opts.fields;
  const csvFields = fields ?? DEFAULT_CSV_FIELDS;
  const out = (call: Call) => (fields ? pickFields(call, fields) : call);
  const collected: Call[] = [];
  if (opts.format === "csv") io.stdout.write(csvLines([], csvFields));
  try {
    for await (const call of stream) {
      if (limit !== undefined && printed >= limit) {
        more = true;
        break;
      }
      printed++;
      counts.set(call.provider, (counts.get(call.provider) ?? 0) + 1);
      if (progress)
        io.stderr.write(`\rfetching calls… ${[...counts].map(([p, n]) => `${p} ${n}`).join(", ")}`);
      if (opts.format === "ndjson") await writeOut(io, `${JSON.stringify(out(call))}\n`);
      else if (opts.format === "csv") await writeOut(io, callToCsv(call, csvFields));
      else collected.push(call);
    }
  } finally {
    await close();
  }
  clearProgress();
  if (opts.format === "json") io.stdout.write(`${JSON.stringify(collected.map(out), null, 2)}\n`);
  if (opts.format === "table") io.stdout.write(`${renderTable(collected)}\n`);
  // The footer goes to stderr (stdout stays data): how many and from where for a person at a terminal, and in
  // any case whether the listing was cut by the limit.
  const from = stream.providers.filter((p) => !stream.errors.some((e) => e.provider === p));
  if ((opts.format === "table" && io.stderr.isTTY === true) || more)
    io.stderr.write(
      `${printed} call${printed === 1 ? "" : "s"} from ${from.join(", ") || "no provider"}${more ? ` (more exist: --limit <n> or --all)` : ""}\n`,
    );
  return finishListing(stream);
}

/** `switchboard calls list`: every call of one provider or all, newest first, as table/JSON/NDJSON/CSV. */
export const callsList: CliCommand = {
  register(program, { io, setExitCode }) {
    const command = group(program, "calls", "Work with call records.")
      .command("list")
      .description(
        `List calls, normalized, newest first: ${DEFAULT_LIST_LIMIT} by default (--limit <n>, or --all; \`switchboard sync\` keeps them all). --provider all merges every configured provider.`,
      );
    addListingOptions(command)
      .addOption(new Option("--all", "every call (no limit)").conflicts("limit"))
      .addOption(new Option("-f, --format <format>", "output format").choices(LIST_FORMATS).default("table"))
      .addOption(
        new Option(
          "--order <order>",
          "newest: newest first across providers (k-way merge); arrival: as pages arrive, unordered, flat memory",
        )
          .choices(["newest", "arrival"])
          .default("newest"),
      )
      .option(
        "--fields <paths>",
        `comma-separated unified field paths for csv/json/ndjson, e.g. provider,id,status.unified,cost.total (known: ${CALL_FIELDS.join(", ")})`,
        parseFieldList,
      )
      .action(async (opts) => {
        setExitCode(await listCalls(io, opts));
      });
  },
};
