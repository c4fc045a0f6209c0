import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type FaultStep, startFaultServer } from "@switchboard/testing";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));

/** Runs one example as a user would (`tsx src/<file>`), with only the given environment. */
function runExample(file: string, env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `src/${file}`, ...args],
      { cwd: here, env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The ids of the list examples each spec serves first (the providers' documented List Calls examples). */
const LISTED = {
  openmic: ["cmbbvrg8wzi487w02m2bc7dji", "cmbbw1x3kzi490w02q9vt4pla"],
  zudu: ["call-457", "call-456"],
  thinnestai: ["78", "77"],
  butter: ["call_abc123def456", "call_def456ghi789"],
};

const OPENMIC_KEY = "om_test_key_0123456789";

describe("examples/src/openmic-get-and-iterate.ts", () => {
  it("gets the documented call and lists every ended call from a Prism mock of OpenMic", async () => {
    const { code, stdout, stderr } = await runExample("openmic-get-and-iterate.ts", {
      OPENMIC_API_KEY: OPENMIC_KEY,
      OPENMIC_BASE_URL: inject("prismUrls").openmic as string,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("cmbbvrg8wzi487w02m2bc7dji: ended, 300000 ms, $0.0822");
    for (const id of LISTED.openmic) expect(stdout).toContain(`- ${id} `);
    expect(lines.at(-1)).toBe("2 ended call(s)");
  });

  const failures: [string, FaultStep, number, RegExp][] = [
    [
      "a refused key → AuthenticationError, exit 2",
      { status: 401, body: { error: "Unauthorized", message: "Invalid or expired API key" } },
      2,
      /refused the API key \(401\): check OPENMIC_API_KEY/,
    ],
    [
      "an unknown call → NotFoundError, exit 3",
      { status: 404, body: { error: "Call not found" } },
      3,
      /no call nope \(404\)/,
    ],
    [
      "rate limiting → RateLimitError after the client's retries, exit 4",
      { status: 429, headers: { "retry-after": "0" }, body: { error: "Too many requests" } },
      4,
      /rate limiting this key \(429\): try again in 0 ms/,
    ],
  ];
  for (const [name, step, exitCode, message] of failures) {
    it(`handles ${name}`, async () => {
      const server = await startFaultServer(() => step);
      try {
        const { code, stdout, stderr } = await runExample(
          "openmic-get-and-iterate.ts",
          { OPENMIC_API_KEY: OPENMIC_KEY, OPENMIC_BASE_URL: server.url },
          ["nope"],
        );
        expect(code).toBe(exitCode);
        expect(stdout).toBe("");
        expect(stderr).toMatch(message);
        expect(stderr).not.toContain(OPENMIC_KEY);
        expect(server.requests[0]?.url).toBe("/v1/call/nope");
      } finally {
        await server.close();
      }
    });
  }
});

describe("examples/src/all-providers-to-csv.ts", () => {
  it("writes the documented calls of all four providers' Prism mocks as one CSV of unified calls", async () => {
    const urls = inject("prismUrls");
    const { code, stdout, stderr } = await runExample("all-providers-to-csv.ts", {
      OPENMIC_API_KEY: OPENMIC_KEY,
      OPENMIC_BASE_URL: urls.openmic as string,
      ZUDU_API_KEY: "sk_test_0123456789",
      ZUDU_API_SECRET: "s3cr3t_test_0123456789",
      ZUDU_BASE_URL: urls.zudu as string,
      THINNESTAI_API_KEY: "thns_sk_test_0123456789",
      THINNESTAI_BASE_URL: urls.thinnestai as string,
      BUTTER_API_KEY: "bk_test_0123456789",
      BUTTER_BASE_URL: urls.butter as string,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "provider",
      "id",
      "status",
      "direction",
      "channel",
      "from",
      "to",
      "startedAt",
      "durationMs",
      "endReason",
      "costTotal",
      "costCurrency",
      "warnings",
    ]);
    const ids = Object.fromEntries(
      Object.keys(LISTED).map((p) => [p, rows.filter((r) => r.provider === p).map((r) => r.id)]),
    );
    expect(ids).toEqual(LISTED);
    const openmic = rows.find((r) => r.id === "cmbbvrg8wzi487w02m2bc7dji");
    expect(openmic).toMatchObject({
      status: "ended",
      durationMs: "300000",
      startedAt: "2023-03-15T13:20:00.000Z",
      costTotal: "0.0822",
      costCurrency: "USD",
    });
    // Butter bills in credits, not money.
    expect(rows.find((r) => r.provider === "butter")?.costCurrency).toBe("credits");
  });

  it("skips a provider without its key, saying so on stderr", async () => {
    const { code, stdout, stderr } = await runExample("all-providers-to-csv.ts", {
      OPENMIC_API_KEY: OPENMIC_KEY,
      OPENMIC_BASE_URL: inject("prismUrls").openmic as string,
    });
    expect(code).toBe(0);
    expect(stderr).toContain("zudu: skipped (its API key is not set)");
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(LISTED.openmic);
  });
});
