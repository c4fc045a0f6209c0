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
