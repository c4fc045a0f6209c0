/**
 * The docs match the registry: every count of providers in them is the registry's, the root README's package
 * table lists exactly the registry's provider packages, and no package description or README of a package
 * that serves every provider names only some of them. So adding a provider (or removing one) cannot leave a
 * stale "seven" or a list of five behind.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS } from "@switchboard/sdk";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string) => readFileSync(join(root, file), "utf8");
const packages = readdirSync(join(root, "packages")).filter((p) => {
  try {
    read(`packages/${p}/package.json`);
    return true;
  } catch {
    return false;
  }
});
/** The docs a user or contributor reads (benchmark records are figures of a past run, not claims). */
const docs = [
  "README.md",
  "CONTRIBUTING.md",
  "examples/README.md",
  ...packages
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => {
      try {
        read(f);
        return true;
      } catch {
        return false;
      }
    }),
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md") && !f.startsWith("benchmarks") && f !== "mapping.md")
    .map((f) => `docs/${f}`),
];

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
/** "all seven providers", "7 providers", "the four existing clients": a number of providers or clients. */
const COUNT = new RegExp(
  `\\b(${WORDS.join("|")}|\\d+)\\s+(?:existing\\s+|provider\\s+)?(providers|clients|platforms)\\b`,
  "gi",
);

describe("docs match the provider registry", () => {
  it("every count of providers or clients (other than 'one') is the registry's", () => {
    const wrong: string[] = [];
    for (const file of docs) {
      for (const match of read(file).matchAll(COUNT)) {
        const word = match[1]?.toLowerCase() ?? "";
        const n = /^\d+$/.test(word) ? Number(word) : WORDS.indexOf(word);
        if (n !== 1 && n !== PROVIDERS.length) wrong.push(`${file}: "${match[0]}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the root README's package table lists exactly the registry's provider packages", () => {
    const rows = [...read("README.md").matchAll(/^\| `(@switchboard\/[a-z0-9-]+)`/gm)].map((m) => m[1]);
    const providerRows = rows.filter((name) => PROVIDERS.some((p) => p.packageName === name));
    expect(providerRows.sort()).toEqual(PROVIDERS.map((p) => p.packageName).sort());
  });

  it("package descriptions and READMEs name no subset of the providers", () => {
    const partial: string[] = [];
    const texts = [
      ...packages.map((p) => [
        `packages/${p}/package.json description`,
        JSON.parse(read(`packages/${p}/package.json`)).description ?? "",
      ]),
      ...docs.map((f) => [f, read(f)]),
    ] as [string, string][];
    for (const [where, text] of texts) {
      // A provider's own package speaks of its provider only.
      if (PROVIDERS.some((p) => where.startsWith(`packages/${p.name}/`))) continue;
      // A sentence that speaks of every provider ("every", "all", "supports") and names three or more of
      // them must name them all (naming some as examples of a paging style is fine).
      const prose = text
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("|"))
        .join("\n");
      for (const sentence of prose.split(/(?<=[.:;])\s|\n\n/)) {
        const named = PROVIDERS.filter((p) =>
          sentence.includes(p.displayName.split(" ")[0] ?? p.displayName),
        );
        if (!/\b(every|all|supports?)\b/i.test(sentence)) continue;
        if (named.length >= 3 && named.length < PROVIDERS.length)
          partial.push(
            `${where}: names ${named.map((p) => p.name).join(", ")} of ${PROVIDERS.length}: ${sentence.slice(0, 120)}`,
          );
      }
    }
    expect(partial).toEqual([]);
  });
});
