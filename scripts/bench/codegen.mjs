/**
 * Benchmark 4: code generation. A cold `turbo run generate --force` for every spec, and a run that is a
 * full turbo cache hit. Goals: cold < 5 s, hit < 1 s. Wall time of the whole command, turbo start included.
 */
import { execFileSync } from "node:child_process";
import { root } from "../packages.mjs";

const turbo = (args) => {
  const started = performance.now();
  const out = execFileSync("pnpm", ["exec", "turbo", "run", "generate", "--output-logs=none", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  return {
    ms: performance.now() - started,
    cached: /Cached:\s+(\d+) cached, (\d+) total/.exec(out)?.slice(1, 3).join("/"),
  };
};

export function benchCodegen() {
  const cold = turbo(["--force"]);
  turbo([]); // make sure the cache holds this state
  const hit = turbo([]);
  return [
    { run: "cold (--force)", ms: cold.ms, cached: cold.cached },
    { run: "turbo cache hit", ms: hit.ms, cached: hit.cached },
  ];
}
