import { Writable } from "node:stream";
import { type Call, type CallsSummary, PROVIDER_NAMES } from "@switchboard/sdk";
import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT } from "../src/errors.js";
import { run } from "../src/program.js";
import { memoryIO, mockEnv } from "./env.js";

let fault: FaultServer | undefined;
afterEach(async () => {
  await fault?.close();
  fault = undefined;
});

async function cli(args: string[], env = mockEnv()) {
  const io = memoryIO(env);
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

const ndjson = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** The value at a dotted path, as a CSV cell reads it. */
function cell(object: unknown, path: string): string {
  let node = object;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  if (node === undefined || node === null) return "";
  return typeof node === "object" ? JSON.stringify(node) : String(node);
}

describe("--limit means N calls overall, newest first, in every format", () => {
  it.each(["json", "ndjson", "csv"])(
    "-p all -n 1 -f %s gives the newest call of all providers",
    async (format) => {
      const all = ndjson((await cli(["calls", "list", "-p", "all", "-f", "ndjson"])).out) as Call[];
      const { code, out } = await cli(["calls", "list", "-p", "all", "-n", "1", "-f", format]);
      expect(code).toBe(0);
      const ids =
        format === "json"
          ? (JSON.parse(out) as Call[]).map((c) => c.id)
          : format === "ndjson"
            ? ndjson(out).map((c) => c.id)
            : (parse(out, { columns: true }) as Record<string, string>[]).map((r) => r.id);
      expect(ids).toEqual([all[0]?.id]);
      expect(all[0]?.startedAt).toBe([...all.map((c) => c.startedAt ?? "")].sort().pop());
    },
  );
});

describe("--format csv", () => {
  it("parses back (csv-parse) to the NDJSON output, field for field, for the default and chosen columns", async () => {
    for (const fields of [
      undefined,
      "provider,id,status.unified,startedAt,durationMs,cost.total,cost.currency,metadata",
    ]) {
      const extra = fields ? ["--fields", fields] : [];
      const csv = await cli(["calls", "list", "-p", "all", "-f", "csv", ...extra]);
      const json = await cli(["calls", "list", "-p", "all", "-f", "ndjson", ...extra]);
      expect(csv.code).toBe(0);
      expect(csv.out).toContain("\r\n"); // RFC 4180 line breaks
      const rows = parse(csv.out, { columns: true }) as Record<string, string>[];
      const calls = ndjson(json.out);
      expect(rows).toHaveLength(calls.length);
      const header = Object.keys(rows[0] ?? {});
      if (fields) expect(header).toEqual(fields.split(","));
      else expect(header.slice(0, 2)).toEqual(["provider", "id"]);
      rows.forEach((row, i) => {
        for (const column of header) expect([column, row[column]]).toEqual([column, cell(calls[i], column)]);
      });
    }
  });

  it("--fields picks fields for json too, and rejects an unknown path with exit 64", async () => {
    const { out } = await cli([
      "calls",
      "list",
      "-p",
      "openmic",
      "-f",
      "json",
      "--fields",
      "id,status.unified",
    ]);
    expect(JSON.parse(out)[0]).toEqual({ id: "cmbbw1x3kzi490w02q9vt4pla", status: { unified: "ended" } });
    const bad = await cli(["calls", "list", "-p", "openmic", "-f", "csv", "--fields", "id,nope"]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain('unknown field "nope"');
  });
});

describe("calls summary", () => {
  it("totals equal the sums over the listed calls; cost per currency; p50/p90 by nearest rank", async () => {
    const calls = ndjson((await cli(["calls", "list", "-p", "all", "-f", "ndjson"])).out) as Call[];
    const { code, out } = await cli(["calls", "summary", "-p", "all", "-f", "json"]);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as CallsSummary;
    expect(Object.keys(summary)).toEqual(["providers", "errors"]);
    expect(summary.errors).toEqual([]);
    for (const p of summary.providers) {
      const mine = calls.filter((c) => c.provider === p.provider);
      expect(p.calls).toBe(mine.length);
      expect(p.durationMs).toBe(mine.reduce((s, c) => s + (c.durationMs ?? 0), 0));
      const currencies = [...new Set(mine.flatMap((c) => (c.cost ? [c.cost.currency] : [])))].sort();
      expect(p.cost.map((c) => c.currency)).toEqual(currencies);
      for (const { currency, total } of p.cost) {
        const sum = mine
          .filter((c) => c.cost?.currency === currency)
          .reduce((s, c) => s + (c.cost?.total ?? 0), 0);
        expect(total).toBeCloseTo(sum, 9);
      }
      const statuses: Record<string, number> = {};
      for (const c of mine) statuses[c.status.unified] = (statuses[c.status.unified] ?? 0) + 1;
      expect(p.status).toEqual(statuses);
      const durations = mine
        .flatMap((c) => (c.durationMs === undefined ? [] : [c.durationMs]))
        .sort((a, b) => a - b);
      expect(p.durationMsP50).toBe(durations[Math.ceil(0.5 * durations.length) - 1]);
      expect(p.durationMsP90).toBe(durations[Math.ceil(0.9 * durations.length) - 1]);
    }
    expect(summary.providers.find((p) => p.provider === "butter")?.cost).toEqual([
      { currency: "credits", total: expect.any(Number) },
    ]);
  });

  it("prints a table and a CSV", async () => {
    const table = await cli(["calls", "summary", "-p", "all", "-f", "table"]);
    expect(table.out).toMatch(/│ thinnestai +│ 2 +│ 5m 10s +│/);
    const tsv = await cli(["calls", "summary", "-p", "all"]);
    expect(tsv.out).toContain("thinnestai\t2\t5m 10s\t");
    const csv = await cli(["calls", "summary", "-p", "all", "-f", "csv"]);
    const rows = parse(csv.out, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.provider)).toEqual([
      "bland",
      "butter",
      "openmic",
      "retell",
      "thinnestai",
      "vapi",
      "zudu",
    ]);
  });
});

describe("--provider all with one failing provider", () => {
  it.each(["table", "json", "ndjson", "csv"])(
    "-f %s prints the others' calls, one stderr line, exit 13",
    async (format) => {
      fault = await startFaultServer(() => ({
        status: 401,
        headers: { "x-request-id": "req_butter_401" },
        body: { success: false, error: "Invalid API key" },
      }));
      const env = { ...mockEnv(), BUTTER_BASE_URL: fault.url };
      const { code, out, err } = await cli(["calls", "list", "-p", "all", "-f", format], env);
      expect(code).toBe(EXIT.providerFailed);
      // One line for the failure (beside the notice that Butter's list is read whole to be sorted).
      expect(err.split("\n").filter((line) => !line.includes("its list has no order"))).toEqual([
        "switchboard: butter failed: AuthenticationError [request id req_butter_401]: butter: HTTP 401 Invalid API key",
        "",
      ]);
      for (const id of ["cmbbvrg8wzi487w02m2bc7dji", "call-457", "77"]) expect(out).toContain(id);
      expect(fault.requests).toHaveLength(1);
      const summary = await cli(["calls", "summary", "-p", "all", "-f", "json"], env);
      expect(summary.code).toBe(EXIT.providerFailed);
      const parsed = JSON.parse(summary.out) as CallsSummary;
      expect(parsed.providers.map((p) => p.provider)).toEqual([
        "bland",
        "openmic",
        "retell",
        "thinnestai",
        "vapi",
        "zudu",
      ]);
      expect(parsed.errors).toEqual([{ provider: "butter", message: "butter: HTTP 401 Invalid API key" }]);
    },
  );
});

describe("filters and usage errors", () => {
  it("accepts --until, --agent, --direction next to --status and --since", async () => {
    const { code, out } = await cli([
      "calls",
      "list",
      "-p",
      "all",
      "-f",
      "ndjson",
      "--since",
      "2020-01-01",
      "--until",
      "2099-01-01T00:00:00Z",
      "--direction",
      "outbound",
      "--status",
      "ended",
    ]);
    expect(code).toBe(0);
    const calls = ndjson(out) as Call[];
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect([c.direction, c.status.unified]).toEqual(["outbound", "ended"]);
    const agent = await cli(["calls", "list", "-p", "thinnestai", "-f", "ndjson", "--agent", "nobody"]);
    expect(agent.out).toBe("");
  });

  it.each([
    [["calls", "get", "abc", "--provider", "thinnestai"], 'thinnestai: invalid call id "abc"'],
    [["calls", "list", "-p", "all", "--since", "2026-02-30"], "ISO 8601"],
    [["calls", "list", "-p", "all", "--since", "2026-01-01junk"], "ISO 8601"],
    [["calls", "list", "-p", "all", "--until", "yesterday"], "ISO 8601"],
  ])("%j exits 64 with a message", async (args, message) => {
    const { code, err } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(message);
  });

  it("exits 2 for a base URL that is not a URL and for a whitespace-only key", async () => {
    const badUrl = await cli(["calls", "list", "-p", "openmic"], {
      ...mockEnv(),
      OPENMIC_BASE_URL: "localhost:4010",
    });
    expect(badUrl).toMatchObject({ code: EXIT.config });
    expect(badUrl.err).toContain("OPENMIC_BASE_URL must be an http(s) URL");
    const blank = await cli(["calls", "list", "-p", "all"], { ...mockEnv(), ZUDU_API_KEY: "  " });
    expect(blank).toMatchObject({
      code: EXIT.config,
      err: "switchboard: zudu: ZUDU_API_KEY is blank (only whitespace)\n",
    });
  });

  it("lists every exit code and every provider's variables in --help", async () => {
    const { out } = await cli(["--help"]);
    for (const code of Object.values(EXIT)) expect(out).toMatch(new RegExp(`^ +${code}  `, "m"));
    for (const v of ["OPENMIC_API_KEY", "ZUDU_API_SECRET", "THINNESTAI_BASE_URL", "[BUTTER_ORGANIZATION_ID]"])
      expect(out).toContain(v);
  });
});

describe("a slow reader holds the listing back (stdout backpressure)", () => {
  it.each(["ndjson", "csv"])("-f %s: never more than one call waits in stdout's buffer", async (format) => {
    const expected = (await cli(["calls", "list", "-p", "all", "-f", format])).out;
    let written = "";
    let maxBuffered = 0;
    let longest = 0;
    // A reader that takes 5 ms per chunk, with a 64-byte buffer: every call's line fills it.
    const stdout = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString();
        longest = Math.max(longest, chunk.length);
        setTimeout(callback, 5);
      },
    });
    const write = stdout.write.bind(stdout);
    stdout.write = ((chunk: string) => {
      const ok = write(chunk);
      maxBuffered = Math.max(maxBuffered, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const code = await run(["calls", "list", "-p", "all", "-f", format], {
      env: mockEnv(),
      stdout,
      stderr: { write: () => true },
    });
    await new Promise<void>((resolve) => stdout.end(resolve));
    expect(code).toBe(EXIT.ok);
    expect(written).toBe(expected);
    expect(expected.split("\n").filter(Boolean).length).toBeGreaterThan(3);
    expect(maxBuffered).toBeLessThanOrEqual(longest);
  });
});

describe("--provider: a comma list, a repeated flag, or all", () => {
  const providersOf = (out: string) => [...new Set(ndjson(out).map((c: Call) => c.provider))].sort();

  it("retell,vapi and -p retell -p vapi list both providers; all lists every configured one", async () => {
    const comma = await cli(["calls", "list", "-p", "retell,vapi", "-f", "ndjson"]);
    expect(comma.code).toBe(EXIT.ok);
    expect(providersOf(comma.out)).toEqual(["retell", "vapi"]);
    const repeated = await cli(["calls", "list", "-p", "retell", "--provider", "vapi", "-f", "ndjson"]);
    expect(providersOf(repeated.out)).toEqual(["retell", "vapi"]);
    expect(repeated.out).toBe(comma.out);
    const summary = await cli(["calls", "summary", "-p", "vapi,retell,vapi", "-f", "json"]);
    expect(JSON.parse(summary.out).providers.map((p: { provider: string }) => p.provider)).toEqual([
      "retell",
      "vapi",
    ]);
    const all = await cli(["calls", "list", "-p", "retell", "-p", "all", "-f", "ndjson"]);
    expect(providersOf(all.out)).toHaveLength(7);
  });

  it("an unknown name is a usage error (64) that suggests the closest provider", async () => {
    const typo = await cli(["calls", "list", "-p", "retel,vapi"]);
    expect(typo.code).toBe(EXIT.usage);
    expect(typo.err).toContain(
      `unknown provider "retel" (did you mean "retell"?); known: ${PROVIDER_NAMES.join(", ")}, all`,
    );
    expect(typo.out).toBe("");
    expect((await cli(["sync", "-p", "opnmic"])).err).toMatch(/did you mean "openmic"/);
  });
});
