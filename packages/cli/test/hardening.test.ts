import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/program.js";
import { escapeControl } from "../src/sanitize.js";
import { memoryIO } from "./env.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ESC = "\u001b";
const CSI = "\u009b";
/** An OpenMic call whose fields carry terminal escapes: colour, window title, clear screen, bidi override. */
const HOSTILE_CALL = {
  call_id: `c1${ESC}[31mRED`,
  agent_id: "agent",
  call_type: "phonecall",
  call_status: `${ESC}]0;pwned\u0007`,
  from_number: `+1555${CSI}2J`,
  transcript: [["assistant", `hello${ESC}[2J\u202egnp.exe`]],
};

/** Env pointing the CLI's OpenMic client at the fault server. */
const env = (url: string) => ({ OPENMIC_API_KEY: "test-openmic-0123456789", OPENMIC_BASE_URL: url });

describe("terminal escapes from API data", () => {
  it("escapeControl shows C0, DEL, C1 and bidi controls escaped and leaves other text alone", () => {
    expect(escapeControl(`a${ESC}[31mb\u0007\u007f${CSI}\u202e é 日本`)).toBe(
      "a\\x1b[31mb\\x07\\x7f\\u009b\\u202e é 日本",
    );
  });

  it("table output of calls list and calls get shows them escaped; JSON stays faithful", async () => {
    server = await startFaultServer((req) =>
      req.url.startsWith("/v1/calls")
        ? { body: { calls: [HOSTILE_CALL], pagination: { has_more: false } } }
        : { body: HOSTILE_CALL },
    );
    const list = memoryIO(env(server.url));
    expect(await run(["calls", "list", "-p", "openmic", "-f", "table"], list)).toBe(0);
    const tsv = memoryIO(env(server.url));
    expect(await run(["calls", "list", "-p", "openmic"], tsv)).toBe(0);
    const get = memoryIO(env(server.url));
    expect(await run(["calls", "get", "c1", "-p", "openmic", "-f", "table"], get)).toBe(0);
    for (const out of [list.out, tsv.out, get.out]) {
      for (const c of [ESC, "\u0007", CSI, "\u202e"]) expect(out).not.toContain(c);
      expect(out).toContain("\\x1b[31mRED");
    }
    expect(get.out).toContain("\\u009b2J");
    expect(get.out).toContain("\\u202egnp.exe");

    const json = memoryIO(env(server.url));
    expect(await run(["calls", "get", "c1", "-p", "openmic", "-f", "json"], json)).toBe(0);
    expect(JSON.parse(json.out).id).toBe(HOSTILE_CALL.call_id);
  });

  it("an error message with escapes is printed escaped on stderr", async () => {
    server = await startFaultServer(() => ({ status: 404, body: { message: `no such call ${ESC}[2J` } }));
    const io = memoryIO(env(server.url));
    expect(await run(["calls", "get", "c1", "-p", "openmic"], io)).toBe(5);
    expect(io.err).not.toContain(ESC);
    expect(io.err).toContain("\\x1b[2J");
  });
});

describe("calls get with an id that would leave the path segment", () => {
  it.each(["..", ".", "a/../b"])(
    "calls get %s is a usage-level error, and no request is sent",
    async (id) => {
      server = await startFaultServer(() => ({ body: { calls: [], pagination: { has_more: false } } }));
      const io = memoryIO(env(server.url));
      expect(await run(["calls", "get", id, "-p", "openmic"], io)).not.toBe(0);
      expect(io.err).toMatch(/id must/);
      expect(server.requests).toHaveLength(0);
    },
  );
});

describe("secrets in the environment never reach stderr", () => {
  it.each([
    [
      "a base URL with user:password@",
      { OPENMIC_API_KEY: "test-openmic-0123456789", OPENMIC_BASE_URL: "http://u:hunter2secret@127.0.0.1:9" },
      "hunter2secret",
      "baseUrl",
    ],
    [
      "an API key with a newline",
      { OPENMIC_API_KEY: "sk_live_top\nsecret_42", OPENMIC_BASE_URL: "http://127.0.0.1:9" },
      "secret_42",
      "apiKey",
    ],
  ])(
    "%s is a configuration error (exit 2) naming the option, not the value",
    async (_, environment, secret, option) => {
      const io = memoryIO(environment);
      expect(await run(["calls", "list", "-p", "openmic"], io)).toBe(2);
      expect(io.err).toContain(option);
      expect(io.err).not.toContain(secret);
    },
  );
});

describe("a closed pipe (… | head -1)", () => {
  it("exits 0 quietly and stops fetching", async () => {
    // Endless pages of 50 calls each.
    server = await startFaultServer((req) => {
      const offset = Number(new URL(req.url, "http://x").searchParams.get("offset") ?? 0);
      const calls = Array.from({ length: 50 }, (_, i) => ({ call_id: `c${offset + i}`, agent_id: "a" }));
      return { body: { calls, pagination: { has_more: true } }, delayMs: 5 };
    });
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    // `--order arrival` streams as pages arrive (the default newest-first order reads OpenMic whole to sort).
    const child = spawn(
      process.execPath,
      [bin, "calls", "list", "-p", "openmic", "-f", "ndjson", "--order", "arrival", "--all"],
      {
        env: { ...process.env, ...env(server.url) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    // Read the first line, then close the read end, as `head -1` does.
    const firstLine = await new Promise<string>((resolve) => {
      let buffered = "";
      child.stdout.on("data", (d) => {
        buffered += String(d);
        const nl = buffered.indexOf("\n");
        if (nl >= 0) {
          child.stdout.destroy();
          resolve(buffered.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(JSON.parse(firstLine).id).toBe("c0");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const requestsAtExit = server.requests.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests.length).toBe(requestsAtExit);
    expect(requestsAtExit).toBeLessThan(10);
  });
});
