#!/usr/bin/env node
/**
 * Builds the package in the current directory (its `build` script runs `node ../../scripts/build-package.mjs`)
 * as dual ESM + CommonJS, the shape openapi-fetch ships:
 *
 *   dist/*.js, dist/*.d.ts            ESM (the package is `"type": "module"`), from `tsconfig.build.json`;
 *   dist/cjs/*.js, dist/cjs/*.d.ts    CommonJS, with `dist/cjs/package.json` = `{ "type": "commonjs" }`, so
 *                                     Node and TypeScript read both the code and its types as CommonJS.
 *
 * The CommonJS pass compiles only the modules reachable from the package's `exports` `require` entries
 * (`./dist/cjs/<name>.js` ← `src/<name>.ts`), so ESM-only files such as a CLI's `bin.ts` (top-level await)
 * stay out of it. It is emit-only (`noCheck`: the ESM pass has type-checked the same sources) and copies the
 * ESM declarations beside the CommonJS files: they describe the same exports, and under `dist/cjs` they
 * resolve their own imports with the `require` condition. `import.meta.url` (the one ESM-only expression
 * the sources use) becomes `require("node:url").pathToFileURL(__filename).href` in the CommonJS output.
 *
 * A new package needs only the same package.json shape: `"build": "node ../../scripts/build-package.mjs"`
 * and `exports` entries `{ import: { types, default }, require: { types, default } }` (see packages/core).
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

const dir = process.cwd();
const tsc = createRequire(join(dir, "package.json")).resolve("typescript/bin/tsc");
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const dist = join(dir, "dist");
const cjs = join(dist, "cjs");

/** Every `require` → `default` target of `exports`, e.g. `./dist/cjs/index.js`. */
function requireTargets(exports) {
  const found = [];
  const walk = (node, underRequire) => {
    if (typeof node === "string") {
      if (underRequire) found.push(node);
    } else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key !== "types") walk(value, underRequire || key === "require");
      }
    }
  };
  walk(exports, false);
  return found;
}

const entries = requireTargets(pkg.exports ?? {}).map((target) => {
  const rel = relative("dist/cjs", target.replace(/^\.\//, ""));
  if (rel.startsWith("..") || !rel.endsWith(".js")) {
    throw new Error(`${pkg.name}: a require export must point into ./dist/cjs/*.js, got ${target}`);
  }
  return join(dir, "src", rel.replace(/\.js$/, ".ts"));
});
if (entries.length === 0) {
  throw new Error(`${pkg.name}: exports has no "require" entry; see scripts/build-package.mjs`);
}

const files = (root, suffix) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name));

rmSync(dist, { recursive: true, force: true });
const tscRun = (args) => execFileSync(process.execPath, [tsc, ...args], { cwd: dir, stdio: "inherit" });

// 1. ESM and its declarations, type-checked.
tscRun(["-p", "tsconfig.build.json"]);

// 2. CommonJS, emit only, from the require entry points.
const cacheDir = join(dir, "node_modules", ".cache", "build-package");
mkdirSync(cacheDir, { recursive: true });
const cjsConfig = join(cacheDir, "tsconfig.cjs.json");
writeFileSync(
  cjsConfig,
  JSON.stringify(
    {
      extends: join(dir, "tsconfig.build.json"),
      compilerOptions: {
        module: "commonjs",
        moduleResolution: "node10",
        verbatimModuleSyntax: false,
        declaration: false,
        noCheck: true,
        rootDir: join(dir, "src"),
        outDir: cjs,
      },
      files: entries,
      include: [],
    },
    null,
    2,
  ),
);
tscRun(["-p", cjsConfig]);
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

for (const file of files(cjs, ".js")) {
  const code = readFileSync(file, "utf8");
  if (code.includes("import.meta.url")) {
    writeFileSync(
      file,
      code.replaceAll("import.meta.url", 'require("node:url").pathToFileURL(__filename).href'),
    );
  }
  if (/\bimport\.meta\b/.test(readFileSync(file, "utf8"))) {
    throw new Error(`${relative(dir, file)}: import.meta has no CommonJS equivalent here`);
  }
  const declaration = join(dist, relative(cjs, file)).replace(/\.js$/, ".d.ts");
  if (existsSync(declaration)) {
    const target = file.replace(/\.js$/, ".d.ts");
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(declaration, target);
  }
}
// 3. The generated types of a workspace package imported as types only (a devDependency such as the
// normalizer's `@switchboard/<provider>/types`): each spec is generated once, in its own package, and its
// declarations are copied here into `dist/bundled-types/<package>.d.ts` (and under dist/cjs), with the
// specifiers pointed at the copy, so that the published declarations resolve (`skipLibCheck: false`) without
// that package installed, and the package needs none of its runtime.
const runtime = new Set(
  Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }),
);
const packageRequire = createRequire(join(dir, "package.json"));
/** The `types` file of `<name>/types` (its package's `exports["./types"].import.types`). */
function typesEntry(name) {
  const manifestFile = packageRequire.resolve(`${name}/package.json`);
  const target = JSON.parse(readFileSync(manifestFile, "utf8")).exports?.["./types"]?.import?.types;
  if (typeof target !== "string") throw new Error(`${pkg.name}: ${name} exports no "./types" entry`);
  const file = join(dirname(manifestFile), target);
  if (!existsSync(file))
    throw new Error(`${pkg.name}: ${relative(dir, file)} is missing: build ${name} first`);
  const text = readFileSync(file, "utf8");
  if (/^\s*(import|export)\b[^;]*\bfrom\s/m.test(text) || /\bimport\(/.test(text))
    throw new Error(`${pkg.name}: ${name}/types imports other modules; only self-contained types are copied`);
  return text;
}
const bundled = [];
for (const root of [dist, cjs]) {
  for (const file of files(root, ".d.ts")) {
    if (root === dist && file.startsWith(`${cjs}/`)) continue;
    const text = readFileSync(file, "utf8");
    const next = text.replace(/(["'])(@switchboard\/[a-z0-9-]+)\/types\1/g, (whole, quote, name) => {
      if (runtime.has(name)) return whole;
      const copy = join(root, "bundled-types", `${name.slice("@switchboard/".length)}.d.ts`);
      if (!existsSync(copy)) {
        mkdirSync(dirname(copy), { recursive: true });
        writeFileSync(copy, typesEntry(name));
        if (root === dist) bundled.push(name);
      }
      const rel = relative(dirname(file), copy).replace(/\.d\.ts$/, ".js");
      return `${quote}${rel.startsWith(".") ? rel : `./${rel}`}${quote}`;
    });
    if (next !== text) writeFileSync(file, next);
  }
}
console.log(
  `${pkg.name}: built dist (ESM) and dist/cjs (CommonJS)${bundled.length ? `; types of ${bundled.join(", ")} copied into dist/bundled-types` : ""}`,
);
