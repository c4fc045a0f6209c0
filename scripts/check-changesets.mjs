#!/usr/bin/env node
/**
 * Fails when a publishable package changed since the last release without a changeset naming it.
 *
 * "The last release" is the newest release tag (`@switchboard/<name>@<version>` or `v*`), else the newest
 * version commit (the last commit that changed a package's CHANGELOG.md, as `changeset version` does).
 * A package changed when a file under `packages/<dir>/src/` (tests, fixtures and test helpers excepted) or
 * its package.json changed, or its spec did: `specs/<dir>.yaml` belongs to that provider's package and
 * `specs/unified.yaml` to the normalizer. Changesets are the `.changeset/*.md` files present now.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { publicPackages, root } from "./packages.mjs";

const git = (...args) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const tag = (() => {
  try {
    return git("describe", "--tags", "--abbrev=0", "--match", "@switchboard/*@*", "--match", "v*");
  } catch {
    return "";
  }
})();
const base = tag || git("log", "-1", "--format=%H", "--", "packages/*/CHANGELOG.md");
if (!base) {
  console.log("no release tag or version commit yet: nothing to check");
  process.exit(0);
}
const changed = git("diff", "--name-only", `${base}...HEAD`).split("\n").filter(Boolean);
const uncommitted = git("status", "--porcelain")
  .split("\n")
  .filter(Boolean)
  .map((l) => l.slice(3));
const files = [...new Set([...changed, ...uncommitted])];

const packages = publicPackages();
const byDir = new Map(packages.map((p) => [basename(p.dir), p.name]));
const needs = new Map();
const isSource = (rest) =>
  rest === "package.json" ||
  (rest.startsWith("src/") &&
    !/\.test\.ts$|__fixtures__\/|test-support\//.test(rest) &&
    !rest.startsWith("src/generated/"));
for (const file of files) {
  let match = /^packages\/([^/]+)\/(.+)$/.exec(file);
  if (match && byDir.has(match[1]) && isSource(match[2])) needs.set(byDir.get(match[1]), file);
  match = /^specs\/([^/]+)\.yaml$/.exec(file);
  if (match) {
    const name = match[1] === "unified" ? "@switchboard/normalizer" : `@switchboard/${match[1]}`;
    if (packages.some((p) => p.name === name)) needs.set(name, file);
  }
}

const named = new Set();
const dir = join(root, ".changeset");
for (const entry of readdirSync(dir)) {
  if (!entry.endsWith(".md") || entry === "README.md") continue;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, entry), "utf8"))?.[1] ?? "";
  for (const line of front.split("\n")) {
    const name = /^["']?([^"':]+)["']?\s*:/.exec(line.trim())?.[1];
    if (name) named.add(name);
  }
}
const missing = [...needs].filter(([name]) => !named.has(name));
console.log(
  `since ${tag ? `tag ${tag}` : `version commit ${base.slice(0, 8)}`}: ${needs.size} package(s) changed, ${named.size} named by changesets`,
);
if (missing.length) {
  console.error("These packages changed without a changeset (run `pnpm changeset`):");
  for (const [name, file] of missing) console.error(`  ${name} (e.g. ${file})`);
  process.exit(1);
}
