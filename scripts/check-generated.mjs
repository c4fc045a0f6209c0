#!/usr/bin/env node
/**
 * Fails when a committed generated file differs from what its spec generates: regenerates every package
 * (bypassing the turbo cache), then asks git whether anything under `src/generated/` or `docs/` changed.
 */
import { execFileSync } from "node:child_process";

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
run("npx", ["-y", "pnpm@10", "exec", "turbo", "run", "generate", "--force", "--output-logs=errors-only"]);
const changed = run("git", [
  "status",
  "--porcelain",
  "--",
  "packages/*/src/generated",
  "docs/mapping.md",
]).trim();
if (changed) {
  console.error(
    `Generated files are out of date with their specs. Run \`pnpm generate\` and commit:\n${changed}`,
  );
  process.exit(1);
}
console.log("generated files match the specs");
