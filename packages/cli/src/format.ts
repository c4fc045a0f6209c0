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

/** Renders a summary: one row per provider; costs per currency, never added across currencies. */
export function renderSummaryTable(summary: CallsSummary): string {
  const table = new Table({
    head: ["provider", "calls", "duration", "p50", "p90", "cost", "status"],
    style: { head: [], border: [] },
  });
  for (const p of summary.providers) {
    table.push([
      p.provider,
      String(p.calls),
      formatDuration(p.durationMs),
      formatDuration(p.durationMsP50 ?? undefined),
      formatDuration(p.durationMsP90 ?? undefined),
      p.cost.map((c) => `${c.total} ${c.currency}`).join("\n") || "—",
      Object.entries(p.status)
        .map(([s, n]) => `${s} ${n}`)
        .join("\n") || "—",
    ]);
  }
  return table.toString();
}

/** Renders calls as a table (one row per call) with cli-table3; control characters in API data are shown escaped. */
export function renderTable(calls: Call[]): string {
  const table = new Table({
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
    style: { head: [], border: [] },
  });
  for (const call of calls) {
    table.push(
      [
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
      ].map(escapeControl),
    );
  }
  return table.toString();
}

/** Renders one call as a two-column table of its main fields; control characters in API data are shown escaped. */
export function renderCallTable(call: Call): string {
  const table = new Table({ style: { head: [], border: [] } });
  const rows: [string, string][] = [
    ["provider", call.provider],
    ["id", call.id],
    ["agent", call.agentName ? `${call.agentName} (${call.agentId})` : call.agentId],
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
        : call.transcript.map((t) => escapeControl(`${t.role}: ${t.text}`)).join("\n") || "—",
    ],
    ["warnings", call.warnings.map(escapeControl).join("\n") || "—"],
  ];
  // API data is shown with its control characters escaped (the transcript and warnings keep one line each).
  for (const [key, value] of rows) {
    table.push({ [key]: key === "transcript" || key === "warnings" ? value : escapeControl(value) });
  }
  return table.toString();
}

/** Renders rows under a header with cli-table3 (control characters in the values shown escaped). */
export function renderRows(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const table = new Table({ head: [...head], style: { head: [], border: [] } });
  for (const row of rows)
    table.push(
      row.map((v) =>
        escapeControl(
          v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v),
        ),
      ),
    );
  return table.toString();
}
