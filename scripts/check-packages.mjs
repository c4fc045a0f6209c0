#!/usr/bin/env node
/**
 * Checks every publishable package as it would be published: packs it with npm (`packTarball`), lints the
 * unpacked tarball with publint (strict) and checks its types with @arethetypeswrong/cli on the tarball.
 * Prints a table of packed and unpacked sizes. Needs `pnpm build` first. Every dependency of one workspace
 * package on another is `workspace:^` (published as `^x.y.z`), so that an app that installs the sdk and a
 * provider package shares one copy of `@switchboard/core` (`workspace:*` would publish an exact version).
 *
 * attw runs with the `node16` profile: every rule is checked (ESM and CommonJS, from `import` and
 * `require`, under node16 and bundler resolution); only the `node10` resolution (TypeScript's legacy
 * `moduleResolution: node`, which ignores `exports`) is left out. No rule is ignored.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packTarball, publicPackages } from "./packages.mjs";

const out = mkdtempSync(join(tmpdir(), "switchboard-pack-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let failed = false;
const rows = [];
try {
  for (const pkg of publicPackages()) {
    for (const field of ["dependencies", "devDependencies", "peerDependencies"])
      for (const [name, range] of Object.entries(pkg.manifest?.[field] ?? {}))
        if (range.startsWith("workspace:") && range !== "workspace:^") {
          failed = true;
          console.error(
            `${pkg.name}: ${field}.${name} is ${range}; internal packages depend on each other as workspace:^`,
          );
        }
    const tarball = packTarball(pkg, out);
    const files = run("tar", ["tzvf", tarball]).trim().split("\n");
    const unpackedDir = join(out, pkg.name.replace(/[@/]/g, "_"));
    mkdirSync(unpackedDir);
    run("tar", ["xzf", tarball, "-C", unpackedDir, "--strip-components=1"]);
    const unpacked = files.reduce((sum, line) => sum + Number(line.split(/\s+/)[2] ?? 0), 0);
    const checks = [];
    for (const [label, cmd, args] of [
      ["publint", "npx", ["publint", unpackedDir, "--strict", "--pack", "false"]],
      ["attw", "npx", ["attw", tarball, "--profile", "node16", "--format", "table-flipped"]],
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
