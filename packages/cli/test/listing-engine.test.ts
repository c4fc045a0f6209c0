import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type AnyProviderDescriptor, PROVIDERS } from "@switchboard/sdk";
import {
  type FaultServer,
  openMicTimedCall,
  type PagingServer,
  pagingCalls,
  startFaultServer,
  startPagingServer,
} from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT } from "../src/errors.js";
import { run } from "../src/program.js";
import { memoryIO, providerEnv } from "./env.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

let paging: PagingServer | undefined;
let fault: FaultServer | undefined;
afterEach(async () => {
  await paging?.close();
  await fault?.close();
  paging = undefined;
  fault = undefined;
});

/** Paging-server calls any provider's client pages by and its normalizer reads, with its id type. */
const callOf = (descriptor: AnyProviderDescriptor) => pagingCalls(descriptor.idType).makeCall;
const idOf = (descriptor: AnyProviderDescriptor, index: number) => pagingCalls(descriptor.idType).idOf(index);

const openmic = PROVIDERS.find((d) => d.name === "openmic") as AnyProviderDescriptor;

/** An OpenMic history that does not end for these tests: 200,000 calls a second apart, 50 ms a page. */
const endlessOpenMic = () =>
  startPagingServer({ total: 200_000, makeCall: openMicTimedCall, delayMs: 50, spacingMs: 1000 });

/** Runs the built CLI with `args`; `onStdout(chunk, child)` sees its output. */
function spawnCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const exit = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))),
  );
  return { child, exit, stderr: () => stderr };
}

/**
 * What the server sees after the process is gone: requests still in progress once their delay is over, and
 * requests received later (there must be none: the process is gone, so were its requests).
 */
async function quietAfter(
  server: PagingServer,
  provider: string,
): Promise<{ active: number; later: number }> {
  const received = server.received[provider] ?? 0;
  await new Promise((r) => setTimeout(r, 300));
  return { active: server.active[provider] ?? 0, later: (server.received[provider] ?? 0) - received };
}

describe("a reader that goes away stops the work (… | head -1)", () => {
  it.each([
    ["newest", "after the first line"],
    ["newest", "before the first line"],
    ["arrival", "after the first line"],
    ["arrival", "before the first line"],
  ] as const)("order %s, stdout closed %s: exit 0, nothing more fetched", async (order, when) => {
    paging = await endlessOpenMic();
    const cli = spawnCli(
      ["calls", "list", "-p", "openmic", "-f", "ndjson", "--all", "--order", order],
      providerEnv(openmic, paging.urlOf("openmic")),
    );
    let first = "";
    if (when === "before the first line") cli.child.stdout.destroy();
    else
      await new Promise<void>((resolve) => {
        cli.child.stdout.on("data", (d) => {
          first += String(d);
          if (first.includes("\n")) {
            cli.child.stdout.destroy();
            resolve();
          }
        });
      });
    const code = await cli.exit;
    expect(code).toBe(0);
    expect(cli.stderr()).toBe("");
    if (when === "after the first line")
      expect(JSON.parse(first.slice(0, first.indexOf("\n"))).provider).toBe("openmic");
    expect(await quietAfter(paging, "openmic")).toEqual({ active: 0, later: 0 });
    // Stopped within a window of the first line, not after the history.
    expect(paging.pages.openmic).toBeLessThan(40);
  });

  it("SIGINT stops every request and exits 130", async () => {
    paging = await endlessOpenMic();
    const cli = spawnCli(
      ["calls", "list", "-p", "openmic", "-f", "ndjson", "--all", "--order", "arrival"],
      providerEnv(openmic, paging.urlOf("openmic")),
    );
    await new Promise<void>((resolve) => cli.child.stdout.once("data", () => resolve()));
    cli.child.kill("SIGINT");
    expect(await cli.exit).toBe(EXIT.aborted);
    expect(await quietAfter(paging, "openmic")).toEqual({ active: 0, later: 0 });
  });
});

describe("switchboard calls list -n 10 reads the newest calls only", () => {
  it.each(PROVIDERS.filter((d) => d.listing.newest !== "sorted").map((d) => [d.name, d] as const))(
    "%s: the 10 newest of a 10,000-call history in at most 5 requests",
    async (name, descriptor) => {
      paging = await startPagingServer({
        total: 10_000,
        makeCall: callOf(descriptor),
        spacingMs: 1000,
        newestAgeMs: 60_000,
      });
      const io = memoryIO(providerEnv(descriptor, paging.urlOf(name)));
      expect(await run(["calls", "list", "-p", name, "-n", "10", "-f", "ndjson"], io)).toBe(0);
      const ids = io.out
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => idOf(descriptor, i)));
      expect(paging.pages[name]).toBeLessThanOrEqual(5);
    },
  );

  it("a list with neither an order nor a time filter says on stderr that newest-first reads it whole", async () => {
    const sorted = PROVIDERS.filter((d) => d.listing.newest === "sorted");
    expect(sorted.length).toBeGreaterThan(0);
    for (const descriptor of sorted) {
      paging = await startPagingServer({ total: 30, makeCall: callOf(descriptor) });
      const io = memoryIO(providerEnv(descriptor, paging.urlOf(descriptor.name)));
      expect(await run(["calls", "list", "-p", descriptor.name, "-n", "2", "-f", "ndjson"], io)).toBe(0);
      expect(io.err).toContain(`${descriptor.name}: its list has no order and no time filter`);
      expect(io.out.trim().split("\n")).toHaveLength(2);
      const arrival = memoryIO(providerEnv(descriptor, paging.urlOf(descriptor.name)));
      await run(
        ["calls", "list", "-p", descriptor.name, "-n", "2", "-f", "ndjson", "--order", "arrival"],
        arrival,
      );
      expect(arrival.err).not.toContain("no order");
      await paging.close();
      paging = undefined;
    }
  });
});

describe("switchboard calls list is exactly once while calls arrive", () => {
  it.each(
    PROVIDERS.flatMap((d) => (["newest", "arrival"] as const).map((order) => [d.name, order, d] as const)),
  )(
    "%s, order %s: every call that existed at the start, once, with 3 new calls per page",
    async (name, order, descriptor) => {
      paging = await startPagingServer({
        total: 400,
        makeCall: callOf(descriptor),
        spacingMs: 30_000,
        delayMs: 2,
        insertPerPage: 3,
      });
      const io = memoryIO(providerEnv(descriptor, paging.urlOf(name)));
      expect(
        await run(
          ["calls", "list", "-p", name, "--all", "--order", order, "-f", "ndjson", "--fields", "id"],
          io,
        ),
      ).toBe(0);
      const ids = io.out
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids.length - new Set(ids).size).toBe(0);
      const seen = new Set(ids);
      const missing = Array.from({ length: 400 }, (_, i) => idOf(descriptor, i)).filter(
        (id) => !seen.has(id),
      );
      expect(missing).toEqual([]);
    },
  );
});

describe("--provider all: a failing provider beside an endless one", () => {
  it.each(["arrival", "newest"])(
    "order %s: gets its stderr line while the other is still listing",
    async (order) => {
      paging = await endlessOpenMic();
      fault = await startFaultServer(() => ({ status: 401, body: { message: "invalid api key" } }));
      const zudu = PROVIDERS.find((d) => d.name === "zudu") as AnyProviderDescriptor;
      const controller = new AbortController();
      const io = Object.assign(
        memoryIO({ ...providerEnv(openmic, paging.urlOf("openmic")), ...providerEnv(zudu, fault.url) }),
        { signal: controller.signal },
      );
      let reportedWhileListing = false;
      const write = io.stderr.write;
      io.stderr.write = (s: string) => {
        if (s.includes("zudu") && !controller.signal.aborted) {
          reportedWhileListing = true;
          controller.abort();
        }
        return write(s);
      };
      const started = Date.now();
      const code = await run(
        ["calls", "list", "-p", "openmic,zudu", "--all", "--order", order, "-f", "ndjson"],
        io,
      );
      expect(reportedWhileListing).toBe(true);
      expect(io.err).toMatch(/zudu.*AuthenticationError|zudu.*401|zudu.*authentication/i);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(code).toBe(EXIT.aborted);
    },
  );
});
