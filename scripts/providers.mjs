/**
 * The providers, discovered rather than listed: the scripts (mapping matrix, demo, benchmarks, docs) read
 * them from the `@switchboard/sdk` descriptors (packages/sdk/src/providers/<name>.ts, built to
 * packages/sdk/dist) or, where nothing is built, from the file system (specs/<name>.yaml other than
 * unified.yaml that have a packages/<name>).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root as defaultRoot } from "./packages.mjs";

/** Provider ids from the file system: specs/*.yaml minus unified.yaml, with a packages/<name>/package.json. */
export function providerNames(root = defaultRoot) {
  return readdirSync(join(root, "specs"))
    .filter((f) => f.endsWith(".yaml") && f !== "unified.yaml")
    .map((f) => f.slice(0, -".yaml".length))
    .filter((name) => existsSync(join(root, "packages", name, "package.json")))
    .sort();
}

/**
 * The provider descriptors of the built `@switchboard/sdk` (`PROVIDERS`, alphabetical), each with `name`,
 * `credentials` (`{ option, env, required }`), `baseUrlEnv`, `createClient`, `filters`, `normalize`, …
 * @throws {Error} when packages/sdk is not built (run `pnpm build`).
 */
export async function loadDescriptors(root = defaultRoot) {
  const entry = join(root, "packages/sdk/dist/index.js");
  if (!existsSync(entry)) throw new Error("packages/sdk/dist is missing: run `pnpm build` first");
  return (await import(pathToFileURL(entry).href)).PROVIDERS;
}

/** The environment a user would set for `descriptor`: a fake value per required credential, `baseUrl` if given. */
export function fakeEnv(descriptor, baseUrl, prefix = "demo") {
  const env = {};
  for (const c of descriptor.credentials)
    if (c.required) env[c.env] = `${prefix}-${c.env.toLowerCase()}-0000`;
  if (baseUrl) env[descriptor.baseUrlEnv] = baseUrl;
  return env;
}
