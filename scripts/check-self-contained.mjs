#!/usr/bin/env node
/**
 * Fails when a tracked file points outside this repository instead of at a public source: a clone has
 * only the repository, so every fact must cite the provider's public documentation URL.
 *
 * It reports, with file and line:
 * - a relative path that climbs (`../`) into a folder named `shared` and does not resolve to a tracked
 *   file or folder of this repository (a relative import of the repository resolves, so it passes);
 * - the names of the provider notes files kept outside the repository (`providers` / `providers-next`
 *   with the Markdown extension);
 * - numbered reference-page copies ("seed" followed by a three-digit number starting `00`).
 *
 * Usage: `pnpm run check:self-contained` (all tracked files), or `node scripts/check-self-contained.mjs
 * FILE…` to check only the given files. Exit code 1 when anything is found.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

// Built from parts so that this file does not match its own patterns.
const NOTES_FILE = new RegExp(["\\bproviders", "(?:-next)?", "\\.md\\b"].join(""), "i");
const NUMBERED_COPY = new RegExp(["\\bseeds?", "[ _-]?", "00\\d\\b"].join(""), "i");
const SHARED_PATH = new RegExp(["(?:\\.\\./)+", "shared", "(?:/[\\w.@-]+)*/?"].join(""), "g");

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter(Boolean);
const trackedPaths = new Set(tracked);
for (const file of tracked) {
  for (let dir = path.posix.dirname(file); dir !== "."; dir = path.posix.dirname(dir)) {
    trackedPaths.add(dir);
  }
}

/** Whether `ref` (relative to `file`'s folder) names a tracked file or folder, with or without `.js`→`.ts`. */
function resolvesInRepo(file, ref) {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref)).replace(/\/$/, "");
  if (target.startsWith("..")) return false;
  return [target, target.replace(/\.js$/, ".ts"), target.replace(/\.mjs$/, ".mts")].some((t) =>
    trackedPaths.has(t),
  );
}

/** Every violation in one file's text, as `file:line: reason: excerpt`. */
function check(file, text) {
  const found = [];
  text.split("\n").forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const excerpt = line.trim().slice(0, 160);
    if (NOTES_FILE.test(line))
      found.push(`${where}: names a provider notes file outside the repo: ${excerpt}`);
    if (NUMBERED_COPY.test(line)) found.push(`${where}: cites a numbered reference-page copy: ${excerpt}`);
    for (const match of line.matchAll(SHARED_PATH)) {
      if (!resolvesInRepo(file, match[0])) {
        found.push(`${where}: points outside the repo (${match[0]}): ${excerpt}`);
      }
    }
  });
  return found;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : tracked;
const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    continue; // deleted in the work tree, or a folder
  }
  if (text.includes("\0")) continue; // binary
  problems.push(...check(file, text));
}
if (problems.length > 0) {
  console.error(
    `${problems.join("\n")}\n\n${problems.length} reference(s) to material outside this repository. ` +
      "Cite the provider's public documentation URL instead (e.g. https://docs.openmic.ai/api-reference/calls/get-call).",
  );
  process.exit(1);
}
console.log(`self-contained: ${files.length} files cite no material outside the repository`);
