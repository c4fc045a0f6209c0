import type { Call } from "@switchboard/normalizer";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, reportData, type Store } from "../src/index.js";
import { fullCall } from "./calls.js";
import { cleanup, ENGINES } from "./engines.js";

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** 12 calls of two providers over two days: durations 10–120 s, USD and credits, one warning path, latencies. */
function calls(): Call[] {
  return Array.from({ length: 12 }, (_, i) => {
    const provider = i % 3 === 0 ? "butter" : "openmic";
    return fullCall(`c${i}`, {
      provider,
      startedAt: new Date(Date.parse("2026-03-01T22:00:00.000Z") + i * 30 * 60_000).toISOString(),
      durationMs: (i + 1) * 10_000,
      status: i === 5 ? { unified: "error", raw: "error" } : { unified: "ended", raw: "ended" },
      endReason: {
        unified: i % 2 ? "user_hangup" : "agent_hangup",
        raw: i % 2 ? "customer-ended" : "bot-ended",
      },
      cost: { total: 0.1 * (i + 1), currency: provider === "butter" ? "credits" : "USD", breakdown: {} },
      latency: provider === "openmic" ? { e2e: { p50: 100 * (i + 1) } } : undefined,
      warnings: provider === "butter" ? ['transport: missing; channel inferred as "web"'] : [],
    });
  });
}

describe.each(ENGINES)("reportData on %s", (_name, make) => {
  it("aggregates in SQL the figures the report shows (the same on both engines)", async () => {
    const location = await make();
    const store: Store = await openStore(location);
    closers.push(
      () => cleanup(location),
      () => store.close(),
    );
    const all = calls();
    for (const provider of ["butter", "openmic"])
      await store.writeCalls(
        provider,
        all.filter((c) => c.provider === provider),
        { source: "pull", loadId: "L" },
      );
    const data = await reportData(store);
    expect(data.totalCalls).toBe(12);
    // butter: calls 0, 3, 6, 9 → 10, 40, 70, 100 s; nearest rank p50 = 40 s, p90 = 100 s.
    expect(data.summary).toEqual([
      {
        provider: "butter",
        calls: 4,
        durationMs: 220_000,
        durationMsP50: 40_000,
        durationMsP90: 100_000,
        cost: [{ currency: "credits", total: 2.2 }],
        status: { ended: 4 },
      },
      {
        provider: "openmic",
        calls: 8,
        durationMs: 560_000,
        durationMsP50: 60_000,
        durationMsP90: 120_000,
        cost: [{ currency: "USD", total: 5.6 }],
        status: { ended: 7, error: 1 },
      },
    ]);
    // 22:00 + i × 30 min: days 03-01 (i = 0–3) and 03-02 (i = 4–11).
    expect(data.callsPerDay).toEqual([
      { day: "2026-03-01", provider: "butter", calls: 2 },
      { day: "2026-03-01", provider: "openmic", calls: 2 },
      { day: "2026-03-02", provider: "butter", calls: 2 },
      { day: "2026-03-02", provider: "openmic", calls: 6 },
    ]);
    expect(data.costPerDay).toEqual([
      { day: "2026-03-01", currency: "USD", cost: 0.5 },
      { day: "2026-03-01", currency: "credits", cost: 0.5 },
      { day: "2026-03-02", currency: "USD", cost: 5.1 },
      { day: "2026-03-02", currency: "credits", cost: 1.7 },
    ]);
    expect(data.binMs).toBe(10_000);
    expect(data.durationBins.reduce((n, b) => n + b.calls, 0)).toBe(12);
    expect(data.endReasons.filter((r) => r.provider === "openmic")).toEqual(
      [
        { provider: "openmic", endReason: "user_hangup", calls: 4, raw: "customer-ended" },
        { provider: "openmic", endReason: "agent_hangup", calls: 4, raw: "bot-ended" },
      ].sort((a, b) => b.calls - a.calls || a.endReason.localeCompare(b.endReason)),
    );
    // openmic e2e p50s: 200, 300, 500, 600, 800, 900, 1100, 1200 → nearest rank p50 = 600, p90 = 1200.
    expect(data.latency).toEqual([{ provider: "openmic", calls: 8, p50: 600, p90: 1200 }]);
    expect(data.warnings).toEqual([{ provider: "butter", path: "transport", count: 4 }]);
    expect(data.mostExpensive[0]).toMatchObject({ provider: "openmic", id: "c11", currency: "USD" });
    expect(data.mostExpensive[0]?.cost).toBeCloseTo(1.2, 10);
    expect(data.longest.map((c) => c.durationMs).slice(0, 3)).toEqual([120_000, 110_000, 100_000]);
    expect(data.longest[0]?.recordingUrl).toBe("https://example.com/r.wav");
    const filtered = await reportData(store, { providers: ["butter"], since: "2026-03-02T00:00:00Z" });
    expect(filtered.summary.map((p) => [p.provider, p.calls])).toEqual([["butter", 2]]);
  });
});
