#!/usr/bin/env node
/**
 * `pnpm release [--dry-run]`: builds every package, shows the pending version plan (`changeset status
 * --verbose`), then publishes with `changeset publish` — or, with `--dry-run`, runs `pnpm publish
 * --dry-run` for every public package to show exactly what would be uploaded, without uploading.
 */
import { execFileSync } from "node:child_process";
import { root } from "./packages.mjs";

const dryRun = process.argv.includes("--dry-run");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"]);
try {
  run("pnpm", ["exec", "changeset", "status", "--verbose"]);
} catch {
  // `changeset status` exits 1 when there are no changesets; the publish step below still shows the plan.
}
if (dryRun) {
  run("pnpm", [
    "-r",
    "--filter",
    "./packages/*",
    "publish",
    "--dry-run",
    "--no-git-checks",
    "--access",
    "public",
  ]);
} else {
  run("pnpm", ["exec", "changeset", "publish"]);
}
