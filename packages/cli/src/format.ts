import type { Call, CallsSummary } from "@switchboard/sdk";
import Table from "cli-table3";
import { escapeControl } from "./sanitize.js";

/** `123456` ms → `2m 03s`; `undefined` → `—`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "—";
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m}m ${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}

/** `{ total: 0.0822, currency: "USD" }` → `0.0822 USD` (unrounded, as the provider gave it). */
export function formatCost(call: Call): string {
  return call.cost ? `${call.cost.total} ${call.cost.currency}` : "—";
}

/** Turns: the transcript's, else the count the provider reported (`turnCount`), else `—`. */
function turns(call: Call): string {
  if (call.transcript !== undefined) return String(call.transcript.length);
  return call.turnCount === undefined ? "—" : String(call.turnCount);
}

/**
 * What a table shows: a header and rows of cells (text; a cell may hold several lines). One grid is drawn
 * either as a box table for a person ({@link renderGrid} `"table"`) or as tab-separated rows for a pipe
 * (`"tsv"`, like gh).
 */
export interface Grid {
  head: readonly string[];
  rows: readonly (readonly string[])[];
}

/** How a grid is drawn: `width` is the terminal's width in columns (a table wider than it is wrapped). */
export interface GridStyle {
  format: "table" | "tsv";
  width?: number | undefined;
}

/** The narrowest a column is squeezed to when a table is fitted to the terminal, padding included. */
const MIN_COLUMN = 8;

/**
 * Column widths (cli-table3's, padding included) that fit `grid` into `width` terminal columns: each column
 * as wide as its longest line, then the widest column narrowed one at a time until the table (with its
 * borders) fits or every column is at its floor (its header, at least {@link MIN_COLUMN}).
 */
export function fitColumns(grid: Grid, width: number): number[] {
  const widest = (cell: string) => Math.max(0, ...cell.split("\n").map((line) => line.length));
  const widths = grid.head.map(
    (h, i) => Math.max(widest(h), ...grid.rows.map((row) => widest(row[i] ?? ""))) + 2,
  );
  const floor = grid.head.map((h) => Math.max(MIN_COLUMN, Math.min(h.length + 2, 16)));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + widths.length + 1;
  while (total() > width) {
    let candidate = -1;
    for (let i = 0; i < widths.length; i++)
      if (
        (widths[i] as number) > (floor[i] as number) &&
        (candidate < 0 || (widths[i] as number) > (widths[candidate] as number))
      )
        candidate = i;
    if (candidate < 0) break;
    widths[candidate] = (widths[candidate] as number) - 1;
  }
  return widths;
}

/**
 * Draws a grid. `"table"`: a cli-table3 box table; with `width`, no wider than the terminal (long cells are
 * wrapped, never cut). `"tsv"`: one line per row, cells separated by tabs, no header and no box drawing (as
 * gh prints into a pipe), a tab or newline inside a cell shown as `\t` / `\n`. Control characters from API
 * data are shown escaped in both.
 */
export function renderGrid(grid: Grid, style: GridStyle): string {
  if (style.format === "tsv")
    return grid.rows
      .map(
        (row) =>
          `${row.map((cell) => escapeControl(cell.replace(/\t/g, "\\t").replace(/\n/g, "\\n"))).join("\t")}\n`,
      )
      .join("");
  const safe = grid.rows.map((row) => row.map((cell) => cell.split("\n").map(escapeControl).join("\n")));
  const fitted =
    style.width === undefined ? undefined : fitColumns({ head: grid.head, rows: safe }, style.width);
  const table = new Table({
    head: [...grid.head],
    style: { head: [], border: [] },
    ...(fitted ? { colWidths: fitted, wordWrap: true, wrapOnWordBoundary: false } : {}),
  });
  for (const row of safe) table.push([...row]);
  return `${table.toString()}\n`;
}

/** The grid of a summary: one row per provider; costs per currency, never added across currencies. */
export function summaryGrid(summary: CallsSummary): Grid {
  return {
    head: ["provider", "calls", "duration", "p50", "p90", "cost", "status"],
    rows: summary.providers.map((p) => [
      p.provider,
      String(p.calls),
      formatDuration(p.durationMs),
      formatDuration(p.durationMsP50 ?? undefined),
      formatDuration(p.durationMsP90 ?? undefined),
      p.cost.map((c) => `${c.total} ${c.currency}`).join("\n") || "—",
      Object.entries(p.status)
        .map(([s, n]) => `${s} ${n}`)
        .join("\n") || "—",
    ]),
  };
}

/** The grid of a listing: one row per call (provider, id, start in UTC, status, channel, direction, …). */
export function callsGrid(calls: readonly Call[]): Grid {
  return {
    head: [
      "provider",
      "id",
      "started (UTC)",
      "status",
      "channel",
      "direction",
      "duration",
      "cost",
      "turns",
      "end reason",
    ],
    rows: calls.map((call) => [
      call.provider,
      call.id,
      call.startedAt ? call.startedAt.replace("T", " ").replace(/\.\d{3}Z$/, "Z") : "—",
      call.status.unified === call.status.raw || !call.status.raw
        ? call.status.unified
        : `${call.status.unified} (${call.status.raw})`,
      call.channel,
      call.direction ?? "—",
      formatDuration(call.durationMs),
      formatCost(call),
      turns(call),
      call.endReason ? call.endReason.unified : "—",
    ]),
  };
}

/** The grid of one call: a `field` / `value` row per main field, the transcript one turn per line. */
export function callGrid(call: Call): Grid {
  return {
    head: ["field", "value"],
    rows: [
      ["provider", call.provider],
      ["id", call.id],
      ["agent", call.agentName ? `${call.agentName} (${call.agentId})` : (call.agentId ?? "—")],
      ["channel / direction", `${call.channel} / ${call.direction ?? "—"}`],
      ["status", `${call.status.unified}${call.status.raw ? ` (raw: ${call.status.raw})` : ""}`],
      ["from → to", `${call.from ?? "—"} → ${call.to ?? "—"}`],
      ["started / ended", `${call.startedAt ?? "—"} / ${call.endedAt ?? "—"}`],
      [
        "duration",
        call.durationMs === undefined ? "—" : `${call.durationMs} ms (${formatDuration(call.durationMs)})`,
      ],
      ["end reason", call.endReason ? `${call.endReason.unified} (raw: ${call.endReason.raw})` : "—"],
      ["cost", formatCost(call)],
      [
        "transcript",
        call.transcript === undefined
          ? "— (a summary record: the list gave no transcript)"
          : call.transcript.map((t) => `${t.role}: ${t.text.replace(/\n/g, " ")}`).join("\n") || "—",
      ],
      ["warnings", call.warnings.map((w) => w.replace(/\n/g, " ")).join("\n") || "—"],
    ],
  };
}

/** The grid of rows under a header (`sync`, `db sql`): `null`/`undefined` as `—`, objects as JSON. */
export function rowsGrid(head: readonly string[], rows: readonly (readonly unknown[])[]): Grid {
  return {
    head,
    rows: rows.map((row) =>
      row.map((v) =>
        v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v),
      ),
    ),
  };
}

/** Renders calls as a box table (one row per call), as `calls list` shows them on a terminal. */
export function renderTable(calls: readonly Call[], width?: number): string {
  return renderGrid(callsGrid(calls), { format: "table", width });
}

/** Renders one call as a two-column box table of its main fields, as `calls get` shows it on a terminal. */
export function renderCallTable(call: Call, width?: number): string {
  return renderGrid(callGrid(call), { format: "table", width });
}

/** Renders a summary as a box table, one row per provider, as `calls summary` shows it on a terminal. */
export function renderSummaryTable(summary: CallsSummary, width?: number): string {
  return renderGrid(summaryGrid(summary), { format: "table", width });
}
