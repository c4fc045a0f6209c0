import { CallsSummarizer, type CallsSummary, csvLines } from "@switchboard/sdk";
import { Option } from "commander";
import { type CliCommand, type CliIO, finishListing, group, openListing, reportFailure } from "../context.js";
import { renderSummaryTable } from "../format.js";
import { addListingOptions, type ListingOptions } from "../options.js";

/** Output formats of `calls summary`. */
export const SUMMARY_FORMATS = ["table", "json", "csv"] as const;

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
  io: CliIO,
  opts: ListingOptions & { format: (typeof SUMMARY_FORMATS)[number] },
): Promise<number> {
  const summarizer = new CallsSummarizer();
  const { stream, close } = await openListing(io, opts, {
    order: opts.limit === undefined ? "arrival" : "newest",
    onError: (failure, providers) => {
      if (providers > 1) reportFailure(io, failure);
    },
  });
  for (const provider of stream.providers) summarizer.addProvider(provider);
  try {
    for await (const call of stream) summarizer.add(call);
  } finally {
    await close();
  }
  const failed = new Set(stream.errors.map((e) => e.provider));
  const result = summarizer.result(
    stream.errors.map((e) => ({ provider: e.provider, message: e.error.message })),
  );
  const code = finishListing(stream);
  const summary: CallsSummary = {
    ...result,
    providers: result.providers.filter((p) => !failed.has(p.provider)),
  };
  if (opts.format === "json") io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else if (opts.format === "csv") io.stdout.write(summaryCsv(summary));
  else io.stdout.write(`${renderSummaryTable(summary)}\n`);
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
      .addOption(
        new Option("-f, --format <format>", "output format").choices(SUMMARY_FORMATS).default("table"),
      )
      .action(async (opts) => {
        setExitCode(await summarize(io, opts));
      });
  },
};
