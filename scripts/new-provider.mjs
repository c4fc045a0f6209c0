#!/usr/bin/env node
/**
 * Scaffolds `packages/<name>` for a new provider from `specs/<name>.yaml` and the templates in
 * scripts/templates/provider: package.json, turbo.json, tsconfigs, a client on @switchboard/core with the
 * spec's `getCall` and `listCalls` paths, base URL and auth header, contract tests against Prism, README.
 *
 * Usage: `node scripts/new-provider.mjs <name> [--title "Acme AI"] [--root <repo root>]`
 * Then: `pnpm install && pnpm generate && pnpm --filter @switchboard/<name> test` (see CONTRIBUTING.md).
 *
 * The spec must follow specs/CONVENTIONS.md: operationIds `getCall` (GET with one path parameter) and
 * `listCalls` (GET), a server URL, and a Bearer or single API-key-header security scheme. The client starts
 * with offset pagination (`limit`/`offset`, `calls[]`); adapt it to the provider's envelope and style.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { fillTemplate, providerReplacements } from "./templates/provider-replacements.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: "string" }, root: { type: "string" } },
});
const name = positionals[0];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error(
    "usage: new-provider.mjs <name: lower-case letters, digits, dashes> [--title T] [--root DIR]",
  );
  process.exit(2);
}
const root = values.root ?? join(here, "..");
const specFile = join(root, "specs", `${name}.yaml`);
if (!existsSync(specFile)) {
  console.error(
    `${relative(process.cwd(), specFile)} does not exist: write the spec first (specs/CONVENTIONS.md)`,
  );
  process.exit(2);
}
const target = join(root, "packages", name);
if (existsSync(target)) {
  console.error(`packages/${name} already exists`);
  process.exit(2);
}
const spec = parse(readFileSync(specFile, "utf8"));

let replacements;
try {
  replacements = providerReplacements(spec, name, { title: values.title });
} catch (error) {
  console.error(`specs/${name}.yaml: ${error.message}`);
  process.exit(1);
}
const fill = (text) => fillTemplate(text, replacements);

const templates = join(here, "templates", "provider");
const written = [];
const copy = (dir) => {
  for (const entry of readdirSync(join(templates, dir))) {
    const from = join(templates, dir, entry);
    if (statSync(from).isDirectory()) {
      copy(join(dir, entry));
      continue;
    }
    const to = join(
      target,
      dir,
      fill(entry.replace(/\.tmpl$/, "")).replace(/^contract\.test/, `${name}.contract.test`),
    );
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, fill(readFileSync(from, "utf8")));
    written.push(relative(root, to));
  }
};
copy("");
if (existsSync(join(root, "LICENSE"))) copyFileSync(join(root, "LICENSE"), join(target, "LICENSE"));
console.log(`scaffolded packages/${name}:\n  ${written.join("\n  ")}`);
console.log(`next: pnpm install && pnpm generate && pnpm --filter @switchboard/${name} test`);
