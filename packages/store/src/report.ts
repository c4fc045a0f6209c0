/**
 * The figures of `switchboard report`, aggregated by the store's SQL (DuckDB or PostgreSQL), never by reading
 * every call into JavaScript: each query returns a few rows per provider, day or currency.
 */
import type { Store, StoreCallFilters } from "./store.js";
import { whereOf } from "./store.js";

/** One call of the report's top-20 tables. */
export interface ReportCall {
  provider: string;
  id: string;
  agentId: string | null;
  /** ISO 8601 UTC. */
  startedAt: string | null;
  /** Milliseconds. */
  durationMs: number | null;
  /** In `currency`. */
  cost: number | null;
  currency: string | null;
  recordingUrl: string | null;
}

/** A provider's totals, the same figures as `switchboard calls summary` (`CallsSummary.providers[]`). */
export interface ReportProviderSummary {
  provider: string;
  calls: number;
  /** Sum of `duration_ms`, milliseconds. */
  durationMs: number;
  /** Nearest-rank median duration (`percentile_disc`), ms; null when no call has a duration. */
  durationMsP50: number | null;
  /** Nearest-rank 90th percentile duration, ms. */
  durationMsP90: number | null;
  /** Totals per currency (never added across currencies; Butter's credits stay credits). */
  cost: { currency: string; total: number }[];
  /** Calls per unified status. */
  status: Record<string, number>;
}

/** Everything a report shows, aggregated. Days are UTC dates `YYYY-MM-DD`; durations and latencies in ms. */
export interface ReportData {
  /** ISO 8601 UTC: when it was aggregated. */
  generatedAt: string;
  filters: StoreCallFilters;
  /** Calls matching the filters. */
  totalCalls: number;
  summary: ReportProviderSummary[];
  callsPerDay: { day: string; provider: string; calls: number }[];
  costPerDay: { day: string; currency: string; cost: number }[];
  /** Duration histogram: calls per provider in `[startMs, startMs + binMs)`. */
  durationBins: { provider: string; startMs: number; calls: number }[];
  /** Width of a duration bin, ms. */
  binMs: number;
  /** Unified end reasons per provider: the 10 most frequent, the rest as `other`; `raw` lists the provider's values. */
  endReasons: { provider: string; endReason: string; calls: number; raw: string }[];
  statuses: { provider: string; status: string; calls: number }[];
  /** End-to-end latency per provider, over the calls that report it: nearest-rank p50/p90 of each call's p50, ms. */
  latency: { provider: string; calls: number; p50: number; p90: number }[];
  /** Normalization warnings per provider and field path (the text before the first `:`). */
  warnings: { provider: string; path: string; count: number }[];
  mostExpensive: ReportCall[];
  longest: ReportCall[];
}

const DAY_MS = 86_400_000;
const day = (n: unknown) => new Date(Number(n) * DAY_MS).toISOString().slice(0, 10);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** Rounded to 10 decimal places, as `CallsSummarizer` rounds cost totals (binary floating point noise). */
const round10 = (n: number) => Math.round(n * 1e10) / 1e10;

/** A bin width for `maxMs`: a "nice" number of seconds or minutes giving at most ~20 bins. */
function binWidth(maxMs: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].map((s) => s * 1000);
  return steps.find((s) => maxMs / s <= 20) ?? Math.ceil(maxMs / 20 / 3_600_000) * 3_600_000;
}

/**
 * Aggregates the report of the calls matching `filters` in the store's SQL.
 * @throws {StoreError} when a query fails.
 */
export async function reportData(store: Store, filters: StoreCallFilters = {}): Promise<ReportData> {
  const { engine } = store;
  const { where, params } = whereOf(filters);
  const and = (condition: string) => (where ? `${where} AND ${condition}` : ` WHERE ${condition}`);
  const q = (sql: string) => engine.query(sql, params);
  const dayOf = `CAST(floor(${engine.epochMs("started_at")} / ${DAY_MS}) AS BIGINT)`;

  const [totals, durations, costs, statuses] = [
    await q(
      `SELECT provider, COUNT(*) AS calls, COALESCE(SUM(duration_ms), 0) AS duration_ms,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_ms) AS p50,
        percentile_disc(0.9) WITHIN GROUP (ORDER BY duration_ms) AS p90
       FROM calls${where} GROUP BY provider ORDER BY provider`,
    ),
    await q(`SELECT MAX(duration_ms) AS max_ms FROM calls${and("duration_ms IS NOT NULL")}`),
    await q(
      `SELECT provider, cost_currency AS currency, SUM(cost_total) AS total FROM calls${and("cost_total IS NOT NULL")} GROUP BY provider, cost_currency ORDER BY provider, cost_currency`,
    ),
    await q(
      `SELECT provider, status, COUNT(*) AS calls FROM calls${where} GROUP BY provider, status ORDER BY provider, status`,
    ),
  ];
  const binMs = binWidth(Number(durations[0]?.max_ms ?? 0) || 60_000);
  // percentile_disc over no non-null values is NULL: the nearest rank of the calls that have a duration.
  const summary: ReportProviderSummary[] = totals.map((r) => ({
    provider: String(r.provider),
    calls: Number(r.calls),
    durationMs: Number(r.duration_ms),
    durationMsP50: num(r.p50),
    durationMsP90: num(r.p90),
    cost: costs
      .filter((c) => c.provider === r.provider)
      .map((c) => ({ currency: String(c.currency), total: round10(Number(c.total)) })),
    status: Object.fromEntries(
      statuses
        .filter((s) => s.provider === r.provider)
        .map((s) => [String(s.status ?? "unknown"), Number(s.calls)]),
    ),
  }));

  const callsPerDay = (
    await q(
      `SELECT ${dayOf} AS day, provider, COUNT(*) AS calls FROM calls${and("started_at IS NOT NULL")} GROUP BY 1, 2 ORDER BY 1, 2`,
    )
  ).map((r) => ({ day: day(r.day), provider: String(r.provider), calls: Number(r.calls) }));
  const costPerDay = (
    await q(
      `SELECT ${dayOf} AS day, cost_currency AS currency, SUM(cost_total) AS cost FROM calls${and("started_at IS NOT NULL AND cost_total IS NOT NULL")} GROUP BY 1, 2 ORDER BY 1, 2`,
    )
  ).map((r) => ({ day: day(r.day), currency: String(r.currency), cost: round10(Number(r.cost)) }));
  const durationBins = (
    await q(
      `SELECT provider, CAST(floor(duration_ms / ${binMs}) AS BIGINT) AS bin, COUNT(*) AS calls FROM calls${and("duration_ms IS NOT NULL")} GROUP BY 1, 2 ORDER BY 1, 2`,
    )
  ).map((r) => ({ provider: String(r.provider), startMs: Number(r.bin) * binMs, calls: Number(r.calls) }));

  const reasons = await q(
    `SELECT provider, COALESCE(end_reason, 'none') AS end_reason, COUNT(*) AS calls, string_agg(DISTINCT end_reason_raw, ', ') AS raw
     FROM calls${where} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
  );
  const endReasons: ReportData["endReasons"] = [];
  for (const provider of new Set(reasons.map((r) => String(r.provider)))) {
    const rows = reasons.filter((r) => r.provider === provider);
    for (const r of rows.slice(0, 10))
      endReasons.push({
        provider,
        endReason: String(r.end_reason),
        calls: Number(r.calls),
        raw: String(r.raw ?? ""),
      });
    const rest = rows.slice(10);
    if (rest.length > 0)
      endReasons.push({
        provider,
        endReason: "other",
        calls: rest.reduce((n, r) => n + Number(r.calls), 0),
        raw: rest.map((r) => String(r.raw ?? "")).join(", "),
      });
  }

  const e2e = engine.jsonNumber("latency", ["e2e", "p50"]);
  const latency = (
    await q(
      `SELECT provider, COUNT(*) AS calls, percentile_disc(0.5) WITHIN GROUP (ORDER BY v) AS p50, percentile_disc(0.9) WITHIN GROUP (ORDER BY v) AS p90
       FROM (SELECT provider, ${e2e} AS v FROM calls${and("latency IS NOT NULL")}) AS l WHERE v IS NOT NULL GROUP BY provider ORDER BY provider`,
    )
  ).map((r) => ({
    provider: String(r.provider),
    calls: Number(r.calls),
    p50: Number(r.p50),
    p90: Number(r.p90),
  }));
  const warnings = (
    await q(
      `SELECT provider, split_part(w, ':', 1) AS path, COUNT(*) AS count
       FROM (SELECT provider, ${engine.jsonStrings("warnings")} AS w FROM calls${where}) AS x GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
    )
  ).map((r) => ({ provider: String(r.provider), path: String(r.path), count: Number(r.count) }));

  const top = async (condition: string, order: string) =>
    (
      await q(
        `SELECT provider, id, agent_id, ${engine.epochMs("started_at")} AS started_ms, duration_ms, cost_total, cost_currency, recording
         FROM calls${and(condition)} ORDER BY ${order}, provider, id LIMIT 20`,
      )
    ).map(
      (r): ReportCall => ({
        provider: String(r.provider),
        id: String(r.id),
        agentId: (r.agent_id as string | null) ?? null,
        startedAt: r.started_ms == null ? null : new Date(Number(r.started_ms)).toISOString(),
        durationMs: num(r.duration_ms),
        cost: num(r.cost_total),
        currency: (r.cost_currency as string | null) ?? null,
        recordingUrl: recordingUrl(r.recording),
      }),
    );

  return {
    generatedAt: new Date().toISOString(),
    filters,
    totalCalls: summary.reduce((n, p) => n + p.calls, 0),
    summary,
    callsPerDay,
    costPerDay,
    durationBins,
    binMs,
    endReasons,
    statuses: statuses.map((s) => ({
      provider: String(s.provider),
      status: String(s.status ?? "unknown"),
      calls: Number(s.calls),
    })),
    latency,
    warnings,
    mostExpensive: await top("cost_total IS NOT NULL", "cost_total DESC"),
    longest: await top("duration_ms IS NOT NULL", "duration_ms DESC"),
  };
}

/** The recording URL of a `recording` JSON value (text on DuckDB, parsed on PostgreSQL), if any. */
function recordingUrl(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const parsed =
    typeof value === "string" ? (JSON.parse(value) as { url?: unknown }) : (value as { url?: unknown });
  return typeof parsed.url === "string" ? parsed.url : null;
}
