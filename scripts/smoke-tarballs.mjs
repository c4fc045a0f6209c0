#!/usr/bin/env node
/**
 * Consumer smoke test from the tarballs: proves the packages work for someone outside this monorepo.
 *
 * 1. `pnpm pack` every publishable package (workspace: ranges become real versions).
 * 2. In a fresh temporary project outside the workspace, `npm install` the tarballs (plus TypeScript).
 * 3. There: import every client and the normalizer from an ESM file and `require` them from a CommonJS
 *    file (require(esm), Node ≥ 20.19); typecheck a TypeScript file that uses them with
 *    `moduleResolution: node16` and with `bundler`; and run one real `getCall` through every client against
 *    a Prism mock of its spec, plus `normalizeCall` on the result.
 *
 * Needs `pnpm build` first. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPrisms } from "@switchboard/testing";
import { publicPackages } from "./packages.mjs";

/** How to call each provider client: factory, credentials, env var of the mock URL, a call id. */
export const CLIENTS = {
  "@switchboard/openmic": {
    provider: "openmic",
    factory: "createOpenMicClient",
    options: { apiKey: "k" },
    id: "cmbbvrg8wzi487w02m2bc7dji",
  },
  "@switchboard/zudu": {
    provider: "zudu",
    factory: "createZuduClient",
    options: { apiKey: "k", apiSecret: "s" },
    id: "call-456",
  },
  "@switchboard/thinnestai": {
    provider: "thinnestai",
    factory: "createThinnestAIClient",
    options: { apiKey: "k" },
    id: 77,
  },
  "@switchboard/butter": {
    provider: "butter",
    factory: "createButterClient",
    options: { apiKey: "k" },
    id: "call_abc123def456",
  },
  "@switchboard/retell": {
    provider: "retell",
    factory: "createRetellClient",
    options: { apiKey: "k" },
    id: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
  },
};

const packages = publicPackages();
const clients = packages.filter((p) => CLIENTS[p.name]).map((p) => ({ pkg: p.name, ...CLIENTS[p.name] }));
const work = mkdtempSync(join(tmpdir(), "switchboard-smoke-"));
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...options });
const step = (text) => console.log(`smoke: ${text}`);

const servers = await startPrisms(clients.map((c) => c.provider));
try {
  step(`packing ${packages.length} packages`);
  mkdirSync(join(work, "tarballs"));
  const tarballs = Object.fromEntries(
    packages.map((p) => [
      p.name,
      run("pnpm", ["pack", "--pack-destination", join(work, "tarballs")], { cwd: p.dir })
        .trim()
        .split("\n")
        .pop(),
    ]),
  );
  const fileSpecs = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  writeFileSync(
    join(work, "package.json"),
    JSON.stringify(
      { name: "consumer", private: true, dependencies: fileSpecs, overrides: fileSpecs },
      null,
      2,
    ),
  );
  step("npm install of the tarballs in a fresh project");
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    "typescript@~5.9.3",
    "@types/node@^20.19.0",
  ]);

  const urls = Object.fromEntries(servers.map((s) => [s.provider ?? s.name, s.url]));
  const callsOf = (load) =>
    clients
      .map(
        (c) => `{
  const { ${c.factory} } = ${load(c.pkg)};
  const client = ${c.factory}({ ...${JSON.stringify(c.options)}, baseUrl: ${JSON.stringify(urls[c.provider])} });
  const raw = await client.getCall(${JSON.stringify(c.id)});
  const call = normalizeCall(${JSON.stringify(c.provider)}, raw);
  if (call.provider !== ${JSON.stringify(c.provider)} || String(call.id) !== ${JSON.stringify(String(c.id))}) throw new Error("bad call from ${c.provider}: " + JSON.stringify(call).slice(0, 200));
  console.log("  ${c.provider}: getCall + normalizeCall ok (" + call.id + ", " + call.status.unified + ")");
}`,
      )
      .join("\n");

  writeFileSync(
    join(work, "esm.mjs"),
    `import { normalizeCall } from "@switchboard/normalizer";\n${callsOf((pkg) => `await import(${JSON.stringify(pkg)})`)}\n`,
  );
  writeFileSync(
    join(work, "cjs.cjs"),
    `const { normalizeCall } = require("@switchboard/normalizer");\n(async () => {\n${callsOf((pkg) => `require(${JSON.stringify(pkg)})`)}\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
  );
  step("ESM import + getCall against Prism");
  console.log(run(process.execPath, ["esm.mjs"]).trimEnd());
  step("CommonJS require + getCall against Prism");
  console.log(run(process.execPath, ["cjs.cjs"]).trimEnd());

  const imports = clients.map((c) => `import { ${c.factory} } from "${c.pkg}";`).join("\n");
  const uses = clients
    .map(
      (c) =>
        `export async function use_${c.provider}(): Promise<Call> {\n  const client = ${c.factory}(${JSON.stringify(c.options)});\n  return normalizeCall("${c.provider}", await client.getCall(${JSON.stringify(c.id)}));\n}`,
    )
    .join("\n");
  writeFileSync(
    join(work, "consumer.mts"),
    `${imports}\nimport { normalizeCall, type Call, NormalizeError } from "@switchboard/normalizer";\n${uses}\nexport const isNormalizeError = (e: unknown): e is NormalizeError => e instanceof NormalizeError;\nexport const ms: number | undefined = ({} as Call).durationMs;\n`,
  );
  for (const [label, compilerOptions] of [
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ]) {
    writeFileSync(
      join(work, `tsconfig.${label}.json`),
      JSON.stringify({
        compilerOptions: {
          ...compilerOptions,
          target: "es2022",
          strict: true,
          noEmit: true,
          types: ["node"],
          skipLibCheck: false,
        },
        files: ["consumer.mts"],
      }),
    );
    step(`tsc with moduleResolution ${label}`);
    run(process.execPath, [join(work, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${label}.json`]);
  }
  step("all consumer checks passed");
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
}
