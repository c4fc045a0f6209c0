import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two levels above this package's `dist/`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Absolute path of `specs/<name>.yaml`. */
export function specPath(name: string): string {
  return join(repoRoot, "specs", `${name}.yaml`);
}

/** A running Prism mock server. */
export interface PrismServer {
  /** The spec it serves (`openmic`, `zudu`, …). */
  name: string;
  /** Its base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** Process id of the Prism process. */
  pid: number;
  /** Stops the server (SIGTERM to its process group) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Prism exited because another process took its port between {@link freePort} and its own bind. */
class PortTaken extends Error {}

/**
 * Starts `prism mock --errors` on a free port for `specs/<name>.yaml` and resolves once Prism prints
 * "Prism is listening". With `--errors`, a served example that violates its own schema is a 500, so a
 * broken spec fails the tests. Rejects (and kills Prism) if it exits or is not listening within `timeoutMs`
 * (default 90 s: `pnpm test` starts every package's Prism servers at once, two dozen on a 2-core machine).
 * A port taken by another process between asking for it and Prism's bind (`EADDRINUSE`: many servers start
 * at once) is not a failure: Prism is started again on another free port, up to 5 times. `port` asks for a
 * port first (taken → another).
 */
export async function startPrism(
  name: string,
  options: { timeoutMs?: number; dynamic?: boolean; specFile?: string; port?: number } = {},
): Promise<PrismServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      const port = attempt === 1 && options.port !== undefined ? options.port : await freePort();
      return await startPrismOnce(name, options, port);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 5) throw error;
    }
  }
}

async function startPrismOnce(
  name: string,
  options: { timeoutMs?: number; dynamic?: boolean; specFile?: string },
  port: number,
): Promise<PrismServer> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");
  const args = [
    cli,
    "mock",
    "--errors",
    "-h",
    "127.0.0.1",
    "-p",
    String(port),
    options.specFile ?? specPath(name),
  ];
  if (options.dynamic) args.push("--dynamic");
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = options.timeoutMs ?? 90_000;
  let output = "";
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      try {
        process.kill(-(child.pid as number), "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
    });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`Prism for ${name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      const message = `Prism for ${name} exited with code ${code}:\n${output}`;
      fail(output.includes("EADDRINUSE") ? new PortTaken(message) : new Error(message));
    });
  });
  // Keep draining output so Prism never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { name, url, pid: child.pid as number, stop };
}

/** Starts several Prism servers at once; resolves when all listen. */
export async function startPrisms(names: string[]): Promise<PrismServer[]> {
  const servers = await Promise.allSettled(names.map((n) => startPrism(n)));
  const started = servers.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = servers.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(started.map((s) => s.stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  return started;
}

/**
 * A Vitest `globalSetup` for one spec: starts Prism and provides its URL to the tests as
 * `inject("prismUrl")`; stops it after the run.
 *
 * @example
 * // vitest.config.ts: test: { globalSetup: ["./test/global-setup.ts"] }
 * // test/global-setup.ts: export default prismGlobalSetup("openmic");
 */
export function prismGlobalSetup(name: string) {
  return async ({ provide }: { provide: (key: "prismUrl", value: string) => void }) => {
    const server = await startPrism(name);
    provide("prismUrl", server.url);
    return () => server.stop();
  };
}

/**
 * A vitest `globalSetup` starting one Prism mock per spec in `names` (as {@link startPrisms} does): tests read
 * `inject("prismUrls")`, provider → base URL. Stops them all at the end of the run.
 *
 * @example
 * // test/global-setup.ts: export default prismsGlobalSetup([...PROVIDER_NAMES]);
 */
export function prismsGlobalSetup(names: readonly string[]) {
  return async ({ provide }: { provide: (key: "prismUrls", value: Record<string, string>) => void }) => {
    const servers = await startPrisms([...names]);
    provide("prismUrls", Object.fromEntries(servers.map((s) => [s.name, s.url])));
    return () => Promise.all(servers.map((s) => s.stop()));
  };
}
