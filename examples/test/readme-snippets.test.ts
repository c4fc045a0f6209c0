import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const examples = fileURLToPath(new URL("..", import.meta.url));
const root = join(examples, "..");

/** Every README a user reads first: the root one and each package's. */
const readmes = [
  "README.md",
  ...readdirSync(join(root, "packages"))
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => {
      try {
        readFileSync(join(root, f));
        return true;
      } catch {
        return false;
      }
    }),
];

/** The ```ts blocks of a Markdown file, with the line each starts on. */
function tsBlocks(file: string) {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const blocks: { line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== "```") end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

describe("README examples", () => {
  it("every package README starts with its npm install line", () => {
    for (const file of readmes.filter((f) => f.startsWith("packages/"))) {
      const text = readFileSync(join(root, file), "utf8");
      const afterTitle = text.split("\n").slice(1).join("\n").trimStart();
      expect(afterTitle, file).toMatch(/^```sh\nnpm install (--global )?@switchboard\//);
    }
  });

  it("every ```ts block of the READMEs type-checks against the current packages", () => {
    // Written where Node resolves this workspace's packages (examples/node_modules), as ES modules.
    const dir = join(examples, "node_modules/.cache/readme-snippets");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const origin = new Map<string, string>();
    for (const readme of readmes) {
      for (const { line, code } of tsBlocks(readme)) {
        const file = join(dir, `${readme.replace(/[/.]/g, "_")}_${line}.ts`);
        // `export {}` keeps each snippet a module of its own (top-level await, no shared names).
        writeFileSync(file, `${code}\nexport {};\n`);
        origin.set(file, `${readme}:${line}`);
      }
    }
    expect(origin.size).toBeGreaterThanOrEqual(readmes.length);
    const program = ts.createProgram([...origin.keys()], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? (origin.get(d.file.fileName) ?? relative(root, d.file.fileName)) : "";
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `${where} (+${line} lines): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });
});

/**
 * Every name a package README mentions in backticks that reads like an export (camelCase or PascalCase:
 * `createSwitchboard`, `verifyRetellWebhook()`, `NotFoundError`), checked against what the built packages
 * declare: the exports of every entry of every package (`exports` in its package.json), and the members of
 * what they export (options, methods and their parameters, provider fields), six levels deep. Built-ins of the platform (`Response`,
 * `AbortSignal`) and HTTP words count as known.
 */
describe("README names", () => {
  const HTTP_WORDS = new Set(["Authorization", "Bearer", "MaxListenersExceededWarning"]);

  function declaredNames(): Set<string> {
    const entries: string[] = [];
    for (const dir of readdirSync(join(root, "packages"))) {
      let manifest: { exports?: Record<string, { import?: { types?: string }; types?: string } | string> };
      try {
        manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
      } catch {
        continue;
      }
      for (const target of Object.values(manifest.exports ?? {})) {
        const types = typeof target === "string" ? undefined : (target.import?.types ?? target.types);
        if (types?.endsWith(".d.ts")) entries.push(join(root, "packages", dir, types));
      }
    }
    const program = ts.createProgram(entries, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const known = new Set<string>();
    const seen = new Set<ts.Type>();
    const walk = (type: ts.Type, depth: number) => {
      if (depth > 6 || seen.has(type)) return;
      seen.add(type);
      if (checker.isArrayType(type))
        for (const element of checker.getTypeArguments(type as ts.TypeReference)) walk(element, depth + 1);
      for (const property of type.getProperties()) {
        known.add(property.name);
        walk(checker.getTypeOfSymbol(property), depth + 1);
      }
      for (const signature of type.getCallSignatures()) {
        walk(signature.getReturnType(), depth + 1);
        for (const parameter of signature.getParameters())
          walk(checker.getTypeOfSymbol(parameter), depth + 1);
      }
      if (type.isUnionOrIntersection()) for (const t of type.types) walk(t, depth + 1);
    };
    for (const entry of entries) {
      const source = program.getSourceFile(entry);
      const module = source && checker.getSymbolAtLocation(source);
      expect(module, `${relative(root, entry)}: not built (pnpm build)`).toBeDefined();
      if (!module) continue;
      for (const exported of checker.getExportsOfModule(module)) {
        known.add(exported.name);
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        walk(checker.getDeclaredTypeOfSymbol(symbol), 0);
        walk(checker.getTypeOfSymbol(symbol), 0);
      }
    }
    return known;
  }

  it("every export-like name a package README mentions is declared by the packages", () => {
    const known = declaredNames();
    expect(known.has("createSwitchboard")).toBe(true);
    const unknown: string[] = [];
    for (const readme of readmes.filter((f) => f.startsWith("packages/"))) {
      const text = readFileSync(join(root, readme), "utf8");
      for (const [, name] of text.matchAll(/`([A-Za-z][A-Za-z0-9]*)(?:\(\))?`/g)) {
        if (!name || !/[a-z]/.test(name) || !/[A-Z]/.test(name)) continue;
        if (known.has(name) || HTTP_WORDS.has(name) || name in globalThis) continue;
        unknown.push(`${readme}: \`${name}\``);
      }
    }
    expect(unknown).toEqual([]);
  });
});
