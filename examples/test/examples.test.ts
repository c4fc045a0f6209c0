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

describe("examples/src/all-providers-to-csv.ts (through @switchboard/sdk)", () => {
  /** Fake keys for every provider, each pointed at its Prism mock. */
  const everyProvider = () => {
    const urls = inject("prismUrls");
    return {
      OPENMIC_API_KEY: OPENMIC_KEY,
      ZUDU_API_KEY: "sk_test_0123456789",
      ZUDU_API_SECRET: "s3cr3t_test_0123456789",
      THINNESTAI_API_KEY: "thns_sk_test_0123456789",
      BUTTER_API_KEY: "bk_test_0123456789",
      RETELL_API_KEY: "key_test_0123456789",
      VAPI_API_KEY: "vapi_test_0123456789",
      BLAND_API_KEY: "sk-test-0123456789",
      ...Object.fromEntries(
        Object.entries(urls).map(([p, url]) => [`${p.toUpperCase()}_BASE_URL`, url as string]),
      ),
    };
  };

  it("writes every provider's documented calls as one CSV of unified calls, newest first", async () => {
    const { code, stdout, stderr } = await runExample("all-providers-to-csv.ts", everyProvider());
    expect(stderr).toBe("7 providers: bland, butter, openmic, retell, thinnestai, vapi, zudu\n");
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
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
    ]);
    expect(new Set(rows.map((r) => r.provider))).toEqual(
      new Set(["bland", "butter", "openmic", "retell", "thinnestai", "vapi", "zudu"]),
    );
    for (const [provider, ids] of Object.entries(LISTED))
      expect(
        rows
          .filter((r) => r.provider === provider)
          .map((r) => r.id)
          .sort(),
        provider,
      ).toEqual([...ids].sort());
    const starts = rows.map((r) => r.startedAt).filter(Boolean);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(rows.find((r) => r.id === "cmbbvrg8wzi487w02m2bc7dji")).toMatchObject({
      "status.unified": "ended",
      durationMs: "300000",
      startedAt: "2023-03-15T13:20:00.000Z",
      "cost.total": "0.0822",
      "cost.currency": "USD",
    });
    // Butter bills in credits, not money.
    expect(rows.find((r) => r.provider === "butter")?.["cost.currency"]).toBe("credits");
  });

  it("takes --fields and --limit; a provider that fails is a stderr line, the others are written, exit 1", async () => {
    const fault = await startFaultServer(() => ({ status: 401, body: { error: "Invalid API key" } }));
    try {
      const { code, stdout, stderr } = await runExample(
        "all-providers-to-csv.ts",
        { ...everyProvider(), RETELL_BASE_URL: fault.url },
        ["--fields", "provider,id,durationMs", "--limit", "3"],
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/^retell failed: AuthenticationError: /m);
      const rows = parse(stdout, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0] ?? {})).toEqual(["provider", "id", "durationMs"]);
      expect(rows).toHaveLength(3);
      expect(rows.some((r) => r.provider === "retell")).toBe(false);
    } finally {
      await fault.close();
    }
  });
});
