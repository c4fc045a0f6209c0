// Size budgets, minified + gzip, checked in CI (`pnpm size`).
// "own code" ignores the shared runtime and openapi-fetch (~6 kB); the provider's spec JSON is excluded
// from the client entries because it is imported lazily, only when `validateResponses` is on, and is
// reported on its own line.
const lazySpec = (config) => {
  config.external = [...(config.external ?? []), "*.spec.js"];
  return config;
};
// The providers are discovered: every specs/<name>.yaml (other than unified.yaml) with a packages/<name>,
// and its client factory is the `create…Client` function its src/client.ts exports.
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const providers = readdirSync(join(__dirname, "specs"))
  .filter((f) => f.endsWith(".yaml") && f !== "unified.yaml")
  .map((f) => f.slice(0, -".yaml".length))
  .filter((name) => existsSync(join(__dirname, "packages", name, "src/client.ts")))
  .sort()
  .map((name) => {
    const source = readFileSync(join(__dirname, "packages", name, "src/client.ts"), "utf8");
    return [name, /export function (create\w+Client)\b/.exec(source)?.[1] ?? "*"];
  });
module.exports = [
  {
    name: "@switchboard/core (own code)",
    path: "packages/core/dist/index.js",
    import: "*",
    ignore: ["openapi-fetch", "ajv", "ajv-formats", "retry"],
    gzip: true,
    limit: "6 kB",
  },
  ...providers.flatMap(([name, factory]) => [
    {
      name: `@switchboard/${name} (own code)`,
      path: `packages/${name}/dist/index.js`,
      import: `{ ${factory} }`,
      ignore: ["@switchboard/core", "openapi-fetch"],
      modifyEsbuildConfig: lazySpec,
      gzip: true,
      limit: "1.5 kB",
    },
    {
      name: `@switchboard/${name} (with core and openapi-fetch)`,
      path: `packages/${name}/dist/index.js`,
      import: `{ ${factory} }`,
      ignore: ["ajv", "ajv-formats"],
      modifyEsbuildConfig: lazySpec,
      gzip: true,
      limit: "10 kB",
    },
  ]),
  {
    name: "@switchboard/normalizer",
    path: "packages/normalizer/dist/index.js",
    import: "{ normalizeCall }",
    gzip: true,
    limit: "12 kB",
  },
  {
    name: "@switchboard/sdk (own code)",
    path: "packages/sdk/dist/index.js",
    import: "{ createSwitchboard }",
    ignore: [
      "@switchboard/core",
      "@switchboard/normalizer",
      ...providers.map(([name]) => `@switchboard/${name}`),
      "openapi-fetch",
      "date-fns",
      "csv-stringify",
    ],
    gzip: true,
    limit: "5 kB",
  },
];
