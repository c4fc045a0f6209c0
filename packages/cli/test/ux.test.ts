import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { handleWebhookPayload } from "@switchboard/sdk";
import { type FaultStep, openMicTimedCall, startFaultServer, startPagingServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { startWebhookListener, type WebhookListener } from "../src/commands/webhooks/listen.js";
import { EXIT } from "../src/errors.js";
import { WEBHOOK_SAMPLES } from "../src/generated/webhook-samples.js";
import { run } from "../src/program.js";
import { memoryIO, mockEnv } from "./env.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const KEY = "sk_live_never_print_me_0123456789";
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-ux-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
async function fault(handler: (req: { url: string; headers: Record<string, unknown> }) => FaultStep) {
  const server = await startFaultServer(handler);
  cleanups.push(() => server.close());
  return server;
}

describe("progress line (a terminal's stderr)", () => {
  it("draws the first frame at once and at most ~10 frames a second, then erases itself", async () => {
    const server = await startPagingServer({ total: 600, makeCall: openMicTimedCall, delayMs: 120 });
    cleanups.push(() => server.close());
    const io = memoryIO({ OPENMIC_API_KEY: KEY, OPENMIC_BASE_URL: server.urlOf("openmic") }, true);
    const frames: number[] = [];
    const write = io.stderr.write;
    const started = performance.now();
    io.stderr.write = (s: string) => {
      if (s.includes("fetching calls…")) frames.push(performance.now() - started);
      return write(s);
    };
    const code = await run(
      ["calls", "list", "-p", "openmic", "--all", "--order", "arrival", "-f", "ndjson"],
      io,
    );
    const elapsed = performance.now() - started;
    expect(code).toBe(0);
    expect(io.out.trim().split("\n")).toHaveLength(600);
    expect(frames[0]).toBeLessThan(300);
    expect(frames.length).toBeGreaterThanOrEqual(3);
    expect(frames.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    expect(io.err).toMatch(/fetching calls… openmic [1-9]\d*/);
    // Once per 600 calls, not once per call: the old line was redrawn on every call.
    expect(frames.length).toBeLessThan(600 / 10);
    expect(io.err).toContain("600 calls from openmic");
  });
});

describe("credentials: profiles, --api-key, environment", () => {
  it("config set stores a profile's keys owner-only, never prints a secret, and the profile is used", async () => {
    const dir = tempDir();
    const urls = mockEnv();
    const env = { SWITCHBOARD_CONFIG_DIR: dir };
    const io = memoryIO(env);
    expect(await run(["config", "set", "openmic.apiKey", KEY, "--profile", "work"], io)).toBe(0);
    expect(
      await run(["--profile", "work", "config", "set", "openmic.baseUrl", urls.OPENMIC_BASE_URL ?? ""], io),
    ).toBe(0);
    const file = join(dir, "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).profiles.work["openmic.apiKey"]).toBe(KEY);

    const shown = memoryIO(env);
    expect(await run(["config", "list", "-f", "json"], shown)).toBe(0);
    expect(await run(["config", "get", "openmic.apiKey", "--profile", "work"], shown)).toBe(0);
    expect(await run(["--profile", "work", "config", "get", "openmic.baseUrl"], shown)).toBe(0);
    expect(shown.out).not.toContain(KEY);
    expect(shown.out).toContain("(set, hidden)");
    expect(shown.out).toContain(urls.OPENMIC_BASE_URL);

    // The profile's key and base URL reach the client: no OPENMIC_* variable is set.
    const listed = memoryIO(env);
    expect(await run(["--profile", "work", "calls", "list", "-p", "openmic", "-f", "json"], listed)).toBe(0);
    expect(JSON.parse(listed.out)).toHaveLength(2);
    const bySwitchboardProfile = memoryIO({ ...env, SWITCHBOARD_PROFILE: "work" });
    expect(await run(["calls", "list", "-p", "openmic", "-f", "json"], bySwitchboardProfile)).toBe(0);

    // An environment variable wins over the profile: here a base URL where nothing listens.
    const dead = memoryIO({ ...env, OPENMIC_BASE_URL: "http://127.0.0.1:9" });
    expect(await run(["--profile", "work", "calls", "get", "x", "-p", "openmic"], dead)).toBe(
      EXIT.connection,
    );

    const unknown = memoryIO(env);
    expect(await run(["--profile", "nope", "calls", "list", "-p", "openmic"], unknown)).toBe(EXIT.config);
    expect(unknown.err).toContain('profile "nope" is not in');
    expect(unknown.err).toContain("known: work");
    const badKey = memoryIO(env);
    expect(await run(["config", "set", "openmic.apikey", "x"], badKey)).toBe(EXIT.usage);
    expect(badKey.err).toContain("known: openmic.apiKey, openmic.baseUrl");
  });

  it("the config file lives under $XDG_CONFIG_HOME/switchboard (env-paths) for the real executable", () => {
    const xdg = tempDir();
    const env = { ...process.env, XDG_CONFIG_HOME: xdg, SWITCHBOARD_CONFIG_DIR: "" };
    const set = spawnSync(process.execPath, [BIN, "config", "set", "retell.apiKey"], {
      env,
      input: `${KEY}\n`,
      encoding: "utf8",
    });
    expect(set.status).toBe(0);
    const file = join(xdg, "switchboard", "config.json");
    expect(JSON.parse(readFileSync(file, "utf8")).profiles.default["retell.apiKey"]).toBe(KEY);
    const path = spawnSync(process.execPath, [BIN, "config", "path"], { env, encoding: "utf8" });
    expect(path.stdout.trim()).toBe(file);
  });

  it("--api-key is the one selected provider's key; with several providers it is a usage error", async () => {
    const server = await fault(() => ({ body: { calls: [], pagination: { has_more: false } } }));
    const io = memoryIO({ OPENMIC_BASE_URL: server.url });
    expect(await run(["--api-key", KEY, "calls", "list", "-p", "openmic", "-f", "json"], io)).toBe(0);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    const several = memoryIO(mockEnv());
    expect(await run(["--api-key", KEY, "calls", "list", "-p", "all"], several)).toBe(EXIT.usage);
    expect(several.err).toContain("--api-key needs exactly one --provider");
    expect(several.err).not.toContain(KEY);
  });
});

describe("switchboard doctor", () => {
  it("lists every provider, configured or not, with its source and base URL", async () => {
    const io = memoryIO({ OPENMIC_API_KEY: KEY, VAPI_API_KEY: KEY, VAPI_BASE_URL: "http://127.0.0.1:1" });
    expect(await run(["doctor", "-f", "json"], io)).toBe(0);
    const rows = JSON.parse(io.out) as {
      provider: string;
      configured: boolean;
      source: string;
      baseUrl: string;
    }[];
    expect(rows.map((r) => r.provider)).toEqual([
      "bland",
      "butter",
      "openmic",
      "retell",
      "thinnestai",
      "vapi",
      "zudu",
    ]);
    expect(rows.find((r) => r.provider === "openmic")).toMatchObject({
      configured: true,
      source: "env",
      baseUrl: "https://api.openmic.ai",
    });
    expect(rows.find((r) => r.provider === "vapi")?.baseUrl).toBe("http://127.0.0.1:1");
    expect(rows.find((r) => r.provider === "zudu")).toMatchObject({
      configured: false,
      source: "not configured (ZUDU_API_KEY, ZUDU_API_SECRET not set)",
    });
    expect(io.out).not.toContain(KEY);
  });

  it("--check makes one request per configured provider: ok, 401, unreachable; exit non-zero on a failure", async () => {
    const unauthorized = await fault(() => ({ status: 401, body: { error: "Invalid API key" } }));
    const env = {
      ...mockEnv(),
      RETELL_BASE_URL: unauthorized.url,
      VAPI_BASE_URL: "http://127.0.0.1:9",
    };
    const io = memoryIO(env);
    expect(await run(["doctor", "--check", "-f", "json"], io)).toBe(EXIT.providerFailed);
    const rows = JSON.parse(io.out) as { provider: string; check: string }[];
    const check = Object.fromEntries(rows.map((r) => [r.provider, r.check]));
    expect(check.openmic).toBe("ok");
    expect(check.bland).toBe("ok");
    expect(check.retell).toMatch(/^401 unauthorized/);
    expect(check.vapi).toMatch(/^unreachable/);
    expect(unauthorized.requests).toHaveLength(1);

    const one = memoryIO(env);
    expect(await run(["doctor", "--check", "-p", "retell"], one)).toBe(EXIT.authentication);
    const ok = memoryIO(mockEnv());
    expect(await run(["doctor", "--check", "-p", "openmic,zudu"], ok)).toBe(0);
    expect(ok.out).toMatch(/^openmic\tyes\tenv\t\S+\tok$/m);
  });
});

describe("--debug, help, version", () => {
  it("--debug logs each request and response line with its request id, secrets redacted", async () => {
    const server = await fault(() => ({
      headers: { "x-request-id": "req_debug_42" },
      body: { calls: [], pagination: { has_more: false } },
    }));
    const io = memoryIO({ OPENMIC_API_KEY: KEY, OPENMIC_BASE_URL: `${server.url}/${KEY}` });
    expect(await run(["--debug", "calls", "list", "-p", "openmic"], io)).toBe(0);
    expect(io.err).toMatch(
      /^debug: \[switchboard:openmic\] GET http:\/\/127\.0\.0\.1:\d+\/\S+\/v1\/calls\?\S* → 200 \(attempt 1, \d+ ms, request id req_debug_42\)$/m,
    );
    expect(io.err).not.toContain(KEY);
    const quiet = memoryIO({ OPENMIC_API_KEY: KEY, OPENMIC_BASE_URL: server.url });
    expect(await run(["calls", "list", "-p", "openmic"], quiet)).toBe(0);
    expect(quiet.err).toBe("");
  });

  it("help <cmd> <sub> prints the sub-command's help; -v the version", async () => {
    const io = memoryIO({});
    expect(await run(["help", "calls", "list"], io)).toBe(0);
    expect(io.out).toContain("Usage: switchboard calls list [options]");
    const version = memoryIO({});
    expect(await run(["-v"], version)).toBe(0);
    expect(version.out.trim()).toBe(
      JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version,
    );
    const unknown = memoryIO({});
    expect(await run(["help", "calls", "lst"], unknown)).toBe(EXIT.usage);
    expect(unknown.err).toContain('unknown command "calls lst"; known: list, get, summary');
  });
});

describe("switchboard completion", () => {
  const complete = (words: string[]) => {
    const script = memoryIO({});
    return run(["completion", "bash"], script).then(() => {
      const file = join(tempDir(), "completion.bash");
      writeFileSync(file, script.out);
      const line = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _switchboard_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync("bash", ["-c", line], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      return result.stdout.trim().split("\n").filter(Boolean);
    });
  };

  it("bash completes commands, sub-commands, options and option values", async () => {
    expect(await complete(["switchboard", "ca"])).toEqual(["calls"]);
    expect(await complete(["switchboard", "calls", "l"])).toEqual(["list"]);
    expect(await complete(["switchboard", "calls", "list", "--fo"])).toEqual(["--format"]);
    expect(await complete(["switchboard", "calls", "list", "--format", ""])).toEqual([
      "table",
      "tsv",
      "json",
      "ndjson",
      "csv",
    ]);
    expect(await complete(["switchboard", "calls", "list", "-p", "re"])).toEqual(["retell"]);
    expect(await complete(["switchboard", "webhooks", "trigger", "--ex"])).toEqual(["--example"]);
  });

  it("zsh and fish scripts cover the same tree; an unknown shell is a usage error", async () => {
    const zsh = memoryIO({});
    expect(await run(["completion", "zsh"], zsh)).toBe(0);
    expect(zsh.out).toContain("bashcompinit");
    expect(zsh.out).toContain("complete -o default -F _switchboard_completion switchboard");
    const fish = memoryIO({});
    expect(await run(["completion", "fish"], fish)).toBe(0);
    expect(fish.out).toContain(
      "complete -c switchboard -n '__fish_seen_subcommand_from calls; and not __fish_seen_subcommand_from list get summary' -a 'list'",
    );
    expect(fish.out).toMatch(
      /-n '__fish_seen_subcommand_from calls; and __fish_seen_subcommand_from list' -l format -s f -x -a 'table tsv json ndjson csv'/,
    );
    expect(await run(["completion", "tcsh"], memoryIO({}))).toBe(EXIT.usage);
  });
});

describe("exit codes: every command against every failure", () => {
  const FAILURES: [string, number, FaultStep | "dead"][] = [
    ["HTTP 401", EXIT.authentication, { status: 401, body: { error: "Invalid API key" } }],
    ["HTTP 403", EXIT.permissionDenied, { status: 403, body: { error: "Forbidden" } }],
    ["HTTP 404", EXIT.notFound, { status: 404, body: { error: "Not found" } }],
    [
      "HTTP 429 (Retry-After beyond the patience limit)",
      EXIT.rateLimited,
      { status: 429, headers: { "retry-after": "3600" }, body: {} },
    ],
    ["HTTP 400", EXIT.api, { status: 400, body: { error: "Bad request" } }],
    [
      "a body that is not JSON",
      EXIT.invalidResponseBody,
      { body: "<html>oops</html>", headers: { "content-type": "text/html" } },
    ],
    ["nothing listening", EXIT.connection, "dead"],
  ];
  const commands = (db: string): string[][] => [
    ["calls", "list", "-p", "openmic"],
    ["calls", "get", "c1", "-p", "openmic"],
    ["calls", "summary", "-p", "openmic"],
    ["sync", "-p", "openmic", "--db", db],
    ["doctor", "--check", "-p", "openmic"],
  ];

  it.each(FAILURES)("%s: exit %i in every command", async (_label, code, step) => {
    const url = step === "dead" ? "http://127.0.0.1:9" : (await fault(() => step)).url;
    const dir = tempDir();
    const results = await Promise.all(
      commands(join(dir, "store.duckdb")).map(async (args) => {
        const io = memoryIO({ OPENMIC_API_KEY: KEY, OPENMIC_BASE_URL: url });
        const exit = await run(args, io);
        expect(io.err).not.toContain(KEY);
        return [args.join(" "), exit];
      }),
    );
    expect(Object.fromEntries(results)).toEqual(
      Object.fromEntries(commands(join(dir, "store.duckdb")).map((args) => [args.join(" "), code])),
    );
  });

  it("configuration (2) and usage (64) in every command, webhooks included", async () => {
    const dir = tempDir();
    const payload = join(dir, "payload.json");
    writeFileSync(payload, "{}");
    const server = await fault(() => ({ status: 500, body: {} }));
    const table: [string[], number][] = [
      ...commands(join(dir, "s.duckdb")).map((args): [string[], number] => [args, EXIT.config]),
      [["calls", "list", "-p", "openmic", "--bogus"], EXIT.usage],
      [["calls", "get", "c1", "-p", "nope"], EXIT.usage],
      [["sync", "-p", "retel"], EXIT.usage],
      [["doctor", "-p", "vap"], EXIT.usage],
      [["webhooks", "send", "-p", "bland", "--file", payload, "--url", server.url], EXIT.config],
      [["webhooks", "trigger", "bland", "--url", server.url], EXIT.config],
      [
        [
          "webhooks",
          "send",
          "-p",
          "bland",
          "--file",
          join(dir, "missing.json"),
          "--url",
          server.url,
          "--secret",
          "s",
        ],
        EXIT.usage,
      ],
      [["webhooks", "trigger", "bland", "noSuchEvent", "--secret", "s"], EXIT.usage],
      [
        [
          "webhooks",
          "send",
          "-p",
          "bland",
          "--file",
          payload,
          "--url",
          "http://127.0.0.1:9/x",
          "--secret",
          "s",
        ],
        EXIT.connection,
      ],
      [["webhooks", "trigger", "bland", "--url", "http://127.0.0.1:9/x", "--secret", "s"], EXIT.connection],
      [["webhooks", "trigger", "bland", "--url", server.url, "--secret", "s"], EXIT.api],
    ];
    for (const [args, code] of table) {
      const io = memoryIO({});
      expect([args.join(" "), await run(args, io)]).toEqual([args.join(" "), code]);
      expect(io.err.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("webhooks trigger, listen --forward-to, and the --out lock", () => {
  const SECRETS: Record<string, string> = {
    BLAND_WEBHOOK_SECRET: "whsec_bland_0123456789",
    RETELL_WEBHOOK_SECRET: "key_retell_0123456789",
    THINNESTAI_WEBHOOK_SECRET: "whsec_thinnest_0123456789",
    VAPI_WEBHOOK_SECRET: "whsec_vapi_0123456789",
    OPENMIC_WEBHOOK_TOKEN: "tok_openmic_0123456789",
    BUTTER_WEBHOOK_TOKEN: "tok_butter_0123456789",
    ZUDU_WEBHOOK_TOKEN: "tok_zudu_0123456789",
  };
  const listen = async (options: Partial<Parameters<typeof startWebhookListener>[0]> = {}) => {
    const out = join(tempDir(), "events.ndjson");
    const lines: string[] = [];
    const listener: WebhookListener = await startWebhookListener({
      port: 0,
      out,
      env: SECRETS,
      log: (line) => lines.push(line),
      ...options,
    });
    cleanups.push(() => listener.close());
    return { listener, out, lines };
  };

  it("sends every built-in sample of every provider, signed, and the listener stores each", async () => {
    const { listener, out } = await listen();
    const sent: string[] = [];
    for (const [provider, events] of Object.entries(WEBHOOK_SAMPLES))
      for (const [event, sample] of Object.entries(events))
        for (const example of Object.keys(sample.examples)) {
          const io = memoryIO(SECRETS);
          const args = [
            "webhooks",
            "trigger",
            provider,
            event,
            "--example",
            example,
            "--url",
            `${listener.url}/webhooks/${provider}`,
          ];
          expect([args.join(" "), await run(args, io), io.err.split("\n").slice(1).join("")]).toEqual([
            args.join(" "),
            0,
            "",
          ]);
          expect(io.out).toMatch(/^HTTP 200 \{"received":true/);
          sent.push(`${provider} ${event}`);
        }
    expect(new Set(sent.map((s) => s.split(" ")[0]))).toEqual(
      new Set(["bland", "butter", "openmic", "retell", "thinnestai", "vapi", "zudu"]),
    );
    const stored = readFileSync(out, "utf8").trim().split("\n");
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(sent.length);
  });

  it("--print shows the sample; the default event is the provider's first", async () => {
    const io = memoryIO({});
    expect(await run(["webhooks", "trigger", "retell", "--print"], io)).toBe(0);
    expect(JSON.parse(io.out).event).toBe("call_started");
  });

  it("--forward-to re-posts each new event to the app: the original bytes and signature, or the unified event", async () => {
    const received: { headers: IncomingMessage["headers"]; body: string; url: string }[] = [];
    const app: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          url: req.url ?? "",
        });
        res.writeHead(received.length === 1 ? 204 : 500).end();
      });
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => app.close(resolve)));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    const { listener, lines } = await listen({ forwardTo: `${appUrl}/hooks/{provider}` });
    const send = (args: string[]) =>
      run(
        ["webhooks", "trigger", ...args, "--url", `${listener.url}/webhooks/${args[0]}`],
        memoryIO(SECRETS),
      );
    expect(await send(["bland", "postCall"])).toBe(0);
    // A redelivery is acknowledged, and not forwarded again.
    expect(await send(["bland", "postCall"])).toBe(0);
    await listener.close();
    expect(received).toHaveLength(1);
    const [first] = received;
    expect(first?.url).toBe("/hooks/bland");
    expect(first?.body).toBe(
      JSON.stringify(JSON.parse(WEBHOOK_SAMPLES.bland?.postCall?.examples.standard?.body ?? "null")),
    );
    // The app verifies the signature itself, with the sdk, on the forwarded request.
    const event = await handleWebhookPayload({
      provider: "bland",
      body: first?.body ?? "",
      headers: first?.headers as Record<string, string>,
      secret: SECRETS.BLAND_WEBHOOK_SECRET,
    });
    expect(event.provider).toBe("bland");
    expect(lines.some((l) => /→ forwarded to .*\/hooks\/bland: 204/.test(l))).toBe(true);

    const unified = await listen({ forwardTo: `${appUrl}/unified`, forwardFormat: "unified" });
    expect(
      await run(
        ["webhooks", "trigger", "vapi", "--url", `${unified.listener.url}/webhooks/vapi`],
        memoryIO(SECRETS),
      ),
    ).toBe(0);
    await unified.listener.close();
    expect(JSON.parse(received[1]?.body ?? "{}")).toMatchObject({
      provider: "vapi",
      type: expect.any(String),
    });
    expect(unified.lines.some((l) => / → forwarded to .*\/unified: 500/.test(l))).toBe(true);
  });

  it("a second listener on the same --out exits 2 naming the holder's pid; a stale lock is taken over", async () => {
    const { out } = await listen();
    const second = memoryIO(SECRETS);
    expect(await run(["webhooks", "listen", "--port", "0", "--out", out], second)).toBe(EXIT.config);
    expect(second.err).toContain(`is locked by another listener (pid ${process.pid}`);

    const stale = join(tempDir(), "events.ndjson");
    writeFileSync(`${stale}.lock`, "2147483646\n");
    const taken = await startWebhookListener({ port: 0, out: stale, env: SECRETS });
    expect(readFileSync(`${stale}.lock`, "utf8").trim()).toBe(String(process.pid));
    await taken.close();
    expect(() => statSync(`${stale}.lock`)).toThrow();
  });
});

describe("provider selection", () => {
  it("every command takes a comma list, a repeated flag or all; a typo is a usage error with a suggestion", async () => {
    for (const command of [["calls", "list"], ["calls", "summary"], ["sync"], ["doctor"]]) {
      const io = memoryIO(mockEnv());
      expect(await run([...command, "-p", "retell,vapy"], io)).toBe(EXIT.usage);
      expect(io.err).toContain('unknown provider "vapy" (did you mean "vapi"?)');
    }
    const io = memoryIO(mockEnv());
    expect(await run(["calls", "summary", "-p", "retell,vapi", "-p", "openmic", "-f", "json"], io)).toBe(0);
    expect(JSON.parse(io.out).providers.map((p: { provider: string }) => p.provider)).toEqual([
      "openmic",
      "retell",
      "vapi",
    ]);
  });
});
