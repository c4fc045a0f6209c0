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
import { callsGrid, renderGrid } from "../format.js";
import { addListingOptions, type ListingOptions, parseFieldList } from "../options.js";
import {
  formatOption,
  OUTPUT_FORMATS,
  type OutputFormat,
  outputFormat,
  outputOption,
  renderFor,
  withOutput,
} from "../output.js";
import { startProgress } from "../progress.js";

/** Output formats of `calls list`. */
export const LIST_FORMATS = OUTPUT_FORMATS;

/** Calls `calls list` prints without `--limit` or `--all` (gh lists 30, the Stripe CLI 10). */
export const DEFAULT_LIST_LIMIT = 50;

async function listCalls(
  terminal: CliIO,
  opts: ListingOptions & {
    format?: OutputFormat;
    output?: string;
    fields?: string[];
    order: "newest" | "arrival";
    all?: boolean;
  },
): Promise<number> {
  const format = outputFormat(terminal, opts, OUTPUT_FORMATS);
  const { io, close: closeOutput } = await withOutput(terminal, opts.output);
  const counts = new Map<string, number>();
  const progress = startProgress(
    io,
    () => `fetching calls… ${[...counts].map(([p, n]) => `${p} ${n}`).join(", ") || "0"}`,
  );
  // One call more than printed tells whether more exist.
  const limit = opts.all ? undefined : (opts.limit ?? DEFAULT_LIST_LIMIT);
  let more = false;
  let printed = 0;
  try {
    const { stream, close } = await openListing(
      io,
      { ...opts, limit: limit === undefined ? undefined : limit + 1 },
      {
        order: opts.order,
        onError: (failure: ProviderFailure, providers: number) => {
          if (providers === 1) return; // rethrown by finishListing, with its own exit code
          reportFailure(io, failure);
        },
      },
    );
    for (const p of stream.providers) counts.set(p, 0);
    const fields = opts.fields;
    const csvFields = fields ?? DEFAULT_CSV_FIELDS;
    const out = (call: Call) => (fields ? pickFields(call, fields) : call);
    const collected: Call[] = [];
    if (format === "csv") await writeOut(io, csvLines([], csvFields));
    try {
      for await (const call of stream) {
        if (limit !== undefined && printed >= limit) {
          more = true;
          break;
        }
        printed++;
        counts.set(call.provider, (counts.get(call.provider) ?? 0) + 1);
        if (format === "ndjson") await writeOut(io, `${JSON.stringify(out(call))}\n`);
        else if (format === "csv") await writeOut(io, callToCsv(call, csvFields));
        else if (format === "tsv") await writeOut(io, renderGrid(callsGrid([call]), { format: "tsv" }));
        else collected.push(call);
      }
    } finally {
      await close();
    }
    progress.stop();
    if (format === "json") await writeOut(io, `${JSON.stringify(collected.map(out), null, 2)}\n`);
    // An empty table under a provider's failure says nothing: the failure line on stderr is the output.
    if (format === "table" && (collected.length > 0 || stream.errors.length === 0))
      await writeOut(io, renderFor(io, callsGrid(collected), "table"));
    // The footer goes to stderr (stdout stays data): how many and from where for a person at a terminal, and in
    // any case whether the listing was cut by the limit. Nothing is printed for providers that all failed.
    const from = stream.providers.filter((p) => !stream.errors.some((e) => e.provider === p));
    if ((terminal.stderr.isTTY === true && from.length > 0) || more)
      io.stderr.write(
        `${printed} call${printed === 1 ? "" : "s"} from ${from.join(", ") || "no provider"}${more ? ` (more exist: --limit <n> or --all)` : ""}\n`,
      );
    return finishListing(stream);
  } finally {
    progress.stop();
    await closeOutput();
  }
}

/** `switchboard calls list`: the newest calls of one provider or several, as table/TSV/JSON/NDJSON/CSV. */
export const callsList: CliCommand = {
  register(program, { io, setExitCode }) {
    const command = group(program, "calls", "Work with call records.")
      .command("list")
      .description(
        `List calls, normalized, newest first: ${DEFAULT_LIST_LIMIT} by default (--limit <n>, or --all; \`switchboard sync\` keeps them all). --provider all merges every configured provider.`,
      );
    addListingOptions(command)
      .addOption(new Option("--all", "every call (no limit)").conflicts("limit"))
      .addOption(formatOption(LIST_FORMATS))
      .addOption(outputOption())
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
