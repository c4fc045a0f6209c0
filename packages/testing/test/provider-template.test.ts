import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../src/index.js";

/**
 * The structure of a provider client's source, without what is the provider's own (docstrings, types'
 * right-hand sides, pagination conditions, envelope unwrapping): what `@switchboard/core` it imports, what
 * it exports (kind and name), the `CallsClient` its client interface extends, the options it passes to
 * `createApiClient`, the runtime calls its factory makes in order (`api.raw.GET("/path")`, `api.handle`,
 * `api.calls`, …) and how many type assertions (`as`) it needs.
 */
function clientShape(source: string) {
  const file = ts.createSourceFile("client.ts", source, ts.ScriptTarget.Latest, true);
  const compact = (node: ts.Node) => node.getText(file).replace(/\s+/g, "");
  const imports: string[] = [];
  const exported: string[] = [];
  let clientInterface = "";
  const createApiClientOptions: string[] = [];
  const runtimeCalls: string[] = [];
  let assertions = 0;

  const walk = (node: ts.Node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) assertions++;
    if (ts.isCallExpression(node)) {
      const callee = compact(node.expression);
      if (callee === "createApiClient") {
        const config = node.arguments[0];
        if (config && ts.isObjectLiteralExpression(config)) {
          for (const property of config.properties) createApiClientOptions.push(compact(property));
        }
      }
      if (/^(api\.|createApiClient$|requireCredential$)/.test(callee)) {
        const first = node.arguments[0];
        runtimeCalls.push(first && ts.isStringLiteral(first) ? `${callee}(${first.text})` : callee);
      }
    }
    ts.forEachChild(node, walk);
  };

  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      // `@switchboard/core/time` serves a client's time-window strategy, which is the provider's own (the
      // template's offset list has none), like its pagination conditions.
      if (compact(statement.moduleSpecifier) !== '"@switchboard/core/time"') imports.push(compact(statement));
      continue;
    }
    const isExported = ts.canHaveModifiers(statement)
      ? (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!isExported) continue;
    if (ts.isTypeAliasDeclaration(statement)) exported.push(`type ${statement.name.text}`);
    if (ts.isInterfaceDeclaration(statement)) {
      exported.push(`interface ${statement.name.text}`);
      if (statement.name.text.endsWith("Client")) {
        clientInterface = (statement.heritageClauses ?? []).map(compact).join(" ");
      }
    }
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) exported.push(`const ${compact(d.name)}`);
    }
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      exported.push(`function ${statement.name.text}`);
      walk(statement);
    }
  }
  return { imports, exported, clientInterface, createApiClientOptions, runtimeCalls, assertions };
}

describe("the provider template stays the shape of a real client", () => {
  it("renders scripts/templates/provider/src/client.ts.tmpl for OpenMic's spec into the structure of packages/openmic/src/client.ts", async () => {
    const { providerReplacements, fillTemplate } = await import(
      pathToFileURL(join(repoRoot, "scripts/templates/provider-replacements.mjs")).href
    );
    const spec = parse(readFileSync(join(repoRoot, "specs/openmic.yaml"), "utf8"));
    const replacements = providerReplacements(spec, "openmic", { pascal: "OpenMic" });
    const template = readFileSync(join(repoRoot, "scripts/templates/provider/src/client.ts.tmpl"), "utf8");
    const rendered = clientShape(fillTemplate(template, replacements));
    const real = clientShape(readFileSync(join(repoRoot, "packages/openmic/src/client.ts"), "utf8"));

    // The comparison has to see something, or it could not fail.
    expect(real.runtimeCalls).toContain("api.raw.GET(/v1/call/{id})");
    expect(real.clientInterface).toMatch(/^extendsCallsClient</);
    expect(rendered).toEqual(real);
  });

  it("notices a template that drifts from the real clients", () => {
    const real = readFileSync(join(repoRoot, "packages/openmic/src/client.ts"), "utf8");
    const drifted = real
      .replace("return api.calls({", "return ({ raw: api.raw, ...({")
      .replace("fetchPage: fetchCallsPage,\n  });", "fetchPage: fetchCallsPage,\n  }) } as never);");
    expect(drifted).not.toBe(real);
    expect(clientShape(drifted)).not.toEqual(clientShape(real));
  });
});
