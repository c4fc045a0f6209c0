import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./prism.js";

/** A PostgreSQL server started for tests. */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication on loopback; no password). */
  url: string;
  port: number;
  /** Creates a fresh database and returns its URL. */
  createDatabase(name: string): string;
  /** Stops the server (immediate shutdown) and deletes its directory. */
  stop(): void;
}

/** The folder of Debian's PostgreSQL binaries (`/usr/lib/postgresql/<major>/bin`), the newest, if installed. */
export function postgresBinDir(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : join(base, majors[0], "bin");
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root), else as ourselves. */
function asPostgres(bin: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const [command, argv] = root ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command as string, argv as string[], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`${bin} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/**
 * Starts a throwaway PostgreSQL server: `initdb` into a temporary directory and `pg_ctl start` on a free
 * loopback port with its socket in that directory, both as the `postgres` user when run as root. No fsync (tests).
 * @throws {Error} when the binaries are missing (`apt-get install postgresql`) or the server does not start.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql-15)");
  const dir = mkdtempSync(join(tmpdir(), "switchboard-pg-"));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  asPostgres(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  asPostgres(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-w",
    "-t",
    "60",
    "-l",
    join(dir, "log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`,
    "start",
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    createDatabase(name) {
      asPostgres(join(bin, "createdb"), ["-h", dir, "-p", String(port), "-U", "postgres", name]);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        asPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let databases = 0;

/**
 * Creates a fresh, empty database on the server of `serverUrl` (`postgres://postgres@127.0.0.1:<port>/…`, as
 * {@link startPostgres} gives) with `createdb` over loopback, and returns its URL.
 * @throws {Error} when `createdb` fails.
 */
export function createDatabase(serverUrl: string): string {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql-15)");
  const url = new URL(serverUrl);
  const name = `t_${process.pid}_${Date.now().toString(36)}_${databases++}`;
  execFileSync(join(bin, "createdb"), [
    "-h",
    url.hostname,
    "-p",
    url.port,
    "-U",
    url.username || "postgres",
    name,
  ]);
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * A vitest global setup that starts one throwaway PostgreSQL server for a package's suite and provides its URL
 * as `inject("postgresUrl")`. On a machine without PostgreSQL its URL is `""` (tests skip) — except under CI
 * (`CI` set), where `.ci/run` installs it and a missing server is an error.
 */
export function postgresGlobalSetup() {
  return async ({ provide }: { provide: (key: "postgresUrl", value: string) => void }) => {
    if (!postgresBinDir() && !process.env.CI) {
      console.warn("PostgreSQL is not installed (apt-get install postgresql-15): its tests are skipped");
      provide("postgresUrl", "");
      return;
    }
    const server = await startPostgres();
    provide("postgresUrl", server.url);
    return () => server.stop();
  };
}
