import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { reportData } from "@switchboard/store";
import { Option } from "commander";
import { type CliCommand, type CliIO, openStoreFor } from "../context.js";
import { addUnifiedFilters, type ListingOptions, providerOption, storeFiltersOf } from "../options.js";
import { renderReportHtml } from "../report/html.js";

interface ReportOptions extends Omit<ListingOptions, "db" | "limit" | "concurrency"> {
  db?: string;
  out: string;
}

async function report(io: CliIO, opts: ReportOptions): Promise<void> {
  const store = await openStoreFor(io, opts.db, { readOnly: true });
  let html: string;
  let total: number;
  try {
    const data = await reportData(store, { ...storeFiltersOf(opts), limit: undefined });
    html = renderReportHtml(data);
    total = data.totalCalls;
  } finally {
    await store.close();
  }
  const path = resolve(opts.out);
  await writeFile(path, html);
  io.stdout.write(`${path}\n`);
  io.stderr.write(
    `report of ${total} call${total === 1 ? "" : "s"} written (${(html.length / 1024).toFixed(0)} kB)\n`,
  );
}

/**
 * `switchboard report`: the calls in the store as one self-contained HTML dashboard (charts by Observable Plot,
 * inlined with the data aggregated by the store's SQL). Prints the file's path.
 */
export const reportCommand: CliCommand = {
  register(program, { io }) {
    const command = program
      .command("report")
      .description(
        "Write the calls in the store as one self-contained HTML dashboard (calls and cost per day, durations, end reasons, status, latency, warnings); prints its path.",
      )
      .addOption(
        new Option(
          "--db <file|url>",
          "DuckDB file or postgres:// URL (default: DATABASE_URL, else ./switchboard.duckdb)",
        ),
      )
      .addOption(providerOption());
    addUnifiedFilters(command)
      .option("-o, --out <file>", "the HTML file to write", "report.html")
      .action(async (opts: ReportOptions) => report(io, opts));
  },
};
