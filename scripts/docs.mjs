#!/usr/bin/env node
/**
 * `pnpm docs:build`: builds the browsable references into docs/site/ (not committed): one Redocly HTML page per
 * spec in specs/ (docs/site/specs/<name>.html) and the TypeScript API with TypeDoc (docs/site/api/), plus
 * an index page linking them.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./packages.mjs";

const site = join(root, "docs/site");
mkdirSync(join(site, "specs"), { recursive: true });
const run = (args) => execFileSync("pnpm", ["exec", ...args], { cwd: root, stdio: "inherit" });
const specs = readdirSync(join(root, "specs"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""));
for (const name of specs) {
  run(["redocly", "build-docs", `specs/${name}.yaml`, "--output", `docs/site/specs/${name}.html`]);
}
run(["typedoc"]);
const links = specs.map((n) => `<li><a href="specs/${n}.html">${n}</a> — specs/${n}.yaml</li>`).join("\n");
writeFileSync(
  join(site, "index.html"),
  `<!doctype html><meta charset="utf-8"><title>Switchboard reference</title>
<h1>Switchboard reference</h1>
<h2>Provider APIs (from the hand-written OpenAPI specs)</h2><ul>${links}</ul>
<h2>TypeScript API</h2><ul><li><a href="api/index.html">All packages (TypeDoc)</a></li></ul>\n`,
);
console.log(`docs: ${specs.length} spec references and the TypeScript API in docs/site/`);
