/**
 * The report as one self-contained HTML file: Observable Plot and d3 (their UMD builds, read from this
 * package's dependencies) and the aggregated data are inlined; nothing is fetched when the file is opened.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import type { ReportData } from "@switchboard/store";

const requireHere = createRequire(import.meta.url);

/**
 * A file of an installed package by its path in the package: both packages export their UMD build only under
 * the `umd` condition, so the file is found beside the package's main entry (`<root>/dist/…` or `<root>/src/…`).
 */
function packageFile(name: string, file: string): string {
  const entry = requireHere.resolve(name);
  const root =
    entry.slice(0, entry.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules${sep}`.length) +
    name.split("/").join(sep);
  return readFileSync(join(root, file), "utf8");
}

/** The UMD builds inlined into every report (d3 first: Plot's UMD build reads the global `d3`). */
function libraries(): string {
  const d3 = packageFile("d3", "dist/d3.min.js");
  const plot = packageFile("@observablehq/plot", "dist/plot.umd.min.js");
  // A `</script` inside a library would end the inline script early.
  return `${d3}\n${plot}`.replace(/<\/script/gi, "<\\/script");
}

/** Text for HTML: `<`, `>`, `&`, `"` escaped. */
const escapeHtml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);
/** JSON for a `<script type="application/json">`: `<` escaped so `</script>` in data cannot close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The page's script: draws each chart with Plot from the inlined data, and its table (the text alternative). */
const SCRIPT = String.raw`
const data = JSON.parse(document.getElementById("report-data").textContent);
// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const providers = data.summary.map((p) => p.provider);
const color = { legend: true, domain: providers, range: PALETTE };
const ms = (v) => (v == null ? "—" : v >= 60000 ? (v / 60000).toFixed(1) + " min" : (v / 1000).toFixed(1) + " s");
const fmt = (v) => (v == null ? "—" : String(v));
// Every chart as wide as the page (Plot's default is 640 px), with room for slanted day labels.
const WIDTH = Math.max(480, Math.min(1060, document.body.clientWidth - 20));
const dayAxis = { label: "Day (UTC)", type: "band", tickRotate: -35, labelOffset: 62 };
/** A count axis: whole numbers only (no 0.5 calls). */
const countAxis = (label, max) => ({ label, grid: true, ticks: Math.max(1, Math.min(10, max)), tickFormat: "d" });
Plot.plot = ((plot) => (options) => plot({ width: WIDTH, ...options }))(Plot.plot);

function table(columns, rows) {
  const t = document.createElement("table");
  t.innerHTML = "<thead><tr>" + columns.map((c) => "<th scope=col>" + c + "</th>").join("") + "</tr></thead>";
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const cell of row) {
      const td = document.createElement("td");
      if (cell && typeof cell === "object" && cell.href) {
        const a = document.createElement("a");
        a.href = cell.href;
        a.textContent = "recording";
        a.rel = "noopener";
        td.append(a);
      } else td.textContent = fmt(cell);
      tr.append(td);
    }
    body.append(tr);
  }
  t.append(body);
  return t;
}

function chart(id, build, columns, rows, empty) {
  const figure = document.getElementById(id);
  const holder = figure.querySelector(".chart");
  if (rows.length === 0) {
    holder.textContent = empty || "No data for this chart in the selected calls.";
    holder.classList.add("empty");
  } else holder.append(build());
  figure.append(table(columns, rows));
}

if (data.totalCalls === 0) {
  document.getElementById("empty").hidden = false;
  for (const f of document.querySelectorAll("figure")) f.hidden = true;
} else {
  const perDay = new Map();
  for (const d of data.callsPerDay) perDay.set(d.day, (perDay.get(d.day) || 0) + d.calls);
  chart("calls-per-day", () => Plot.plot({
    marginBottom: 70,
    x: dayAxis,
    y: countAxis("Calls", Math.max(...perDay.values())),
    color,
    marks: [Plot.barY(data.callsPerDay, { x: "day", y: "calls", fill: "provider", title: (d) => d.provider + " " + d.day + ": " + d.calls + " calls" }), Plot.ruleY([0])],
  }), ["day (UTC)", "provider", "calls"], data.callsPerDay.map((d) => [d.day, d.provider, d.calls]));

  const currencies = [...new Set(data.costPerDay.map((d) => d.currency))];
  chart("cost-per-day", () => {
    const div = document.createElement("div");
    // One chart per currency: currencies are never added together; credits stay credits.
    for (const currency of currencies)
      div.append(Plot.plot({
        title: "Cost per day, " + currency,
        marginBottom: 70,
        x: dayAxis,
        y: { label: "Cost (" + currency + ")", grid: true },
        marks: [Plot.barY(data.costPerDay.filter((d) => d.currency === currency), { x: "day", y: "cost", fill: PALETTE[0], title: (d) => d.day + ": " + d.cost + " " + currency }), Plot.ruleY([0])],
      }));
    return div;
  }, ["day (UTC)", "currency", "cost"], data.costPerDay.map((d) => [d.day, d.currency, d.cost]));

  const stats = new Map(data.summary.map((p) => [p.provider, p]));
  chart("durations", () => Plot.plot({
    caption: "Bins of " + ms(data.binMs) + "; p50 dashed, p90 dotted (nearest rank).",
    x: { label: "Duration (minutes)", grid: true },
    y: { label: "Calls" },
    fy: { label: "Provider" },
    color,
    marks: [
      Plot.rectY(data.durationBins, { x1: (d) => d.startMs / 60000, x2: (d) => (d.startMs + data.binMs) / 60000, y: "calls", fy: "provider", fill: "provider", title: (d) => d.provider + " " + ms(d.startMs) + "–" + ms(d.startMs + data.binMs) + ": " + d.calls + " calls" }),
      Plot.ruleX(data.summary.filter((p) => p.durationMsP50 != null), { x: (p) => p.durationMsP50 / 60000, fy: "provider", stroke: "#000", strokeDasharray: "4,2", title: (p) => "p50 " + ms(p.durationMsP50) }),
      Plot.ruleX(data.summary.filter((p) => p.durationMsP90 != null), { x: (p) => p.durationMsP90 / 60000, fy: "provider", stroke: "#000", strokeDasharray: "1,2", title: (p) => "p90 " + ms(p.durationMsP90) }),
    ],
  }), ["provider", "calls", "total duration (ms)", "p50 (ms)", "p90 (ms)", "cost", "status"], data.summary.map((p) => [p.provider, p.calls, p.durationMs, p.durationMsP50, p.durationMsP90, p.cost.map((c) => c.total + " " + c.currency).join(", ") || "—", Object.entries(p.status).map(([s, n]) => s + " " + n).join(", ")]));

  chart("end-reasons", () => Plot.plot({
    caption: "Top 10 per provider, the rest as other; hover a bar for the provider's raw values.",
    x: { label: "Calls", grid: true },
    y: { label: null },
    fy: { label: "Provider" },
    color,
    marginLeft: 110,
    marks: [Plot.barX(data.endReasons, { y: "endReason", x: "calls", fy: "provider", fill: "provider", title: (d) => d.provider + " " + d.endReason + ": " + d.calls + " calls (raw: " + (d.raw || "—") + ")" })],
  }), ["provider", "end reason", "calls", "raw values"], data.endReasons.map((d) => [d.provider, d.endReason, d.calls, d.raw || "—"]));

  chart("statuses", () => Plot.plot({
    x: { label: "Calls", grid: true },
    y: { label: "Provider" },
    color: { legend: true, range: PALETTE },
    marks: [Plot.barX(data.statuses, { y: "provider", x: "calls", fill: "status", title: (d) => d.provider + " " + d.status + ": " + d.calls + " calls" }), Plot.ruleX([0])],
  }), ["provider", "status", "calls"], data.statuses.map((d) => [d.provider, d.status, d.calls]));

  chart("latency", () => Plot.plot({
    caption: "Per provider, over each call's end-to-end p50: the p50 (circle) and p90 (diamond), where the provider reports latency.",
    x: { label: "Latency (ms)", grid: true },
    y: { label: "Provider" },
    marks: [
      Plot.ruleY(data.latency, { y: "provider", x1: "p50", x2: "p90", stroke: "#999" }),
      Plot.dot(data.latency, { y: "provider", x: "p50", fill: PALETTE[0], r: 5, title: (d) => d.provider + " p50 " + d.p50 + " ms" }),
      Plot.dot(data.latency, { y: "provider", x: "p90", fill: PALETTE[5], r: 5, symbol: "diamond", title: (d) => d.provider + " p90 " + d.p90 + " ms" }),
    ],
  }), ["provider", "calls reporting", "p50 (ms)", "p90 (ms)"], data.latency.map((d) => [d.provider, d.calls, d.p50, d.p90]), "No provider of the selected calls reports latency.");

  chart("warnings", () => Plot.plot({
    x: { label: "Warnings", grid: true },
    y: { label: null },
    color,
    marginLeft: 160,
    marks: [Plot.barX(data.warnings, { y: "path", x: "count", fill: "provider", title: (d) => d.provider + " " + d.path + ": " + d.count }), Plot.ruleX([0])],
  }), ["provider", "field", "warnings"], data.warnings.map((d) => [d.provider, d.path, d.count]), "No normalization warnings: every value was mapped.");

  const callRow = (c) => [c.provider, c.id, c.agentId, c.startedAt, ms(c.durationMs), c.cost == null ? "—" : c.cost + " " + c.currency, c.recordingUrl ? { href: c.recordingUrl } : "—"];
  const columns = ["provider", "id", "agent", "started (UTC)", "duration", "cost", "recording"];
  document.getElementById("most-expensive").append(table(columns, data.mostExpensive.map(callRow)));
  document.getElementById("longest").append(table(columns, data.longest.map(callRow)));
}
document.body.dataset.rendered = "true";
`;

/**
 * The report page for `data`: a title with the filters and totals, the seven charts each with its table, and
 * the top-20 tables (most expensive, longest). Legible when printed (charts keep their size, tables break
 * across pages).
 */
export function renderReportHtml(data: ReportData): string {
  const f = data.filters;
  const scope = [
    f.providers?.length ? `providers ${f.providers.join(", ")}` : "every provider",
    f.since ? `from ${f.since}` : undefined,
    f.until ? `until ${f.until}` : undefined,
    f.status ? `status ${f.status}` : undefined,
    f.direction ? f.direction : undefined,
    f.agentId ? `agent ${f.agentId}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  const figure = (id: string, title: string) =>
    `<figure id="${id}"><h2>${escapeHtml(title)}</h2><div class="chart"></div></figure>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Switchboard report — ${escapeHtml(scope)}</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #111; }
  h1 { margin-bottom: 0.2rem; } .meta { color: #555; margin-top: 0; }
  figure { margin: 2rem 0; break-inside: avoid; } figure h2, section h2 { font-size: 1.15rem; }
  .chart.empty { padding: 1rem; background: #f4f4f4; color: #555; }
  table { border-collapse: collapse; margin-top: 0.75rem; font-size: 12px; }
  th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
  td { font-variant-numeric: tabular-nums; }
  #empty { padding: 2rem; font-size: 1.2rem; background: #f4f4f4; }
  @media print { body { margin: 0; max-width: none; } figure, table { break-inside: auto; } a { color: inherit; } }
</style>
</head>
<body>
<h1>Switchboard report</h1>
<p class="meta">${escapeHtml(scope)} · ${data.totalCalls} calls · generated ${escapeHtml(data.generatedAt)} · times in UTC, durations in minutes or seconds, costs in their own currency</p>
<p id="empty" hidden>No calls match this selection (${escapeHtml(scope)}): nothing to chart.</p>
${figure("calls-per-day", "Calls per day")}
${figure("cost-per-day", "Cost per day, per currency")}
${figure("durations", "Call duration per provider")}
${figure("end-reasons", "Unified end reasons")}
${figure("statuses", "Unified status")}
${figure("latency", "Latency p50 / p90 (ms)")}
${figure("warnings", "Normalization warnings per provider and field")}
<section><h2>The 20 most expensive calls</h2><div id="most-expensive"></div></section>
<section><h2>The 20 longest calls</h2><div id="longest"></div></section>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${libraries()}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
