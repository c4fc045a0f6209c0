#!/usr/bin/env node
/**
 * Generates a package's code from specs in `specs/`:
 *   - `src/generated/<name>.ts`: TypeScript types by openapi-typescript (`paths`, `components`, `operations`);
 *   - `src/generated/<name>.spec.ts`: the spec itself as a JSON module, for opt-in response validation.
 *
 * Usage (from a package directory): `node ../../scripts/generate.mjs <name>... [--types-only]`.
 * Several names generate one pair of files each; `--types-only` skips the `.spec.ts` files. Each spec is
 * generated once, in its own package: a provider's types live in `packages/<provider>/src/generated/` and
 * are published as `@switchboard/<provider>/types`, which the normalizer imports (see build-package.mjs).
 * Both files start with a "do not edit" banner: change the spec and run `pnpm generate` instead.
 *
 * One process generates every file of a package: openapi-typescript's start-up (TypeScript, Redocly) is
 * most of a run, so it is paid once, and it is loaded through its CommonJS build, which spares Node's
 * ES-module loader scanning TypeScript's 9 MB `typescript.js` for its exports (half of that start-up).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const typesOnly = args.includes("--types-only");
const unknown = args.filter((a) => a.startsWith("--") && a !== "--types-only");
if (names.length === 0 || unknown.length > 0) {
  console.error("usage: generate.mjs <spec-name>... [--types-only]");
  process.exit(2);
}
/** `[name, typesOnly]` per file pair to write. */
const jobs = names.map((name) => [name, typesOnly]);
const { default: openapiTS, astToString } = createRequire(import.meta.url)("openapi-typescript");
const outDir = resolve(process.cwd(), "src/generated");
await mkdir(outDir, { recursive: true });
for (const [name, skipSpec] of jobs) {
  const source = await readFile(join(root, "specs", `${name}.yaml`), "utf8");
  const document = parse(source);
  const banner = `/**\n * GENERATED from specs/${name}.yaml by scripts/generate.mjs. Do not edit by hand:\n * change the spec and run \`pnpm generate\`.\n */\n`;
  const ast = await openapiTS(document, { alphabetize: false });
  await writeFile(join(outDir, `${name}.ts`), `${banner}\n${astToString(ast)}`);
  if (!skipSpec) {
    await writeFile(
      join(outDir, `${name}.spec.ts`),
      `${banner}\n/** The OpenAPI document of specs/${name}.yaml, as JSON. */\nconst spec: Record<string, unknown> = ${JSON.stringify(document, null, 2)};\nexport default spec;\n`,
    );
  }
  console.log(`generated src/generated/${name}.ts from specs/${name}.yaml`);
}
