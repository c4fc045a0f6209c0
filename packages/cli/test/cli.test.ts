import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Call } from "@switchboard/normalizer";
import { startFaultServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/errors.js";
import { run } from "../src/program.js";
import { memoryIO, mockEnv, terminal } from "./env.js";

describe("switchboard calls (against the Prism mocks)", () => {
  it("lists OpenMic calls as a table on a terminal, and as tab-separated rows into a pipe", async () => {
    const io = memoryIO(mockEnv(), false, terminal());
    expect(await run(["calls", "list", "--provider", "openmic"], io)).toBe(0);
    expect(io.out).toContain("cmbbvrg8wzi487w02m2bc7dji");
    expect(io.out).toMatch(/│ ended +│ phone +│ outbound +│ 5m 00s +│ 0\.0822 USD +│ 3 /);
    const pipe = memoryIO(mockEnv());
    expect(await run(["calls", "list", "--provider", "openmic"], pipe)).toBe(0);
    // Like gh into a pipe: one row per call, tab-separated, no header, no box drawing.
    const rows = pipe.out.trimEnd().split("\n");
    expect(rows).toHaveLength(2);
    expect(pipe.out).not.toMatch(/[│─┌└]/);
    expect(rows[1]?.split("\t")).toEqual([
      "openmic",
      "cmbbvrg8wzi487w02m2bc7dji",
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/),
      "ended",
      "phone",
      "outbound",
      "5m 00s",
      "0.0822 USD",
      "3",
      expect.any(String),
    ]);
    // newest first: the later of the two OpenMic calls comes first
    expect(io.out.indexOf("cmbbw1x3kzi490w02q9vt4pla")).toBeLessThan(
      io.out.indexOf("cmbbvrg8wzi487w02m2bc7dji"),
    );
    // The footer goes to stderr, for a person at a terminal: stdout holds the data only.
    expect(io.out).not.toContain("calls from");
    const tty = memoryIO(mockEnv(), true);
    await run(["calls", "list", "--provider", "openmic"], tty);
    expect(tty.err).toContain("2 calls from openmic\n");
    expect(tty.out).not.toContain("calls from");
  });

  it("prints JSON and NDJSON of unified calls, and honours --limit and --status", async () => {
    const json = memoryIO(mockEnv());
    expect(await run(["calls", "list", "-p", "openmic", "--format", "json", "--limit", "1"], json)).toBe(0);
    const calls = JSON.parse(json.out) as Call[];
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ provider: "openmic", id: "cmbbw1x3kzi490w02q9vt4pla" });

    const ndjson = memoryIO(mockEnv());
    expect(await run(["calls", "list", "-p", "openmic", "-f", "ndjson", "--status", "error"], ndjson)).toBe(
      0,
    );
    expect(ndjson.out).toBe("");
  });

  it("merges every configured provider with --provider all, newest first", async () => {
    const io = memoryIO(mockEnv());
    expect(await run(["calls", "list", "--provider", "all", "--format", "json"], io)).toBe(0);
    const calls = JSON.parse(io.out) as Call[];
    const starts = calls.map((c) => c.startedAt ?? "");
    expect(starts).toEqual([...starts].sort().reverse());
    expect([...new Set(calls.map((c) => c.provider))].sort()).toEqual([
      "bland",
      "butter",
      "openmic",
      "retell",
      "thinnestai",
      "vapi",
      "zudu",
    ]);
    // Two calls per provider's list example, except Bland's, whose two rows share one call_id: the walk
    // yields each call id once.
    expect(calls).toHaveLength(13);
    expect(calls.filter((c) => c.provider === "bland")).toHaveLength(1);
    expect(calls.find((c) => c.provider === "thinnestai" && c.id === "77")).toMatchObject({
      channel: "web",
      durationMs: 99100,
      cost: { total: 0.08, currency: "USD" },
    });
  });

  it("gets one call normalized, or raw with --raw", async () => {
    const io = memoryIO(mockEnv());
    expect(await run(["calls", "get", "cmbbvrg8wzi487w02m2bc7dji", "-p", "openmic", "-f", "json"], io)).toBe(
      0,
    );
    expect(JSON.parse(io.out)).toMatchObject({
      status: { unified: "ended" },
      durationMs: 300000,
      cost: { total: 0.0822 },
    });
    const raw = memoryIO(mockEnv());
    expect(await run(["calls", "get", "x", "-p", "openmic", "--raw"], raw)).toBe(0);
    expect(JSON.parse(raw.out)).toMatchObject({ call_id: "cmbbvrg8wzi487w02m2bc7dji", duration_ms: 300000 });
  });

  it("calls get takes the formats of calls list: a table on a terminal, a row into a pipe, csv, ndjson", async () => {
    const args = ["calls", "get", "cmbbvrg8wzi487w02m2bc7dji", "-p", "openmic"];
    const tty = memoryIO(mockEnv(), false, terminal(100));
    expect(await run(args, tty)).toBe(0);
    expect(tty.out).toMatch(/│ duration +│ 300000 ms \(5m 00s\)/);
    // Fitted to the terminal: no line wider than its 100 columns (the transcript wraps).
    expect(Math.max(...tty.out.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
    const pipe = memoryIO(mockEnv());
    expect(await run(args, pipe)).toBe(0);
    expect(pipe.out.split("\t").slice(0, 4)).toEqual([
      "openmic",
      "cmbbvrg8wzi487w02m2bc7dji",
      expect.any(String),
      "ended",
    ]);
    const csv = memoryIO(mockEnv());
    expect(await run([...args, "-f", "csv"], csv)).toBe(0);
    expect(csv.out.split("\n")[0]).toMatch(/^provider,id,/);
    expect(csv.out.trimEnd().split("\n")).toHaveLength(2);
    const ndjson = memoryIO(mockEnv());
    expect(await run([...args, "-f", "ndjson"], ndjson)).toBe(0);
    expect(JSON.parse(ndjson.out).durationMs).toBe(300000);
  });

  it("-o writes the output to a file, in the format its extension names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "switchboard-out-"));
    try {
      const io = memoryIO(mockEnv());
      const file = join(dir, "calls.csv");
      expect(await run(["calls", "list", "-p", "openmic", "-o", file], io)).toBe(0);
      expect(io.out).toBe("");
      expect(readFileSync(file, "utf8").split("\n")[0]).toMatch(/^provider,id,/);
      const summary = join(dir, "summary.json");
      expect(await run(["calls", "summary", "-p", "openmic", "--output", summary], io)).toBe(0);
      expect(JSON.parse(readFileSync(summary, "utf8")).providers[0].calls).toBe(2);
      const get = join(dir, "call.txt");
      expect(await run(["calls", "get", "x", "-p", "openmic", "-o", get, "-f", "json"], io)).toBe(0);
      expect(JSON.parse(readFileSync(get, "utf8")).provider).toBe("openmic");
      expect(await run(["calls", "list", "-p", "openmic", "-o", join(dir, "no/such/dir.csv")], io)).toBe(
        EXIT.usage,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows no progress line and no footer when stderr is not a terminal", async () => {
    const pipe = memoryIO(mockEnv(), false);
    await run(["calls", "list", "-p", "openmic"], pipe);
    expect(pipe.err).toBe("");
  });
});

describe("switchboard errors", () => {
  it("exits 2 naming the missing variable when a key is not set", async () => {
    const io = memoryIO({});
    expect(await run(["calls", "list", "--provider", "openmic"], io)).toBe(EXIT.config);
    expect(io.err).toBe("switchboard: openmic: OPENMIC_API_KEY is not set (needed for openmic)\n");
  });

  it("exits 64 on bad usage", async () => {
    const io = memoryIO(mockEnv());
    expect(await run(["calls", "list", "--provider", "openmic", "--limit", "zero"], io)).toBe(EXIT.usage);
    expect(io.err).toContain("must be a whole number");
  });

  it.each([["0"], ["-2"], ["1.5"], ["fast"], [""]])(
    "exits 64 on --concurrency %j, for calls list and calls summary",
    async (value) => {
      for (const command of ["list", "summary"]) {
        const io = memoryIO(mockEnv());
        const args = ["calls", command, "--provider", "openmic", "--concurrency", value];
        expect(await run(args, io)).toBe(EXIT.usage);
        expect(io.err).toContain('must be a whole number ≥ 1, or "auto"');
        expect(io.out).toBe("");
      }
    },
  );

  it.each([["1"], ["auto"]])("lists every provider's calls with --concurrency %s", async (value) => {
    const io = memoryIO(mockEnv());
    const args = ["calls", "list", "--provider", "all", "--concurrency", value, "--format", "json"];
    expect(await run(args, io)).toBe(0);
    const calls = JSON.parse(io.out) as Call[];
    expect(new Set(calls.map((c) => c.provider)).size).toBe(7);
    expect(calls.map((c) => c.id)).toContain("cmbbvrg8wzi487w02m2bc7dji");
    const summary = memoryIO(mockEnv());
    const summaryArgs = ["calls", "summary", "--provider", "all", "--concurrency", value, "--format", "json"];
    expect(await run(summaryArgs, summary)).toBe(0);
    expect(JSON.parse(summary.out).providers).toHaveLength(new Set(calls.map((c) => c.provider)).size);
  });

  it.each([
    [401, EXIT.authentication, "HTTP 401 Unauthorized"],
    [403, EXIT.permissionDenied, "HTTP 403"],
    [404, EXIT.notFound, "HTTP 404 Call not found"],
  ])("turns HTTP %i into exit code %i and one line without the key", async (status, code, text) => {
    const server = await startFaultServer(() => ({
      status,
      body: { error: status === 404 ? "Call not found" : "Unauthorized" },
    }));
    try {
      const env = { OPENMIC_API_KEY: "sk_live_do_not_print_me", OPENMIC_BASE_URL: server.url };
      const io = memoryIO(env);
      expect(await run(["calls", "get", "abc", "-p", "openmic"], io)).toBe(code);
      expect(io.err).toContain(text);
      expect(io.err.trim().split("\n")).toHaveLength(1);
      expect(io.err).not.toContain("sk_live_do_not_print_me");
    } finally {
      await server.close();
    }
  });

  it("loads from CommonJS too (require of the package's cjs build)", () => {
    const cjs = fileURLToPath(new URL("../dist/cjs/index.js", import.meta.url));
    const result = spawnSync(
      process.execPath,
      ["-e", `const cli = require(${JSON.stringify(cjs)}); console.log(typeof cli.run, cli.EXIT.config)`],
      { encoding: "utf8" },
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout.trim()).toBe("function 2");
  });

  it("runs as a real executable", () => {
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const result = spawnSync(process.execPath, [bin, "calls", "list", "-p", "openmic", "-f", "ndjson"], {
      env: { ...process.env, ...mockEnv() },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toContain("cmbbvrg8wzi487w02m2bc7dji");
  });
});
