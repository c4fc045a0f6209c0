import { callToCsv, csvLines, DEFAULT_CSV_FIELDS, PROVIDER_NAMES, type ProviderName } from "@switchboard/sdk";
import { Option } from "commander";
import { type CliCommand, connect, group, writeOut } from "../context.js";
import { callGrid, callsGrid, renderGrid } from "../format.js";
import {
  formatOption,
  OUTPUT_FORMATS,
  type OutputFormat,
  outputFormat,
  outputOption,
  renderFor,
  withOutput,
} from "../output.js";

/**
 * `switchboard calls get <id> --provider <name>`: one call, normalized (or as the provider sent it, with
 * `--raw`), in the formats of `calls list`: a field/value table on a terminal, one tab-separated row (the
 * columns of `calls list`) into a pipe, or JSON, NDJSON, CSV.
 */
export const callsGet: CliCommand = {
  register(program, { io: terminal }) {
    group(program, "calls", "Work with call records.")
      .command("get")
      .description("Get one call, normalized (or as the provider sent it, with --raw).")
      .argument("<id>", "the provider's call id (ThinnestAI: a whole number)")
      .addOption(
        new Option("-p, --provider <name>", "provider").choices(PROVIDER_NAMES).makeOptionMandatory(),
      )
      .option("--raw", "print the provider's call object (JSON) instead of the unified call")
      .addOption(formatOption(OUTPUT_FORMATS))
      .addOption(outputOption())
      .action(
        async (
          id: string,
          opts: { provider: ProviderName; raw?: boolean; format?: OutputFormat; output?: string },
        ) => {
          const call = await connect(terminal, [opts.provider]).getCall(opts.provider, id, {
            signal: terminal.signal,
          });
          const format = opts.raw ? "json" : outputFormat(terminal, opts, OUTPUT_FORMATS);
          const { io, close } = await withOutput(terminal, opts.output);
          try {
            if (opts.raw) await writeOut(io, `${JSON.stringify(call.raw, null, 2)}\n`);
            else if (format === "json") await writeOut(io, `${JSON.stringify(call, null, 2)}\n`);
            else if (format === "ndjson") await writeOut(io, `${JSON.stringify(call)}\n`);
            else if (format === "csv")
              await writeOut(io, csvLines([], DEFAULT_CSV_FIELDS) + callToCsv(call, DEFAULT_CSV_FIELDS));
            else if (format === "tsv") await writeOut(io, renderGrid(callsGrid([call]), { format: "tsv" }));
            else await writeOut(io, renderFor(io, callGrid(call), "table"));
          } finally {
            await close();
          }
        },
      );
  },
};
