import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Call } from "@switchboard/sdk";
import { openStore } from "@switchboard/store";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/errors.js";
import { run } from "../src/program.js";
import { memoryIO } from "./env.js";

/** Debian's Chromium (apt-get install chromium; .ci/run installs it where missing). */
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const ARTIFACTS = fileURLToPath(new URL("./.artifacts/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sb-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse("2026-03-02T09:00:00.000Z");
/** Known calls: 3 providers over 3 days, USD and credits, end reasons, latencies, one warning path. */
function knownCalls(): Call[] {
  const calls: Call[] = [];
  const providers = [
    { provider: "openmic", currency: "USD", per: 11 },
    { provider: "butter", currency: "credits", per: 7 },
    { provider: "vapi", currency: "USD", per: 5 },
  ];
  for (const { provider, currency, per } of providers)
    for (let i = 0; i < per * 3; i++) {
      const startedAt = new Date(T0 + Math.floor(i / per) * 86_400_000 + i * 60_000).toISOString();
      const durationMs = 20_000 + ((i * 37_000) % 400_000);
      calls.push({
        provider,
        id: `${provider}_${i}`,
        agentId: `agent_${i % 2}`,
        channel: "phone",
        direction: i % 2 ? "inbound" : "outbound",
        status: {
          unified: i % 5 === 0 ? "not_connected" : "ended",
          raw: i % 5 === 0 ? "no-answer" : "completed",
        },
        startedAt,
        durationMs,
        endReason: {
          unified: (["user_hangup", "agent_hangup", "voicemail", "no_answer"] as const)[i % 4] ?? "other",
          raw: `raw_${i % 4}`,
        },
        detail: "full",
        transcript: [],
        cost: { total: Math.round((0.05 + i * 0.013) * 1e4) / 1e4, currency, breakdown: {} },
        ...(provider === "vapi" ? { latency: { e2e: { p50: 700 + i * 10, p90: 1500 } } } : {}),
        recording: { url: `https://example.com/${provider}/${i}.wav` },
        metadata: {},
        raw: { id: i },
        warnings:
          provider === "butter" && i % 3 === 0 ? ['transport: missing; channel inferred as "web"'] : [],
      } as Call);
    }
  return calls;
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = memoryIO(env);
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

// Skipped only off CI on a machine without Chromium; CI (.ci/run) installs it and must run these.
describe.skipIf(!CHROMIUM && !process.env.CI)("switchboard report, in a real browser (Chromium)", () => {
  it("renders every chart with marks matching the data, no console error, no request but the file, tables equal to calls summary", async () => {
    const db = join(dir, "calls.duckdb");
    const store = await openStore(db);
    const calls = knownCalls();
    for (const provider of ["openmic", "butter", "vapi"])
      await store.writeCalls(
        provider,
        calls.filter((c) => c.provider === provider),
        { source: "pull", loadId: "known" },
      );
    await store.close();
    const out = join(dir, "report.html");
    const written = await cli(["report", "--db", db, "--out", out]);
    expect(written.code).toBe(EXIT.ok);
    expect(written.out.trim()).toBe(out);
    expect(statSync(out).size).toBeLessThan(2 * 1024 * 1024);
    const summary = JSON.parse((await cli(["calls", "summary", "-p", "all", "--db", db, "-f", "json"])).out);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector("body[data-rendered=true]");
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(out).href]);

      /** The shapes Plot drew for a mark (`bar`, `rect`, `rule`, `dot`) in a figure, across its facets. */
      const SHAPE: Record<string, string> = { bar: "rect", rect: "rect", rule: "line", dot: "circle, path" };
      const marks = (figure: string, mark: string) =>
        page.locator(`#${figure} [aria-label="${mark}"] :is(${SHAPE[mark]})`).count();
      const tableRows = (figure: string) => page.locator(`#${figure} table tbody tr`).count();
      // 3 providers × 3 days, one bar each.
      expect(await marks("calls-per-day", "bar")).toBe(9);
      expect(await tableRows("calls-per-day")).toBe(9);
      // Two currencies, two charts, never summed: 3 USD days and 3 credit days.
      expect(
        await page.locator("#cost-per-day svg[aria-label], #cost-per-day figure svg").count(),
      ).toBeGreaterThan(0);
      expect(await marks("cost-per-day", "bar")).toBe(6);
      expect(await page.locator("#cost-per-day").innerText()).toContain("Cost (credits)");
      const bins = await page.evaluate(
        () => JSON.parse(document.getElementById("report-data")?.textContent ?? "{}").durationBins.length,
      );
      expect(bins).toBeGreaterThan(3);
      expect(await marks("durations", "rect")).toBe(bins);
      expect(await marks("durations", "rule")).toBe(6); // p50 and p90 of each provider
      expect(await marks("end-reasons", "bar")).toBe(12); // 4 reasons × 3 providers
      expect(await page.locator("#end-reasons [aria-label=bar] title").first().textContent()).toMatch(
        /raw: raw_\d/,
      );
      expect(await marks("statuses", "bar")).toBe(6); // ended and not_connected × 3
      expect(await marks("latency", "dot")).toBe(2); // vapi: a p50 dot and a p90 dot
      expect(await marks("warnings", "bar")).toBe(1);

      // The summary table (under the duration chart) has the numbers `calls summary --format json` gives.
      // (Statuses compared as a set: the report lists them by name, the summary in the order first seen.)
      const sortStatuses = (text: string) => text.split(", ").sort().join(", ");
      const rows = (
        await page
          .locator("#durations table tbody tr")
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
          )
      ).map((r) => [...r.slice(0, 6), sortStatuses(r[6] ?? "")]);
      expect(rows).toEqual(
        summary.providers.map(
          (p: {
            provider: string;
            calls: number;
            durationMs: number;
            durationMsP50: number;
            durationMsP90: number;
            cost: { total: number; currency: string }[];
            status: Record<string, number>;
          }) => [
            p.provider,
            String(p.calls),
            String(p.durationMs),
            String(p.durationMsP50),
            String(p.durationMsP90),
            p.cost.map((c) => `${c.total} ${c.currency}`).join(", "),
            sortStatuses(
              Object.entries(p.status)
                .map(([s, n]) => `${s} ${n}`)
                .join(", "),
            ),
          ],
        ),
      );
      expect(await page.locator("#most-expensive tbody tr").count()).toBe(20);
      expect(await page.locator("#longest tbody tr a[href^='https://example.com/']").count()).toBe(20);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("an empty selection gives a report that says so, not empty axes", async () => {
    const db = join(dir, "calls.duckdb");
    const out = join(dir, "empty.html");
    expect((await cli(["report", "--db", db, "--out", out, "--since", "2030-01-01"])).code).toBe(EXIT.ok);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector("body[data-rendered=true]");
      expect(await page.locator("#empty").isVisible()).toBe(true);
      expect(await page.locator("#empty").innerText()).toMatch(/No calls match this selection/);
      expect(await page.locator("svg").count()).toBe(0);
    } finally {
      await browser.close();
    }
    expect(readFileSync(out, "utf8")).not.toMatch(/<script[^>]+src=/);
  }, 60_000);
});
