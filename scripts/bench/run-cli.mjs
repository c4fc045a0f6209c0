/**
 * Runs the built `switchboard` CLI in a child process for a benchmark, with `report-rss.mjs` preloaded: its wall
 * time, exit code, stderr (without the RSS line) and peak RSS in MB. Asynchronous, so a loopback server in this
 * process keeps answering. stdout is collected unless `onStdout` takes each chunk (e.g. to count lines).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root } from "../packages.mjs";

/**
 * @param {string[]} args the CLI's arguments, e.g. `["sync", "-p", "openmic"]`
 * @param {Record<string, string | undefined>} env the child's environment
 * @param {{ onStdout?: (chunk: Buffer) => void }} [options]
 * @returns {Promise<{ code: number | null, ms: number, stdout: string, stderr: string, rssMb: number }>}
 */
export function runCli(args, env, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        "--import",
        join(root, "scripts/bench/report-rss.mjs"),
        join(root, "packages/cli/dist/bin.js"),
        ...args,
      ],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", options.onStdout ?? ((chunk) => (stdout += chunk)));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({
        code,
        ms: performance.now() - started,
        stdout,
        stderr: stderr.replace(/maxRSS=\d+\n?/, ""),
        rssMb: Number(/maxRSS=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024,
      }),
    );
  });
}
