import { createHash } from "node:crypto";
import type { Call, WebhookCall } from "@switchboard/normalizer";

/** Where a stored call last came from: a pull (`switchboard sync`, the API's list) or a webhook delivery. */
export type CallSource = "pull" | "webhook";

/**
 * One row of the `calls` table as the store writes it: the unified scalars as typed columns (times as ISO
 * 8601 UTC strings, durations in milliseconds, cost in its own currency), the nested parts as JSON text, and
 * the provider's object untouched in `raw`. Column names are the snake_case of the unified fields (`from` and
 * `to` are `from_number` and `to_number`).
 */
export interface CallRow {
  provider: string;
  id: string;
  agent_id: string | null;
  agent_name: string | null;
  channel: string | null;
  direction: string | null;
  /** Unified status (`ended`, `in_progress`, …). */
  status: string | null;
  /** The provider's own status value. */
  status_raw: string | null;
  from_number: string | null;
  to_number: string | null;
  /** ISO 8601 UTC. */
  started_at: string | null;
  /** ISO 8601 UTC. */
  ended_at: string | null;
  /** Milliseconds. */
  duration_ms: number | null;
  end_reason: string | null;
  end_reason_raw: string | null;
  /** In `cost_currency` (an ISO 4217 code, or `credits`); never converted. */
  cost_total: number | null;
  cost_currency: string | null;
  turn_count: number | null;
  interruptions: number | null;
  /** `full` or `summary` (see the unified model). */
  detail: string | null;
  transcript: string | null;
  cost_breakdown: string | null;
  recording: string | null;
  latency: string | null;
  usage: string | null;
  analysis: string | null;
  stack: string | null;
  metadata: string | null;
  warnings: string;
  raw: string;
  /** SHA-256 of the unified call: equal hashes mean nothing changed. */
  content_hash: string;
}

/** The typed and JSON columns of `calls`, in table order (the row, without the sync metadata). */
export const CALL_COLUMNS = [
  "provider",
  "id",
  "agent_id",
  "agent_name",
  "channel",
  "direction",
  "status",
  "status_raw",
  "from_number",
  "to_number",
  "started_at",
  "ended_at",
  "duration_ms",
  "end_reason",
  "end_reason_raw",
  "cost_total",
  "cost_currency",
  "turn_count",
  "interruptions",
  "detail",
  "transcript",
  "cost_breakdown",
  "recording",
  "latency",
  "usage",
  "analysis",
  "stack",
  "metadata",
  "warnings",
  "raw",
  "content_hash",
] as const satisfies readonly (keyof CallRow)[];

/** The columns of {@link CALL_COLUMNS} that hold JSON. */
export const JSON_COLUMNS: ReadonlySet<string> = new Set([
  "transcript",
  "cost_breakdown",
  "recording",
  "latency",
  "usage",
  "analysis",
  "stack",
  "metadata",
  "warnings",
  "raw",
]);

/** The timestamp columns of {@link CALL_COLUMNS}. */
export const TIME_COLUMNS: ReadonlySet<string> = new Set(["started_at", "ended_at"]);
/** The whole-number columns of {@link CALL_COLUMNS}. */
export const INTEGER_COLUMNS: ReadonlySet<string> = new Set(["duration_ms", "turn_count", "interruptions"]);

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * The change detector of a row: SHA-1 (hex) of its columns as written (the JSON columns as serialized, in the
 * normalizer's own key order). Equal hashes mean nothing changed. Not a security hash: it only tells a changed
 * call from an unchanged one, cheaply (a call is hashed once, from the text that is written anyway).
 */
export function rowHash(row: Omit<CallRow, "content_hash">): string {
  const hash = createHash("sha1");
  for (const column of CALL_COLUMNS) {
    if (column === "content_hash") continue;
    const value = row[column];
    hash.update(value === null ? "\u0000" : String(value));
    hash.update("\u0001");
  }
  return hash.digest("hex");
}

/** A unified call → its `calls` row (lossless: {@link rowToCall} gives the same call back). */
export function callToRow(call: Call | (WebhookCall & Partial<Call>)): CallRow {
  const row: Omit<CallRow, "content_hash"> & { content_hash?: string } = {
    provider: call.provider,
    id: call.id,
    agent_id: call.agentId ?? null,
    agent_name: call.agentName ?? null,
    channel: call.channel ?? null,
    direction: call.direction ?? null,
    status: call.status?.unified ?? null,
    status_raw: call.status?.raw ?? null,
    from_number: call.from ?? null,
    to_number: call.to ?? null,
    started_at: call.startedAt ?? null,
    ended_at: call.endedAt ?? null,
    duration_ms: call.durationMs ?? null,
    end_reason: call.endReason?.unified ?? null,
    end_reason_raw: call.endReason?.raw ?? null,
    cost_total: call.cost?.total ?? null,
    cost_currency: call.cost?.currency ?? null,
    turn_count: call.turnCount ?? null,
    interruptions: call.interruptions ?? null,
    detail: call.detail ?? null,
    transcript: json(call.transcript),
    cost_breakdown: json(call.cost?.breakdown),
    recording: json(call.recording),
    latency: json(call.latency),
    usage: json(call.usage),
    analysis: json(call.analysis),
    stack: json(call.stack),
    metadata: json(call.metadata),
    warnings: JSON.stringify(call.warnings ?? []),
    raw: JSON.stringify(call.raw ?? {}),
  };
  row.content_hash = rowHash(row);
  return row as CallRow;
}

/** A value read back from a JSON column: engines hand JSON out as text (DuckDB) or parsed (PostgreSQL). */
const parsed = (value: unknown): unknown =>
  value === null || value === undefined ? undefined : typeof value === "string" ? JSON.parse(value) : value;

const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
const int = (value: unknown): number | undefined =>
  value === null || value === undefined ? undefined : Number(value);

/**
 * A `calls` row as read back (times as ISO 8601 UTC strings, JSON parsed or as text) → the unified call.
 * Fields the row does not have are absent, as in the unified model (absent means "not known").
 */
export function rowToCall(row: Record<string, unknown>): Call {
  const call: Record<string, unknown> = {
    provider: row.provider,
    id: row.id,
    agentId: text(row.agent_id),
    agentName: text(row.agent_name),
    channel: text(row.channel),
    direction: text(row.direction),
    status:
      row.status === null || row.status === undefined
        ? undefined
        : { unified: row.status, ...(row.status_raw == null ? {} : { raw: row.status_raw }) },
    from: text(row.from_number),
    to: text(row.to_number),
    startedAt: text(row.started_at),
    endedAt: text(row.ended_at),
    durationMs: int(row.duration_ms),
    endReason:
      row.end_reason == null ? undefined : { unified: row.end_reason, raw: text(row.end_reason_raw) ?? "" },
    detail: text(row.detail),
    transcript: parsed(row.transcript),
    recording: parsed(row.recording),
    cost:
      row.cost_total == null
        ? undefined
        : {
            total: Number(row.cost_total),
            currency: row.cost_currency,
            breakdown: parsed(row.cost_breakdown) ?? {},
          },
    latency: parsed(row.latency),
    usage: parsed(row.usage),
    analysis: parsed(row.analysis),
    stack: parsed(row.stack),
    interruptions: int(row.interruptions),
    turnCount: int(row.turn_count),
    metadata: parsed(row.metadata) ?? {},
    raw: parsed(row.raw) ?? {},
    warnings: parsed(row.warnings) ?? [],
  };
  for (const key of Object.keys(call)) if (call[key] === undefined) delete call[key];
  return call as unknown as Call;
}

/** How far a unified status is along a call's life: a call never goes back (ended → ringing). */
const STATUS_RANK: Record<string, number> = {
  unknown: 0,
  queued: 1,
  ringing: 2,
  in_progress: 3,
  ended: 4,
  not_connected: 4,
  error: 4,
};
const DETAIL_RANK: Record<string, number> = { summary: 0, full: 1 };

/** What the store keeps of a stored call to decide a merge. */
export interface StoredVersion {
  content_hash: string;
  detail: string | null;
  status: string | null;
}

/** The outcome of offering a call to the store: written as new, written over the stored one, or not written. */
export type MergeOutcome = "insert" | "update" | "unchanged";

/**
 * The merge rule of the store, for a call offered (by a pull or a webhook) where `stored` may already be:
 *
 * 1. No stored call: `insert`.
 * 2. The same content (equal {@link rowHash}): `unchanged` — nothing is written, `updated_at` stays.
 * 3. A fuller record wins: a `detail: "summary"` record (a list row without the conversation) never replaces a
 *    `detail: "full"` one: `unchanged`.
 * 4. Newer provider data wins over older: a call's status only moves forward (queued → ringing → in progress
 *    → ended / not connected / error), so a record whose unified status is earlier than the stored one is an
 *    older view (a late status webhook after the end-of-call report, a pull that raced it): `unchanged`.
 * 5. Otherwise the offered record is the newer view of the call (analysis, cost and recording arrive after the
 *    end): `update`.
 */
export function mergeOutcome(
  offered: { content_hash: string; detail: string | null; status: string | null },
  stored: StoredVersion | undefined,
): MergeOutcome {
  if (!stored) return "insert";
  if (stored.content_hash === offered.content_hash) return "unchanged";
  if ((DETAIL_RANK[offered.detail ?? ""] ?? 0) < (DETAIL_RANK[stored.detail ?? ""] ?? 0)) return "unchanged";
  if ((STATUS_RANK[offered.status ?? ""] ?? 0) < (STATUS_RANK[stored.status ?? ""] ?? 0)) return "unchanged";
  return "update";
}

/**
 * A webhook's view of a call laid over the stored call: the event's fields replace the stored ones where the
 * event has them (absent in a webhook means "not in this event", never "none"); `raw` becomes the event's call
 * object, `warnings` the union; `detail` is `full` once a transcript is known (never back to summary), else
 * `summary` (the unified model's `Detail`, specs/unified.yaml). An event whose status is earlier than
 * the stored one (a late delivery) only fills in fields the stored call lacks.
 */
export function overlayWebhookCall(stored: Call | undefined, event: WebhookCall): Call {
  const base: Record<string, unknown> = stored ? { ...stored } : { metadata: {}, warnings: [] };
  // An event whose status is earlier than the stored one is older news (a late delivery): it only fills in
  // what the stored call lacks.
  const older =
    stored?.status !== undefined &&
    event.status !== undefined &&
    (STATUS_RANK[event.status.unified] ?? 0) < (STATUS_RANK[stored.status.unified] ?? 0);
  for (const [key, value] of Object.entries(event)) {
    if (value === undefined || key === "warnings") continue;
    if (older && base[key] !== undefined) continue;
    if (key === "detail" && stored?.detail === "full") continue;
    if (key === "metadata" && stored?.metadata) {
      base.metadata = { ...stored.metadata, ...(value as Record<string, unknown>) };
      continue;
    }
    base[key] = value;
  }
  if (!older) base.warnings = [...new Set([...(stored?.warnings ?? []), ...(event.warnings ?? [])])];
  // `detail` as the unified model defines it: `full` when the record carries the conversation.
  if (base.transcript !== undefined) base.detail = "full";
  else base.detail ??= "summary";
  return base as unknown as Call;
}
