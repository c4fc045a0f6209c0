#!/usr/bin/env node
/**
 * Writes the provider dependencies of the packages that reach every provider, from what their sources import,
 * so that no manifest keeps a hand-written list of providers:
 *
 *   - `@switchboard/sdk`: `dependencies` on each `@switchboard/<provider>` its descriptors
 *     (`src/providers/<name>.ts`) import: it runs their clients;
 *   - `@switchboard/normalizer`: `devDependencies` on each `@switchboard/<provider>` whose generated types
 *     (`@switchboard/<provider>/types`) a mapping imports: types only, copied into its published `.d.ts` by
 *     scripts/build-package.mjs, so it installs no client.
 *
 * A provider is a package named in specs/ (scripts/providers.mjs). Other dependencies are left as they are.
 * The scaffold (scripts/new-provider.mjs) runs this; `--check` (run by `pnpm check:packages`) fails when a
 * manifest differs from what its sources need.
 *
 * Usage: `node scripts/provider-deps.mjs [--check] [--root <repo root>]`
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { root as defaultRoot } from "./packages.mjs";
import { providerNames } from "./providers.mjs";

/** Per package: the manifest field its provider dependencies belong in. */
const PACKAGES = [
  { dir: "packages/sdk", field: "dependencies" },
  { dir: "packages/normalizer", field: "devDependencies" },
];

/** `@switchboard/<provider>` packages imported by the non-test sources under `src`. */
function importedProviders(src, providers) {
  const found = new Set();
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
    for (const match of text.matchAll(/from\s+["']@switchboard\/([a-z0-9-]+)(?:\/[^"']*)?["']/g))
      if (providers.has(match[1])) found.add(`@switchboard/${match[1]}`);
  }
  return found;
}

/**
 * The manifests whose provider dependencies differ from what their sources import, each with its fixed
 * text (`{ file, text, added, removed }`).
 */
export function providerDependencyChanges(root = defaultRoot) {
  const providers = new Set(providerNames(root));
  const changes = [];
  for (const { dir, field } of PACKAGES) {
    const file = join(root, dir, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    const needed = importedProviders(join(root, dir, "src"), providers);
    const current = manifest[field] ?? {};
    const kept = Object.entries(current).filter(
      ([name]) => !(name.startsWith("@switchboard/") && providers.has(name.slice(13))) || needed.has(name),
    );
    const next = Object.fromEntries(
      [...kept, ...[...needed].filter((n) => !(n in current)).map((n) => [n, "workspace:^"])].sort(
        ([a], [b]) => a.localeCompare(b),
      ),
    );
    const added = [...needed].filter((n) => !(n in current));
    const removed = Object.keys(current).filter((n) => !(n in next));
    if (JSON.stringify(Object.entries(next)) === JSON.stringify(Object.entries(current))) continue;
    manifest[field] = next;
    changes.push({ file, dir, field, added, removed, text: `${JSON.stringify(manifest, null, 2)}\n` });
  }
  return changes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" } } });
  const changes = providerDependencyChanges(values.root ?? defaultRoot);
  for (const c of changes) {
    const what = [...c.added.map((n) => `+${n}`), ...c.removed.map((n) => `-${n}`)].join(" ") || "order";
    if (values.check)
      console.error(
        `${c.dir}/package.json ${c.field} differ from its imports (${what}): run node scripts/provider-deps.mjs`,
      );
    else {
      writeFileSync(c.file, c.text);
      console.log(`${c.dir}/package.json ${c.field}: ${what}`);
    }
  }
  if (values.check && changes.length > 0) process.exit(1);
  if (values.check) console.log("provider dependencies match the sources");
}
