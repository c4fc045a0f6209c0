import { CallsSummarizer, type CallsSummary, csvLines } from "@switchboard/sdk";
import {
  type CliCommand,
  type CliIO,
  finishListing,
  group,
  openListing,
  reportFailure,
  writeOut,
} from "../context.js";
import { summaryGrid } from "../format.js";
import { addListingOptions, type ListingOptions } from "../options.js";
import { formatOption, outputFormat, outputOption, renderFor, withOutput } from "../output.js";
import { startProgress } from "../progress.js";

/** Output formats of `calls summary`. */
export const SUMMARY_FORMATS = ["table", "tsv", "json", "csv"] as const;

/**
 * CSV of a summary: one row per provider; columns `provider`, `calls`, `durationMs`, `durationMsP50`,
 * `durationMsP90`, then `cost.<currency>` and `status.<unified>` for every currency and status that occurs.
 */
function summaryCsv(summary: CallsSummary): string {
  const currencies = [...new Set(summary.providers.flatMap((p) => p.cost.map((c) => c.currency)))].sort();
  const statuses = [...new Set(summary.providers.flatMap((p) => Object.keys(p.status)))].sort();
  const header = [
    "provider",
    "calls",
    "durationMs",
    "durationMsP50",
    "durationMsP90",
    ...currencies.map((c) => `cost.${c}`),
    ...statuses.map((s) => `status.${s}`),
  ];
  const rows = summary.providers.map((p) => [
    p.provider,
    p.calls,
    p.durationMs,
    p.durationMsP50,
    p.durationMsP90,
    ...currencies.map((c) => p.cost.find((x) => x.currency === c)?.total),
    ...statuses.map((s) => p.status[s] ?? 0),
  ]);
  return csvLines(rows, header);
}

async function summarize(
  terminal: CliIO,
  opts: ListingOptions & { format?: (typeof SUMMARY_FORMATS)[number]; output?: string },
): Promise<number> {
  const format = outputFormat(terminal, opts, SUMMARY_FORMATS);
  const summarizer = new CallsSummarizer();
  let seen = 0;
  const progress = startProgress(terminal, () => `summarizing calls… ${seen}`);
  const { io, close: closeOutput } = await withOutput(terminal, opts.output);
  try {
    const { stream, close } = await openListing(io, opts, {
      order: opts.limit === undefined ? "arrival" : "newest",
      onError: (failure, providers) => {
        if (providers > 1) reportFailure(io, failure);
      },
    });
    for (const provider of stream.providers) summarizer.addProvider(provider);
    try {
      for await (const call of stream) {
        summarizer.add(call);
        seen++;
      }
    } finally {
      await close();
      progress.stop();
    }
    return await printSummary(io, summarizer, stream, format);
  } finally {
    progress.stop();
    await closeOutput();
  }
}

async function printSummary(
  io: CliIO,
  summarizer: CallsSummarizer,
  stream: Awaited<ReturnType<typeof openListing>>["stream"],
  format: (typeof SUMMARY_FORMATS)[number],
): Promise<number> {
  const failed = new Set(stream.errors.map((e) => e.provider));
  const result = summarizer.result(
    stream.errors.map((e) => ({ provider: e.provider, message: e.error.message })),
  );
  const code = finishListing(stream);
  const summary: CallsSummary = {
    ...result,
    providers: result.providers.filter((p) => !failed.has(p.provider)),
  };
  if (format === "json") await writeOut(io, `${JSON.stringify(summary, null, 2)}\n`);
  else if (format === "csv") await writeOut(io, summaryCsv(summary));
  else await writeOut(io, renderFor(io, summaryGrid(summary), format));
  return code;
}

/**
 * `switchboard calls summary`: per provider, the number of calls, total duration, cost totals per
 * currency, counts per unified status and p50/p90 duration (nearest rank), over the filtered calls.
 */
export const callsSummary: CliCommand = {
  register(program, { io, setExitCode }) {
    const command = group(program, "calls", "Work with call records.")
      .command("summary")
      .description(
        "Per provider: calls, total duration, cost per currency, calls per status, p50/p90 duration (nearest rank).",
      );
    addListingOptions(command)
      .addOption(formatOption(SUMMARY_FORMATS))
      .addOption(outputOption())
      .action(async (opts) => {
        setExitCode(await summarize(io, opts));
      });
  },
};
