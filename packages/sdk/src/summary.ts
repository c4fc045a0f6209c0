import type { Call } from "@switchboard/normalizer";

/** One provider's totals. */
export interface ProviderSummary {
  provider: string;
  /** Number of calls. */
  calls: number;
  /** Sum of `durationMs` over the calls that have one, milliseconds. */
  durationMs: number;
  /** Total cost per currency (`USD`, Butter `credits`, …): never added across currencies. */
  cost: { currency: string; total: number }[];
  /** Calls per unified status (only statuses that occur). */
  status: Record<string, number>;
  /** Median duration (nearest rank), ms; `null` when no call has a duration (the key is always there). */
  durationMsP50: number | null;
  /** 90th-percentile duration (nearest rank), ms; `null` when no call has a duration. */
  durationMsP90: number | null;
}

/** A summary of a listing: one entry per provider, and the providers that failed. */
export interface CallsSummary {
  providers: ProviderSummary[];
  errors: { provider: string; message: string }[];
}

/**
 * The nearest-rank percentile: the smallest value such that at least `p` % of the values are ≤ it, i.e.
 * `sorted[ceil(p/100 × n) − 1]` of the values sorted ascending (the definition the normalizer's latency
 * statistics use). `undefined` for no values.
 */
export function nearestRank(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Totals {
  calls: number;
  durationMs: number;
  durations: number[];
  cost: Map<string, number>;
  status: Record<string, number>;
}

/**
 * Accumulates calls into per-provider summaries (one pass, memory: the durations per provider). Cost
 * totals are summed per currency as given; to avoid binary floating-point noise (0.1 + 0.2) each total is
 * rounded to 10 decimal places.
 */
export class CallsSummarizer {
  readonly #providers = new Map<string, Totals>();

  /** Starts a provider at zero (so that a provider without calls still appears). */
  addProvider(provider: string): void {
    if (!this.#providers.has(provider))
      this.#providers.set(provider, { calls: 0, durationMs: 0, durations: [], cost: new Map(), status: {} });
  }

  /** Counts one call. */
  add(call: Call): void {
    this.addProvider(call.provider);
    const p = this.#providers.get(call.provider) as Totals;
    p.calls++;
    if (call.durationMs !== undefined) {
      p.durationMs += call.durationMs;
      p.durations.push(call.durationMs);
    }
    if (call.cost) p.cost.set(call.cost.currency, (p.cost.get(call.cost.currency) ?? 0) + call.cost.total);
    p.status[call.status.unified] = (p.status[call.status.unified] ?? 0) + 1;
  }

  /** The summaries, by provider id. */
  result(errors: { provider: string; message: string }[] = []): CallsSummary {
    const providers = [...this.#providers]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([provider, p]): ProviderSummary => {
        const summary: ProviderSummary = {
          provider,
          calls: p.calls,
          durationMs: p.durationMs,
          cost: [...p.cost]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([currency, total]) => ({ currency, total: Number(total.toFixed(10)) })),
          status: p.status,
          durationMsP50: nearestRank(p.durations, 50) ?? null,
          durationMsP90: nearestRank(p.durations, 90) ?? null,
        };
        return summary;
      });
    return { providers, errors };
  }
}
