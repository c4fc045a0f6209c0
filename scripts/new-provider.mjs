#!/usr/bin/env node
/**
 * Scaffolds `packages/<name>` for a new provider from `specs/<name>.yaml` and the templates in
 * scripts/templates/provider: package.json, turbo.json, tsconfigs, a client on @switchboard/core with the
 * spec's `getCall` and `listCalls` paths, base URL and auth header, contract tests against Prism, README.
 * It also writes the provider's first normalizer, `packages/normalizer/src/<name>/` (scripts/templates/
 * normalizer: the id and `raw`, to be replaced by its mappings), and its `@switchboard/sdk` descriptor,
 * `packages/sdk/src/providers/<name>.ts` (scripts/templates/descriptor), and regenerates what follows from
 * them: both packages' registries and their dependencies on the new package (scripts/provider-deps.mjs).
 * The CLI (`--provider <name>`, `--provider all`), the mapping matrix and the docs then know it without a
 * hand edit to any file outside the provider's own. And it writes the provider's paging style for the loopback paging server of
 * `@switchboard/testing`, `packages/testing/src/paging-styles/<name>.ts` (scripts/templates/paging-style):
 * the server discovers it, so pagination tests and benchmarks can walk the new client at
 * `server.urlOf("<name>")`.
 *
 * Usage: `node scripts/new-provider.mjs <name> [--title "Acme AI"] [--root <repo root>]`
 * Then: `pnpm install && pnpm generate && pnpm --filter @switchboard/<name> test` (see CONTRIBUTING.md).
 *
 * The spec must follow specs/CONVENTIONS.md: operationIds `getCall` (GET with one path parameter) and
 * `listCalls` (GET), a server URL, and a Bearer or single API-key-header security scheme. The client starts
 * with offset pagination (`limit`/`offset`, `calls[]`), and so does its paging style; adapt both to the
 * provider's envelope and style.
 */
import { execFileSync } from "node:child_process";
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
import { providerDependencyChanges } from "./provider-deps.mjs";
import { fillTemplate, providerReplacements, resolveRef } from "./templates/provider-replacements.mjs";

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

/** The getCall operation, and the field of its response that holds the call id (path parameter, `call_id`, `id`). */
const getCallOp = Object.values(spec.paths ?? {})
  .flatMap((item) => Object.values(item ?? {}))
  .find((op) => op?.operationId === "getCall");
const callSchema = resolveRef(spec, getCallOp?.responses?.["200"]?.content?.["application/json"]?.schema);
const pathParam = (getCallOp?.parameters ?? []).find((p) => p.in === "path")?.name ?? "id";
const idField =
  [pathParam, "call_id", "id"].find((f) => /^[A-Za-z_$][\w$]*$/.test(f) && callSchema?.properties?.[f]) ??
  "id";
// Placeholders of the sdk descriptor template (scripts/templates/descriptor).
Object.assign(replacements, {
  __camelName__: name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()),
  __idField__: idField,
  __docsUrl__: spec.externalDocs?.url ?? spec.servers?.[0]?.url,
});
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
// The normalizer's first mapping: its own folder, packages/normalizer/src/<name>/ (scripts/templates/normalizer),
// picked up by the normalizer's generated registry.
const normalizer = join(root, "packages/normalizer");
if (existsSync(join(normalizer, "package.json"))) {
  const folder = join(normalizer, "src", name);
  mkdirSync(folder, { recursive: true });
  for (const kind of ["call", "webhook"]) {
    const file = join(folder, `normalize-${name}-${kind}.ts`);
    writeFileSync(
      file,
      fill(readFileSync(join(here, `templates/normalizer/normalize-provider-${kind}.ts.tmpl`), "utf8")),
    );
    written.push(relative(root, file));
  }
  execFileSync(process.execPath, [join(normalizer, "scripts/generate-registry.mjs")], {
    cwd: normalizer,
    stdio: "ignore",
  });
  written.push(`${relative(root, join(normalizer, "src/generated/registry.ts"))} (generated)`);
}
// The sdk descriptor: one file in packages/sdk/src/providers/, and the generated registry refreshed.
const sdk = join(root, "packages/sdk");
if (existsSync(join(sdk, "package.json"))) {
  const descriptor = join(sdk, "src/providers", `${name}.ts`);
  writeFileSync(descriptor, fill(readFileSync(join(here, "templates/descriptor/provider.ts.tmpl"), "utf8")));
  written.push(relative(root, descriptor));
  execFileSync(process.execPath, [join(sdk, "scripts/generate-registry.mjs")], { cwd: sdk, stdio: "ignore" });
  written.push(`${relative(root, join(sdk, "src/generated/registry.ts"))} (generated)`);
}
// The sdk's and the normalizer's dependencies on the new package follow from their imports.
for (const change of providerDependencyChanges(root)) {
  writeFileSync(change.file, change.text);
  written.push(`${relative(root, change.file)} (generated: ${change.field} ${change.added.join(", ")})`);
}
// The paging style: one file in packages/testing/src/paging-styles/, found by the paging server at runtime.
const pagingStyles = join(root, "packages/testing/src/paging-styles");
if (existsSync(pagingStyles)) {
  const style = join(pagingStyles, `${name}.ts`);
  writeFileSync(style, fill(readFileSync(join(here, "templates/paging-style/provider.ts.tmpl"), "utf8")));
  written.push(relative(root, style));
}
console.log(`scaffolded packages/${name}:\n  ${written.join("\n  ")}`);
console.log(`next: pnpm install && pnpm generate && pnpm --filter @switchboard/${name} test`);
