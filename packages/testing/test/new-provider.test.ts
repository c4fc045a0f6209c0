import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, startPrism } from "../src/index.js";

/** A tiny provider spec following specs/CONVENTIONS.md. */
const ACME_SPEC = `openapi: 3.1.0
info:
  title: Acme call records API
  version: 0.1.0
  license: { name: Apache-2.0, identifier: Apache-2.0 }
servers:
  - url: https://api.acme.example
security:
  - BearerAuth: []
paths:
  /v1/calls/{call_id}:
    get:
      operationId: getCall
      summary: Get a call
      parameters:
        - { name: call_id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: The call.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Call" }
              examples:
                seed: { value: { id: "acme_1", agent: "bot_1", seconds: 42 } }
        "401": { $ref: "#/components/responses/Error" }
        "404": { $ref: "#/components/responses/Error" }
  /v1/calls:
    get:
      operationId: listCalls
      summary: List calls
      parameters:
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 50 } }
        - { name: offset, in: query, schema: { type: integer, minimum: 0 } }
      responses:
        "200":
          description: A page.
          content:
            application/json:
              schema:
                type: object
                additionalProperties: true
                required: [calls]
                properties:
                  calls: { type: array, items: { $ref: "#/components/schemas/Call" } }
              examples:
                realistic: { value: { calls: [{ id: "acme_1", agent: "bot_1", seconds: 42 }] } }
        "401": { $ref: "#/components/responses/Error" }
components:
  securitySchemes:
    BearerAuth: { type: http, scheme: bearer }
  schemas:
    Call:
      type: object
      additionalProperties: true
      required: [id]
      properties:
        id: { type: string }
        agent: { type: string }
        seconds: { type: number, description: Duration in seconds. }
  responses:
    Error:
      description: An error.
      content:
        application/json:
          schema: { type: object, additionalProperties: true, properties: { error: { type: string } } }
          examples:
            error: { value: { error: nope } }
`;

const work = mkdtempSync(join(tmpdir(), "switchboard-new-provider-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Links a package of the workspace into the throwaway repo's node_modules. */
function link(name: string, from: string) {
  const to = join(work, "node_modules", name);
  if (existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true });
  symlinkSync(from, to, "dir");
}

/** Copies `packages/<name>` of the workspace (without node_modules) into the throwaway repo. */
function copyPackage(name: string, parts: string[]) {
  for (const part of parts)
    cpSync(join(repoRoot, "packages", name, part), join(work, "packages", name, part), { recursive: true });
}

/** Every file of the throwaway repo (outside node_modules and build output) → a hash of its content. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(work, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(work.length + 1);
    if (/(^|\/)(node_modules|dist)\//.test(path)) continue;
    files.set(
      path,
      createHash("sha256")
        .update(readFileSync(join(work, path)))
        .digest("hex"),
    );
  }
  return files;
}

/** The files added or changed between two snapshots, sorted. */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after]
    .filter(([path, hash]) => before.get(path) !== hash)
    .map(([path]) => path)
    .sort();
}

/**
 * The provider's own places: its spec, its package, its normalizer folder, and the one file it has in each
 * per-provider folder (the sdk descriptor, the paging style).
 */
const OWN = [
  /^specs\/acme\.yaml$/,
  /^packages\/acme\//,
  /^packages\/normalizer\/src\/acme\//,
  /^packages\/sdk\/src\/providers\/acme\.ts$/,
  /^packages\/testing\/src\/paging-styles\/acme\.ts$/,
];

/**
 * The recipe's last step, "write its mappings", done the way a contributor does it: in the provider's own
 * normalizer folder only. `agent` → `agentId`, `seconds` (documented in seconds) → `durationMs`.
 */
const ACME_MAPPING = `import type { paths } from "@switchboard/acme/types";
import type { Call } from "../call.js";
import { NormalizeError } from "../errors.js";

/** What {@link normalizeAcmeCall} takes: a call as \`GET /v1/calls/{call_id}\` returns it. */
export type AcmeCallInput = paths["/v1/calls/{call_id}"]["get"]["responses"][200]["content"]["application/json"];

/** An Acme call → a {@link Call}: \`agent\` → \`agentId\`, \`seconds\` → \`durationMs\`. */
export function normalizeAcmeCall(input: AcmeCallInput | unknown): Call {
  const record = input as AcmeCallInput;
  if (typeof record?.id !== "string") throw new NormalizeError("acme", "id", "is required but missing");
  return {
    provider: "acme",
    id: record.id,
    agentId: record.agent ?? "",
    channel: "phone",
    status: { unified: "ended" },
    detail: "full",
    ...(record.seconds === undefined ? {} : { durationMs: Math.round(record.seconds * 1000) }),
    metadata: {},
    raw: { ...record },
    warnings: [],
  };
}
`;

/**
 * Without any edit but the scaffold: the sdk (rebuilt) lists acme, `switchboard calls list --provider all`
 * shows its calls, the mapping matrix has its rows, and the docs build would document it.
 */
async function seesProviderEverywhere(
  run: (args: string[], cwd?: string, env?: Record<string, string>) => string,
  acmeUrl: string,
) {
  const sdk = join(work, "packages/sdk");
  expect(readFileSync(join(sdk, "src/generated/registry.ts"), "utf8")).toContain(
    'from "../providers/acme.js"',
  );
  run([join(work, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], sdk);

  const bin = join(work, "packages/cli/dist/bin.js");
  const env = { ACME_API_KEY: "acme_key_0123456789", ACME_BASE_URL: acmeUrl };
  const listed = run([bin, "calls", "list", "--provider", "all", "--format", "ndjson"], work, env)
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  // The mapping written in packages/normalizer/src/acme/ is the one the CLI applies.
  expect(listed).toEqual([
    expect.objectContaining({ provider: "acme", id: "acme_1", agentId: "bot_1", durationMs: 42_000 }),
  ]);
  expect(run([bin, "--help"], work, env)).toContain("ACME_API_KEY");

  mkdirSync(join(work, "docs"), { recursive: true });
  run(["scripts/mapping-matrix.mjs"]);
  const matrix = readFileSync(join(work, "docs/mapping.md"), "utf8");
  expect(matrix).toContain("| acme | client-side |");
  expect(matrix).toContain("## acme");

  cpSync(join(repoRoot, "typedoc.json"), join(work, "typedoc.json"));
  const docs = JSON.parse(run(["scripts/docs.mjs", "--dry-run"]));
  expect(docs.specs).toContain("acme");
  expect(docs.packages).toEqual(expect.arrayContaining(["packages/acme", "packages/sdk"]));
}

/**
 * The scaffolded paging style: the testing package, built with it, serves acme's list at `urlOf("acme")`,
 * and the scaffolded client walks it (offset pagination, the total known after the first page).
 */
async function walksPagingStyle(run: (args: string[], cwd?: string) => string, pkg: string) {
  const testingDir = join(work, "packages/testing");
  expect(existsSync(join(testingDir, "src/paging-styles/acme.ts"))).toBe(true);
  run([join(work, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], testingDir);
  const testing = await import(pathToFileURL(join(testingDir, "dist/index.js")).href);
  const mod = await import(pathToFileURL(join(pkg, "dist/index.js")).href);
  const paging = await testing.startPagingServer({
    total: 25,
    makeCall: (_provider: string, i: number) => ({ id: `acme_${i}`, agent: "bot_1", seconds: 42 }),
  });
  try {
    expect(paging.providers).toContain("acme");
    const client = mod.createAcmeClient({ apiKey: "acme_key_0123456789", baseUrl: paging.urlOf("acme") });
    const ids: string[] = [];
    for await (const call of client.iterateCalls({ limit: 10 })) ids.push(call.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `acme_${i}`));
    expect(paging.pages.acme).toBe(3);
    // Page by page: 10, 10, then a short last page.
    const first = await client.listCalls({ limit: 10 });
    const second = await first.getNextPage();
    const third = await second.getNextPage();
    expect([first, second, third].map((page) => page.data.length)).toEqual([10, 10, 5]);
    expect(third.hasNextPage()).toBe(false);
    // The style's hand-written loop, for the benchmarks, walks the same list.
    const style = (await testing.loadPagingStyles()).find((s: { provider: string }) => s.provider === "acme");
    const sizes: number[] = [];
    for await (const page of style.handLoop(paging.urlOf("acme"), 10)) sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 5]);
  } finally {
    await paging.close();
  }
}

describe("CONTRIBUTING.md recipe: adding a provider", () => {
  // Generating, type-checking and building ESM + CommonJS and the sdk, then starting Prism: minutes on a
  // loaded machine.
  it("spec, scaffold, mappings: no hand edit outside the provider's own places; the CLI, mapping matrix, docs and paging server see it", async () => {
    // A throwaway repo: the spec, the generator scripts, the shared tsconfig, and the workspace's packages.
    mkdirSync(join(work, "specs"));
    writeFileSync(join(work, "specs/acme.yaml"), ACME_SPEC);
    cpSync(join(repoRoot, "scripts"), join(work, "scripts"), { recursive: true });
    cpSync(join(repoRoot, "tsconfig.base.json"), join(work, "tsconfig.base.json"));
    const nm = join(repoRoot, "node_modules");
    for (const pkg of ["openapi-typescript", "yaml", "typescript", "openapi-fetch", "@types/node"])
      link(pkg, join(nm, pkg));
    link("@switchboard/core", join(repoRoot, "packages/core"));
    // The store (the CLI imports it; it needs the sdk's types only, so the workspace's build serves).
    link("@switchboard/store", join(repoRoot, "packages/store"));

    // The sdk (sources, to be rebuilt with the new descriptor) and the built CLI, so that the CLI resolves
    // the throwaway repo's sdk.
    copyPackage("sdk", ["src", "scripts", "package.json", "tsconfig.json", "tsconfig.build.json"]);
    rmSync(join(work, "packages/sdk/src/generated"), { recursive: true, force: true });
    copyPackage("cli", ["dist", "package.json"]);
    // The normalizer's sources: the scaffold adds the provider's folder and regenerates its registry.
    copyPackage("normalizer", ["src", "scripts", "package.json", "tsconfig.json", "tsconfig.build.json"]);
    link("@switchboard/normalizer", join(work, "packages/normalizer"));
    // The testing package's sources, for the scaffolded paging style to land in and be built with.
    copyPackage("testing", ["src", "package.json", "tsconfig.json", "tsconfig.build.json"]);
    link("@switchboard/sdk", join(work, "packages/sdk"));
    link("@switchboard/acme", join(work, "packages/acme"));
    for (const pkg of ["openmic", "zudu", "thinnestai", "butter", "retell", "vapi", "bland"])
      link(`@switchboard/${pkg}`, join(repoRoot, "packages", pkg));
    for (const [pkg, from] of [
      ["temporal-polyfill", "core"],
      ["csv-stringify", "sdk"],
      ["commander", "cli"],
      ["cli-table3", "cli"],
      ["fastest-levenshtein", "cli"],
      ["ora", "cli"],
      ["env-paths", "cli"],
      ["vitest", "testing"],
    ] as const)
      link(pkg, realpathSync(join(repoRoot, "packages", from, "node_modules", pkg)));

    const run = (args: string[], cwd = work, env?: Record<string, string>) => {
      try {
        return execFileSync(process.execPath, args, {
          cwd,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { PATH: process.env.PATH, ...env },
        });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`node ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
      }
    };
    const before = snapshot();
    // Step 2 of the recipe: the package from the template.
    expect(run(["scripts/new-provider.mjs", "acme", "--title", "Acme", "--root", work])).toContain(
      "scaffolded packages/acme",
    );
    const pkg = join(work, "packages/acme");
    // `pnpm generate` for the package, then `pnpm build`.
    run([join(work, "scripts/generate.mjs"), "acme"], pkg);
    run([join(work, "scripts/build-package.mjs")], pkg);
    // Step 3: its mappings, in its own normalizer folder; `pnpm generate` and `pnpm build` for the normalizer.
    writeFileSync(join(work, "packages/normalizer/src/acme/normalize-acme-call.ts"), ACME_MAPPING);
    const normalizerDir = join(work, "packages/normalizer");
    run(["scripts/generate-registry.mjs"], normalizerDir);
    run([join(work, "scripts/build-package.mjs")], normalizerDir);

    // No hand edit outside the provider's own places: every other file that changed was written by a
    // generator (a GENERATED banner), or is a manifest whose provider dependencies provider-deps vouches for.
    const changed = changedFiles(before, snapshot());
    const outside = changed.filter((path) => !OWN.some((own) => own.test(path)));
    expect(outside).toEqual([
      "packages/normalizer/package.json",
      "packages/normalizer/src/generated/registry.ts",
      "packages/sdk/package.json",
      "packages/sdk/src/generated/registry.ts",
    ]);
    for (const path of outside.filter((p) => p.endsWith(".ts")))
      expect(readFileSync(join(work, path), "utf8")).toMatch(/^\/\*\*\n \* GENERATED from /);
    expect(run(["scripts/provider-deps.mjs", "--check", "--root", work])).toContain("match the sources");
    for (const manifest of ["packages/normalizer/package.json", "packages/sdk/package.json"])
      expect(JSON.stringify(JSON.parse(readFileSync(join(work, manifest), "utf8")))).toContain(
        '"@switchboard/acme":"workspace:^"',
      );
    // Inside them: the package, the normalizer's folder, the descriptor, the paging style.
    expect(changed).toEqual(
      expect.arrayContaining([
        "packages/acme/src/client.ts",
        "packages/normalizer/src/acme/normalize-acme-call.ts",
        "packages/normalizer/src/acme/normalize-acme-webhook.ts",
        "packages/sdk/src/providers/acme.ts",
        "packages/testing/src/paging-styles/acme.ts",
      ]),
    );

    const server = await startPrism("acme", { specFile: join(work, "specs/acme.yaml") });
    try {
      await seesProviderEverywhere(run, server.url);
      const mod = await import(pathToFileURL(join(pkg, "dist/index.js")).href);
      const validation = await import(pathToFileURL(join(pkg, "dist/validation.js")).href);
      const client = mod.createAcmeClient({
        apiKey: "acme_key_0123456789",
        baseUrl: server.url,
        validateResponses: true,
        responseValidator: validation.acmeResponseValidator,
      });
      await expect(client.getCall("acme_1")).resolves.toEqual({ id: "acme_1", agent: "bot_1", seconds: 42 });
      const page = await client.listCalls({ limit: 10 });
      expect(page.data).toHaveLength(1);
      // The template's offset pagination: one call on a page of up to 10 is the last page.
      expect(page.hasNextPage()).toBe(false);
      const error = await client.getCall("x", { headers: { Prefer: "code=404" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(mod.NotFoundError);
    } finally {
      await server.stop();
    }
    await walksPagingStyle(run, pkg);
    // It generates and compiles a package and the sdk: minutes, not seconds, on a loaded CI machine.
  }, 300_000);
});
