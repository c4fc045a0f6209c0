#!/usr/bin/env node
/**
 * Fails when a committed generated file differs from what its spec generates: regenerates every package
 * (bypassing the turbo cache), then asks git whether any file under a `src/generated/` folder differs
 * from the commit (modified, deleted or new); then that the sdk's and the normalizer's provider dependencies
 * are the ones their sources import (scripts/provider-deps.mjs), and that docs/mapping.md matches the
 * normalizers.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The repository's pnpm, exactly (`packageManager` in package.json, e.g. `pnpm@10.34.8`). */
const pnpm = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).packageManager;

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
run("npx", ["-y", pnpm, "exec", "turbo", "run", "generate", "--force", "--output-logs=errors-only"]);
const changed = run("git", ["status", "--porcelain", "--untracked-files=all", "--", "packages", "docs"])
  .split("\n")
  .filter((line) => /\/src\/generated\//.test(line))
  .join("\n");
if (changed) {
  console.error(
    `Generated files are out of date with their specs. Run \`pnpm generate\` and commit:\n${changed}`,
  );
  process.exit(1);
}
console.log("generated files match the specs");
execFileSync(process.execPath, ["scripts/provider-deps.mjs", "--check"], { stdio: "inherit" });
// The field-mapping matrix is derived from the built sdk (its provider descriptors and their normalizers).
run("npx", [
  "-y",
  pnpm,
  "exec",
  "turbo",
  "run",
  "build",
  "--filter=@switchboard/sdk",
  "--output-logs=errors-only",
]);
execFileSync(process.execPath, ["scripts/mapping-matrix.mjs", "--check"], { stdio: "inherit" });
