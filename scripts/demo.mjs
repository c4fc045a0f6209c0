#!/usr/bin/env node
/**
 * The demo: starts a Prism mock for every provider spec, runs the `switchboard` CLI against them
 * (`calls list --provider all`, then `calls get` of each provider's seed call), prints the unified calls,
 * and stops the mocks, leaving no process behind. Run it with `pnpm demo` (which builds first).
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPrisms } from "@switchboard/testing";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages/cli/dist/bin.js");

/** The demo's providers: the env a user would set, pointed at the mocks, and one seed call id each. */
const PROVIDERS = [
  {
    name: "openmic",
    env: { OPENMIC_API_KEY: "demo-openmic-key" },
    baseUrlVar: "OPENMIC_BASE_URL",
    seedCall: "cmbbvrg8wzi487w02m2bc7dji",
  },
  {
    name: "zudu",
    env: { ZUDU_API_KEY: "demo-zudu-key", ZUDU_API_SECRET: "demo-zudu-secret" },
    baseUrlVar: "ZUDU_BASE_URL",
    seedCall: "call-456",
  },
  {
    name: "thinnestai",
    env: { THINNESTAI_API_KEY: "demo-thinnestai-key" },
    baseUrlVar: "THINNESTAI_BASE_URL",
    seedCall: "77",
  },
  {
    name: "butter",
    env: { BUTTER_API_KEY: "demo-butter-key" },
    baseUrlVar: "BUTTER_BASE_URL",
    seedCall: "call_abc123def456",
  },
];

const servers = await startPrisms(PROVIDERS.map((p) => p.name));
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
let failed = false;
try {
  const env = { ...process.env };
  for (const provider of PROVIDERS) {
    Object.assign(env, provider.env);
    env[provider.baseUrlVar] = servers.find((s) => s.name === provider.name).url;
  }
  const runCli = (args) => {
    console.log(`\n$ switchboard ${args.join(" ")}`);
    const result = spawnSync(process.execPath, [cli, ...args], { env, stdio: "inherit" });
    if (result.status !== 0) failed = true;
  };
  console.log(`Prism mocks: ${servers.map((s) => `${s.name} ${s.url}`).join(", ")}`);
  runCli(["calls", "list", "--provider", "all"]);
  for (const provider of PROVIDERS) {
    runCli(["calls", "get", provider.seedCall, "--provider", provider.name, "--format", "table"]);
  }
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
