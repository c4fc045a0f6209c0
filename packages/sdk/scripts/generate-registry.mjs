#!/usr/bin/env node
/**
 * Generates `src/generated/registry.ts` from the files in `src/providers/`: one provider descriptor per
 * file, `src/providers/<name>.ts` exporting `const <camelName> = defineProvider({ name: "<name>", … })`.
 * Adding a provider means adding that one file: this registry, and everything that reads it (the CLI, the
 * docs build, the mapping matrix, the demo, the benchmarks), follows.
 *
 * Usage (from packages/sdk): `node scripts/generate-registry.mjs` (`pnpm generate` runs it).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(pkg, "src/providers");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
  .map((f) => f.slice(0, -3))
  .sort();
const entries = names.map((name) => {
  const id = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  const source = readFileSync(join(dir, `${name}.ts`), "utf8");
  if (!new RegExp(`export const ${id}\\b`).test(source)) {
    console.error(
      `src/providers/${name}.ts must export const ${id} = defineProvider({ name: "${name}", … })`,
    );
    process.exit(1);
  }
  return { name, id };
});
const banner =
  "/**\n * GENERATED from the files in src/providers/ by scripts/generate-registry.mjs. Do not edit by hand:\n * add or change a file in src/providers/ and run `pnpm generate`.\n */\n";
const text = `${banner}
${entries.map((e) => `import { ${e.id} } from "../providers/${e.name}.js";`).join("\n")}

/** Every provider descriptor, by provider id, in alphabetical order (one per file of src/providers/). */
export const DESCRIPTORS = {
${entries.map((e) => `  ${e.name === e.id ? e.id : `${JSON.stringify(e.name)}: ${e.id}`},`).join("\n")}
} as const;
`;
mkdirSync(join(pkg, "src/generated"), { recursive: true });
writeFileSync(join(pkg, "src/generated/registry.ts"), text);
console.log(`generated src/generated/registry.ts (${names.join(", ")})`);
