#!/usr/bin/env node
/**
 * Consumer matrix from the tarballs: proves the packages work for someone outside this monorepo.
 *
 * 1. Pack every publishable package with npm (`packTarball`: `workspace:` ranges become real versions).
 * 2. Two fresh projects outside the workspace, each with ONE `npm install` of tarballs + TypeScript:
 *    - "all": every package (all clients, the normalizer, the CLI);
 *    - "minimal": only `@switchboard/core`, ONE client (`@switchboard/openmic`) and the normalizer.
 *    Neither project has `"type": "module"`: a `.ts` file there is CommonJS, a `.mts` file is ESM.
 * 3. In each project, against Prism mocks of the specs (one real `getCall` per client + `normalizeCall`):
 *    - JavaScript: ESM `import` (`.mjs`) and CommonJS `require` (`.cjs`), run with Node;
 *    - TypeScript, all with `strict` and `skipLibCheck: false` (so every published `.d.ts` is checked),
 *      compiled and then run: `module`/`moduleResolution` `node16` from a CommonJS `.ts` file, `node16` from
 *      an ESM `.mts` file, and `moduleResolution: bundler`;
 *    - opt-in response validation through `@switchboard/<provider>/validation`;
 *    - the dual-package hazard: errors thrown by the ESM build are `instanceof` the CommonJS classes and back.
 *    - one copy of `@switchboard/core`: every package's dependency on another is a caret range
 *      (`workspace:^`), so npm installs core once for the sdk, the clients and the app (`npm ls`);
 *    In "all", also the `switchboard` bin (`--help`), and `@switchboard/sdk`: an ESM `import` of
 *    `createSwitchboard` listing the calls of every provider from the Prism mocks, and a CommonJS `require`
 *    of it listing one provider's.
 *
 * Needs `pnpm build` first. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPrisms } from "@switchboard/testing";
import { packTarball, publicPackages, root } from "./packages.mjs";
import { loadDescriptors } from "./providers.mjs";
import { firstGetCallExample, loadSpec } from "./specs.mjs";

/**
 * How to call each provider client: factory, validator, credentials, a call id — discovered, not listed: the
 * providers and their credentials from the `@switchboard/sdk` descriptors, the factory and validator names
 * from the package's `src/client.ts` and `src/validation.ts`, and the id from the first `getCall` example of
 * its spec (the one Prism serves).
 */
export const CLIENTS = Object.fromEntries(
  (await loadDescriptors()).map((d) => {
    const source = (file) => readFileSync(join(root, "packages", d.name, "src", file), "utf8");
    const factory = /export function (create\w+Client)\b/.exec(source("client.ts"))?.[1];
    const validator = /export const (\w+ResponseValidator)\b/.exec(source("validation.ts"))?.[1];
    const example = firstGetCallExample(loadSpec(d.name));
    if (!factory || !validator || !example)
      throw new Error(`${d.name}: no client factory, validator or getCall example`);
    const options = Object.fromEntries(d.credentials.filter((c) => c.required).map((c) => [c.option, "k"]));
    const id = d.parseId(String(d.normalize(example).id));
    return [d.packageName, { provider: d.name, factory, validator, options, id }];
  }),
);

const packages = publicPackages();
const work = mkdtempSync(join(tmpdir(), "switchboard-smoke-"));
const step = (text) => console.log(`smoke: ${text}`);
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });

const allClients = packages.filter((p) => CLIENTS[p.name]).map((p) => ({ pkg: p.name, ...CLIENTS[p.name] }));
const servers = await startPrisms(allClients.map((c) => c.provider));
const urlEnv = Object.fromEntries(servers.map((s) => [`URL_${(s.provider ?? s.name).toUpperCase()}`, s.url]));
const results = [];

/** The body of a consumer program: one validated `getCall` per client, normalized, in any module format. */
function calls(clients, { typed }) {
  const bang = typed ? "!" : "";
  return clients
    .map(
      (c) => `  {
    const client = ${c.factory}({ ...${JSON.stringify(c.options)}, baseUrl: process.env.URL_${c.provider.toUpperCase()}${bang}, validateResponses: true, responseValidator: ${c.validator} });
    const call${typed ? ": Call" : ""} = normalizeCall(${JSON.stringify(c.provider)}, await client.getCall(${JSON.stringify(c.id)}));
    if (call.provider !== ${JSON.stringify(c.provider)} || String(call.id) !== ${JSON.stringify(String(c.id))}) throw new Error("bad call from ${c.provider}: " + JSON.stringify(call).slice(0, 200));
    const durationMs${typed ? ": number | undefined" : ""} = call.durationMs;
    out.push("${c.provider} " + call.status.unified + (durationMs === undefined ? "" : " " + durationMs + " ms"));
  }`,
    )
    .join("\n");
}

/** Import lines of a program, as ESM/TypeScript `import`s or CommonJS `require`s. */
function imports(clients, style) {
  const lines = [];
  for (const c of clients) {
    if (style === "require") {
      lines.push(`const { ${c.factory} } = require("${c.pkg}");`);
      lines.push(`const { ${c.validator} } = require("${c.pkg}/validation");`);
    } else {
      lines.push(`import { ${c.factory} } from "${c.pkg}";`);
      lines.push(`import { ${c.validator} } from "${c.pkg}/validation";`);
    }
  }
  lines.push(
    style === "require"
      ? 'const { normalizeCall, NormalizeError } = require("@switchboard/normalizer");\nconst { NotFoundError } = require("@switchboard/core");'
      : `import { ${style === "ts" ? "type Call, " : ""}normalizeCall, NormalizeError } from "@switchboard/normalizer";\nimport { NotFoundError } from "@switchboard/core";`,
  );
  return lines.join("\n");
}

/** Checks a 404 and a bad payload give the typed errors (in the same module format). */
function typedErrors(clients, { typed }) {
  const c = clients[0];
  const bang = typed ? "!" : "";
  return `  {
    const client = ${c.factory}({ ...${JSON.stringify(c.options)}, baseUrl: process.env.URL_${c.provider.toUpperCase()}${bang}, maxRetries: 0 });
    const error = await client.getCall(${JSON.stringify(c.id)}, { headers: { Prefer: "code=404" } }).catch((e${typed ? ": unknown" : ""}) => e);
    if (!(error instanceof NotFoundError) || error.status !== 404) throw new Error("expected NotFoundError, got " + String(error));
    let normalizeError${typed ? ": unknown" : ""};
    // Untyped JSON (JSON.parse gives \`any\`), as a consumer holds a stored or received record.
    try { normalizeCall(${JSON.stringify(c.provider)}, JSON.parse('{"nothing":true}')); } catch (e) { normalizeError = e; }
    if (!(normalizeError instanceof NormalizeError)) throw new Error("expected NormalizeError");
    out.push("typed errors ok");
  }`;
}

function program(clients, style) {
  const typed = style === "ts";
  return `${imports(clients, style)}

async function main()${typed ? ": Promise<void>" : ""} {
  const out${typed ? ": string[]" : ""} = [];
${calls(clients, { typed })}
${typedErrors(clients, { typed })}
  console.log("    " + out.join("; "));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
}

/**
 * A program of `@switchboard/sdk`: `createSwitchboard` over `clients` (credentials and each Prism mock's
 * URL), every call listed newest first; fails unless every provider answered and had calls.
 */
function sdkProgram(clients, format) {
  const load =
    format === "import"
      ? 'import { createSwitchboard } from "@switchboard/sdk";'
      : 'const { createSwitchboard } = require("@switchboard/sdk");';
  const providers = clients
    .map(
      (c) =>
        `${c.provider}: { ...${JSON.stringify(c.options)}, baseUrl: process.env.URL_${c.provider.toUpperCase()} }`,
    )
    .join(",\n  ");
  return `${load}
const sb = createSwitchboard({ maxRetries: 0, providers: {\n  ${providers}\n} });
(async () => {
  const stream = sb.iterateCalls();
  const seen = new Map();
  for await (const call of stream) seen.set(call.provider, (seen.get(call.provider) ?? 0) + 1);
  if (stream.errors.length > 0) throw new Error("providers failed: " + stream.errors.map((e) => e.provider + " " + e.error.message).join("; "));
  const missing = ${JSON.stringify(clients.map((c) => c.provider))}.filter((p) => !seen.has(p));
  if (missing.length > 0) throw new Error("no calls from " + missing.join(", "));
  console.log("    @switchboard/sdk (${format}): " + [...seen].map(([p, n]) => p + " " + n).join(", "));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
}

/** Loads the ESM and the CommonJS build in one process: errors must match `instanceof` across them. */
function dualHazardProgram(client) {
  return `const cjsClient = require("${client.pkg}");
const cjsCore = require("@switchboard/core");
const cjsNormalizer = require("@switchboard/normalizer");
(async () => {
  const esmClient = await import("${client.pkg}");
  const esmCore = await import("@switchboard/core");
  const esmNormalizer = await import("@switchboard/normalizer");
  if (esmCore.NotFoundError === cjsCore.NotFoundError) throw new Error("expected two copies of the core");
  for (const [from, to, label] of [[esmClient, cjsCore, "ESM error, CommonJS class"], [cjsClient, esmCore, "CommonJS error, ESM class"]]) {
    const client = from.${client.factory}({ ...${JSON.stringify(client.options)}, baseUrl: process.env.URL_${client.provider.toUpperCase()}, maxRetries: 0 });
    const error = await client.getCall(${JSON.stringify(client.id)}, { headers: { Prefer: "code=404" } }).catch((e) => e);
    if (!(error instanceof to.NotFoundError && error instanceof to.APIError && error instanceof to.SwitchboardError)) throw new Error(label + ": instanceof failed");
    if (error instanceof to.AuthenticationError) throw new Error(label + ": matched a sibling class");
  }
  const normalizeError = (() => { try { esmNormalizer.normalizeCall("${client.provider}", 42); } catch (e) { return e; } })();
  if (!(normalizeError instanceof cjsNormalizer.NormalizeError)) throw new Error("NormalizeError: instanceof failed across builds");
  console.log("    instanceof across the ESM and CommonJS builds ok");
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
}

const TS_CONFIGS = [
  [
    "node16, CommonJS .ts",
    "node16-cjs",
    "consumer.ts",
    { module: "node16", moduleResolution: "node16" },
    "consumer.js",
  ],
  [
    "node16, ESM .mts",
    "node16-esm",
    "consumer.mts",
    { module: "node16", moduleResolution: "node16" },
    "consumer.mjs",
  ],
  ["bundler", "bundler", "consumer.mts", { module: "esnext", moduleResolution: "bundler" }, "consumer.mjs"],
];

/** One consumer project: installs `names` from the tarballs, then runs every check of the matrix. */
function project(label, names, tarballs, { bin = false } = {}) {
  const dir = join(work, label);
  mkdirSync(dir);
  const fileSpecs = Object.fromEntries(names.map((name) => [name, `file:${tarballs[name]}`]));
  // `overrides` points the packages' own dependencies on each other (`^0.1.0`) at the tarballs too.
  const overrides = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: `consumer-${label}`,
        private: true,
        dependencies: { ...fileSpecs, typescript: "~5.9.3", "@types/node": "^20.19.0" },
        overrides,
      },
      null,
      2,
    ),
  );
  step(`[${label}] npm install ${names.join(", ")}`);
  const started = Date.now();
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], dir);
  step(`[${label}] installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const clients = allClients.filter((c) => names.includes(c.pkg));
  const record = (check, outcome) => results.push([label, check, outcome]);

  step(`[${label}] one copy of @switchboard/core (npm ls)`);
  for (const name of names) {
    const manifest = JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"));
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {}))
      if (dep.startsWith("@switchboard/") && !range.startsWith("^"))
        throw new Error(
          `${name} depends on ${dep} as ${range}, not a caret range: two copies of core can be installed`,
        );
  }
  const copies = new Set(
    run("npm", ["ls", "@switchboard/core", "--all", "--parseable"], dir).trim().split("\n").filter(Boolean),
  );
  if (copies.size !== 1)
    throw new Error(
      `expected one copy of @switchboard/core, found ${copies.size}:\n${[...copies].join("\n")}`,
    );
  record("one copy of @switchboard/core (caret ranges, npm ls)", "ok");

  writeFileSync(join(dir, "esm.mjs"), program(clients, "import"));
  writeFileSync(join(dir, "cjs.cjs"), program(clients, "require"));
  writeFileSync(join(dir, "dual.cjs"), dualHazardProgram(clients[0]));
  for (const [check, file] of [
    ["JS ESM import", "esm.mjs"],
    ["JS CommonJS require", "cjs.cjs"],
    ["ESM + CommonJS in one process (instanceof)", "dual.cjs"],
  ]) {
    step(`[${label}] ${check}`);
    console.log(run(process.execPath, [file], dir, urlEnv).trimEnd());
    record(check, "ok");
  }

  const ts = program(clients, "ts");
  writeFileSync(join(dir, "consumer.ts"), ts);
  writeFileSync(join(dir, "consumer.mts"), ts);
  const tsc = join(dir, "node_modules/typescript/bin/tsc");
  for (const [check, id, file, options, output] of TS_CONFIGS) {
    writeFileSync(
      join(dir, `tsconfig.${id}.json`),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: "es2022",
          strict: true,
          types: ["node"],
          skipLibCheck: false,
          outDir: `out/${id}`,
        },
        files: [file],
      }),
    );
    step(`[${label}] TypeScript ${check}: tsc (skipLibCheck: false), then run`);
    run(process.execPath, [tsc, "-p", `tsconfig.${id}.json`], dir);
    console.log(run(process.execPath, [join(dir, "out", id, output)], dir, urlEnv).trimEnd());
    record(`TypeScript ${check}`, "type-checks and runs");
  }

  if (names.includes("@switchboard/sdk")) {
    writeFileSync(join(dir, "sdk.mjs"), sdkProgram(clients, "import"));
    writeFileSync(join(dir, "sdk.cjs"), sdkProgram(clients.slice(0, 1), "require"));
    for (const [check, file] of [
      ["@switchboard/sdk ESM import (createSwitchboard, every provider)", "sdk.mjs"],
      ["@switchboard/sdk CommonJS require", "sdk.cjs"],
    ]) {
      step(`[${label}] ${check}`);
      console.log(run(process.execPath, [file], dir, urlEnv).trimEnd());
      record(check, "ok");
    }
  }

  if (bin) {
    step(`[${label}] switchboard --help from node_modules/.bin`);
    const help = run(join(dir, "node_modules/.bin/switchboard"), ["--help"], dir);
    if (!help.includes("Usage: switchboard")) throw new Error(`unexpected --help output:\n${help}`);
    record("switchboard --help (bin)", "ok");
  }
}

try {
  step(`packing ${packages.length} packages with npm`);
  const tarballDir = join(work, "tarballs");
  mkdirSync(tarballDir);
  const tarballs = Object.fromEntries(packages.map((p) => [p.name, packTarball(p, tarballDir)]));
  project(
    "all",
    packages.map((p) => p.name),
    tarballs,
    { bin: packages.some((p) => p.name === "@switchboard/cli") },
  );
  project("minimal", ["@switchboard/core", "@switchboard/openmic", "@switchboard/normalizer"], tarballs);
  console.log("\n| project | check | result |\n|---|---|---|");
  for (const row of results) console.log(`| ${row.join(" | ")} |`);
  step("all consumer checks passed");
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
}
