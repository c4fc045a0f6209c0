#!/usr/bin/env node
/**
 * The demo: starts a Prism mock for every provider spec, runs the `switchboard` CLI against them
 * (`calls list --provider all`, `calls summary`, then `calls get` of each provider's seed call; the
 * providers are the sdk's descriptors), prints the unified calls, and ends with the main job on the
 * embedded default: `switchboard sync` of every provider into a temporary DuckDB file, then
 * `calls summary --db` of that file, and `switchboard report` of it (an HTML file kept in the temporary folder,
 * its path printed). It stops the mocks and deletes the store, leaving no process behind.
 * Run it with `pnpm demo` (which builds first).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPrisms } from "@switchboard/testing";
import { fakeEnv, loadDescriptors } from "./providers.mjs";
import { loadSpec, seedCall } from "./specs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages/cli/dist/bin.js");

/** The providers, from the sdk's descriptors; each one's seed call id is its spec's `getCall` seed example. */
const PROVIDERS = (await loadDescriptors(root)).map((descriptor) => {
  const seed = seedCall(loadSpec(descriptor.name));
  return { descriptor, seedCall: seed ? descriptor.normalize(seed).id : undefined };
});

const servers = await startPrisms(PROVIDERS.map((p) => p.descriptor.name));
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
let failed = false;
try {
  const env = { ...process.env };
  for (const { descriptor } of PROVIDERS) {
    Object.assign(env, fakeEnv(descriptor, servers.find((s) => s.name === descriptor.name).url));
  }
  const runCli = (args) => {
    console.log(`\n$ switchboard ${args.join(" ")}`);
    const result = spawnSync(process.execPath, [cli, ...args], { env, stdio: "inherit" });
    if (result.status !== 0) failed = true;
  };
  console.log(`Prism mocks: ${servers.map((s) => `${s.name} ${s.url}`).join(", ")}`);
  runCli(["calls", "list", "--provider", "all"]);
  runCli(["calls", "summary", "--provider", "all"]);
  for (const { descriptor, seedCall: id } of PROVIDERS) {
    if (id) runCli(["calls", "get", id, "--provider", descriptor.name, "--format", "table"]);
  }
  // The main job: every provider's calls into one table (DuckDB, embedded), then a summary of the store.
  const dir = mkdtempSync(join(tmpdir(), "switchboard-demo-"));
  const db = join(dir, "switchboard.duckdb");
  try {
    runCli(["sync", "--provider", "all", "--db", db]);
    runCli(["calls", "summary", "--provider", "all", "--db", db]);
    // The dashboard of the same store, kept after the demo (open it in a browser).
    runCli(["report", "--db", db, "--out", join(tmpdir(), "switchboard-demo-report.html")]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
