#!/usr/bin/env node
/**
 * Checks every publishable package as it would be published: `pnpm pack`s it, lints it with publint
 * (strict) and checks its types with @arethetypeswrong/cli on the tarball. Prints a table of packed and
 * unpacked sizes. Needs `pnpm build` first.
 *
 * attw rule ignored, on purpose: `cjs-resolves-to-esm`. The packages are ESM-only; CommonJS consumers load
 * them with `require()` on Node ≥ 20.19 (require(esm)), which scripts/smoke-tarballs.mjs proves.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publicPackages } from "./packages.mjs";

const out = mkdtempSync(join(tmpdir(), "switchboard-pack-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let failed = false;
const rows = [];
try {
  for (const pkg of publicPackages()) {
    const tarball = run("pnpm", ["pack", "--pack-destination", out], pkg.dir).trim().split("\n").pop();
    const files = run("tar", ["tzvf", tarball]).trim().split("\n");
    const unpacked = files.reduce((sum, line) => sum + Number(line.split(/\s+/)[2] ?? 0), 0);
    const checks = [];
    for (const [label, cmd, args] of [
      ["publint", "npx", ["publint", "--strict", "--pack", "pnpm"]],
      [
        "attw",
        "npx",
        [
          "attw",
          tarball,
          "--profile",
          "node16",
          "--ignore-rules",
          "cjs-resolves-to-esm",
          "--format",
          "table-flipped",
        ],
      ],
    ]) {
      try {
        run(cmd, args, pkg.dir);
        checks.push(`${label} ok`);
      } catch (error) {
        failed = true;
        checks.push(`${label} FAILED`);
        console.error(`${pkg.name}: ${label}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
      }
    }
    rows.push([
      pkg.name,
      `${(statSync(tarball).size / 1024).toFixed(1)} kB`,
      `${(unpacked / 1024).toFixed(1)} kB`,
      String(files.length),
      checks.join(", "),
    ]);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log("| package | packed | unpacked | files | checks |\n|---|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
process.exit(failed ? 1 : 0);
