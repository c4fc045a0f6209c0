#!/usr/bin/env node
/**
 * Generates a package's code from one spec in `specs/`:
 *   - `src/generated/<name>.ts`: TypeScript types by openapi-typescript (`paths`, `components`, `operations`);
 *   - `src/generated/<name>.spec.ts`: the spec itself as a JSON module, for opt-in response validation.
 *
 * Usage (from a package directory): `node ../../scripts/generate.mjs <name>... [--types-only]`; several names
 * generate one pair of files each (the normalizer generates the types of every provider it maps, so that
 * its published types never import a provider package the user may not have installed).
 * Both files start with a "do not edit" banner: change the spec and run `pnpm generate` instead.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const typesOnly = args.includes("--types-only");
if (names.length === 0) {
  console.error("usage: generate.mjs <spec-name>... [--types-only]");
  process.exit(2);
}
const outDir = resolve(process.cwd(), "src/generated");
await mkdir(outDir, { recursive: true });
for (const name of names) {
  const source = await readFile(join(root, "specs", `${name}.yaml`), "utf8");
  const document = parse(source);
  const banner = `/**\n * GENERATED from specs/${name}.yaml by scripts/generate.mjs. Do not edit by hand:\n * change the spec and run \`pnpm generate\`.\n */\n`;
  const ast = await openapiTS(document, { alphabetize: false });
  await writeFile(join(outDir, `${name}.ts`), `${banner}\n${astToString(ast)}`);
  if (!typesOnly) {
    await writeFile(
      join(outDir, `${name}.spec.ts`),
      `${banner}\n/** The OpenAPI document of specs/${name}.yaml, as JSON. */\nconst spec: Record<string, unknown> = ${JSON.stringify(document, null, 2)};\nexport default spec;\n`,
    );
  }
  console.log(`generated src/generated/${name}.ts from specs/${name}.yaml`);
}
