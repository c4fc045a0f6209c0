import type { Call } from "@switchboard/normalizer";
import { stringify } from "csv-stringify/sync";
import { invalidArgument } from "./errors.js";

/**
 * The unified field paths a CSV column or a `--fields` entry may name, in dotted form (specs/unified.yaml,
 * `Call`). Scalar leaves print as themselves; objects and arrays (`transcript`, `metadata`, `cost.breakdown`,
 * …) as JSON text.
 */
export const CALL_FIELDS = [
  "provider",
  "id",
  "agentId",
  "agentName",
  "channel",
  "direction",
  "status.unified",
  "status.raw",
  "from",
  "to",
  "startedAt",
  "endedAt",
  "durationMs",
  "endReason.unified",
  "endReason.raw",
  "detail",
  "turnCount",
  "interruptions",
  "cost.total",
  "cost.currency",
  "cost.breakdown",
  "recording.url",
  "recording.durationMs",
  "transcript",
  "latency",
  "usage",
  "analysis",
  "stack",
  "metadata",
  "warnings",
  "raw",
  "status",
  "endReason",
  "cost",
  "recording",
] as const;

/** The columns of a CSV export when none are chosen. */
export const DEFAULT_CSV_FIELDS: readonly string[] = [
  "provider",
  "id",
  "agentId",
  "channel",
  "direction",
  "status.unified",
  "status.raw",
  "from",
  "to",
  "startedAt",
  "endedAt",
  "durationMs",
  "endReason.unified",
  "cost.total",
  "cost.currency",
  "detail",
  "turnCount",
];

/**
 * Parses a comma-separated field list (`provider,id,status.unified`).
 * @throws {InvalidArgumentError} (field `fields`) for an empty list or a path that is not in {@link CALL_FIELDS}.
 */
export function parseFields(list: string): string[] {
  const fields = list
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length === 0) throw invalidArgument("fields", "names no field");
  const known = new Set<string>(CALL_FIELDS);
  const unknown = fields.filter((f) => !known.has(f));
  if (unknown.length > 0)
    throw invalidArgument(
      "fields",
      `unknown field ${unknown.map((f) => JSON.stringify(f)).join(", ")}; known: ${CALL_FIELDS.join(", ")}`,
    );
  return fields;
}

/** The value at a dotted path of a call (`status.unified`), or `undefined`. */
export function fieldValue(call: Call, path: string): unknown {
  let node: unknown = call;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of the call with only `fields` (nested as in the call: `status.unified` → `{ status: { unified } }`). */
export function pickFields(call: Call, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of fields) {
    const value = fieldValue(call, path);
    if (value === undefined) continue;
    const keys = path.split(".");
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return out;
}

/** A CSV cell: `""` for absent, the text of a string/number/boolean, JSON for objects and arrays. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * RFC 4180 CSV lines (CRLF, quoted where needed, by csv-stringify) for `rows` of cells; with `header`,
 * the field names first.
 */
export function csvLines(rows: unknown[][], header?: readonly string[]): string {
  const records = rows.map((row) => row.map(csvCell));
  return stringify(header ? [[...header], ...records] : records, { record_delimiter: "windows" });
}

/** The CSV row of one call (no header). */
export function callToCsv(call: Call, fields: readonly string[]): string {
  return csvLines([fields.map((f) => fieldValue(call, f))]);
}
