import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
  mkdirSync(dirname(to), { recursive: true });
  symlinkSync(from, to, "dir");
}

describe("CONTRIBUTING.md recipe: adding a provider", () => {
  // Generating, type-checking and building ESM + CommonJS, then starting Prism: minutes on a loaded machine.
  it("scaffolds a provider from a tiny spec in a temp repo, generates, builds it and calls Prism through it", async () => {
    // A throwaway repo: the spec, the generator scripts, the shared tsconfig, and the workspace's packages.
    mkdirSync(join(work, "specs"));
    writeFileSync(join(work, "specs/acme.yaml"), ACME_SPEC);
    cpSync(join(repoRoot, "scripts"), join(work, "scripts"), { recursive: true });
    cpSync(join(repoRoot, "tsconfig.base.json"), join(work, "tsconfig.base.json"));
    const nm = join(repoRoot, "node_modules");
    for (const pkg of ["openapi-typescript", "yaml", "typescript", "openapi-fetch", "@types/node"])
      link(pkg, join(nm, pkg));
    link("@switchboard/core", join(repoRoot, "packages/core"));

    const run = (args: string[], cwd = work) =>
      execFileSync(process.execPath, args, { cwd, encoding: "utf8" });
    // Step 2 of the recipe: the package from the template.
    expect(run(["scripts/new-provider.mjs", "acme", "--title", "Acme", "--root", work])).toContain(
      "scaffolded packages/acme",
    );
    const pkg = join(work, "packages/acme");
    // `pnpm generate` for the package, then `pnpm build`.
    run([join(work, "scripts/generate.mjs"), "acme"], pkg);
    run([join(work, "scripts/build-package.mjs")], pkg);

    const server = await startPrism("acme", { specFile: join(work, "specs/acme.yaml") });
    try {
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
    // It generates and compiles a package: minutes, not seconds, on a loaded CI machine.
  }, 240_000);
});
