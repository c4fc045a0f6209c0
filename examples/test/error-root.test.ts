import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT, exitCodeOf } from "@switchboard/cli";
import { isBrandedErrorClass, SwitchboardError } from "@switchboard/core";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

/** Every public package and the entries its `exports` declares (`@switchboard/core`, `@switchboard/core/errors`, …). */
const ENTRIES = readdirSync(join(root, "packages")).flatMap((dir) => {
  let manifest: { name: string; private?: boolean; exports?: Record<string, unknown> };
  try {
    manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
  } catch {
    return [];
  }
  if (manifest.private) return [];
  return Object.keys(manifest.exports ?? {})
    .filter((entry) => entry !== "./package.json")
    .map((entry) => (entry === "." ? manifest.name : `${manifest.name}/${entry.slice(2)}`));
});

type ErrorClass = new (...args: unknown[]) => Error;
const isErrorClass = (value: unknown): value is ErrorClass =>
  typeof value === "function" && (value as { prototype?: unknown }).prototype instanceof Error;

/** An instance of any of the error classes: arguments every constructor accepts. */
const construct = (errorClass: ErrorClass) =>
  new errorClass("message", {
    provider: "p",
    argument: "id",
    reason: "malformed",
    timeoutMs: 1,
    status: 400,
    headers: {},
    operationId: "op",
    issues: [],
  });

describe("one error root: every error class any package exports", () => {
  it("is a SwitchboardError subclass, branded, instanceof across its ESM and CommonJS copies, with an exit code", async () => {
    const classes = new Map<string, { esm: ErrorClass; cjs: ErrorClass }>();
    for (const entry of ENTRIES) {
      const esm = (await import(entry)) as Record<string, unknown>;
      const cjs = require(entry) as Record<string, unknown>;
      for (const [name, value] of Object.entries(esm))
        if (isErrorClass(value)) classes.set(`${name}`, { esm: value, cjs: cjs[name] as ErrorClass });
    }
    // The classes the packages export, beside core's own.
    expect([...classes.keys()]).toEqual(
      expect.arrayContaining([
        "NormalizeError",
        "ConfigurationError",
        "InvalidCallIdError",
        "StoreError",
        "ConfigError",
        "WebhookSendError",
      ]),
    );
    const problems: string[] = [];
    for (const [name, { esm, cjs }] of classes) {
      if (!isBrandedErrorClass(esm)) problems.push(`${name}: not branded`);
      if (!isErrorClass(cjs)) {
        problems.push(`${name}: missing from the CommonJS build`);
        continue;
      }
      const fromCjs = construct(cjs);
      const fromEsm = construct(esm);
      if (!(fromEsm instanceof SwitchboardError)) problems.push(`${name}: not a SwitchboardError`);
      if (!(fromCjs instanceof esm))
        problems.push(`${name}: a CommonJS instance is not instanceof the ESM class`);
      if (!(fromEsm instanceof cjs))
        problems.push(`${name}: an ESM instance is not instanceof the CommonJS class`);
      if (!(fromCjs instanceof SwitchboardError))
        problems.push(`${name}: a CommonJS instance is not a SwitchboardError`);
      if (exitCodeOf(fromEsm) === EXIT.internal) problems.push(`${name}: exit code 1 (no row in EXIT_CODES)`);
    }
    expect(problems).toEqual([]);
    console.log(`${classes.size} error classes: ${[...classes.keys()].sort().join(", ")}`);
  });
});
