// Size budgets, minified + gzip, checked in CI (`pnpm size`).
// "own code" ignores the shared runtime and openapi-fetch (~6 kB); the provider's spec JSON is excluded
// from the client entries because it is imported lazily, only when `validateResponses` is on, and is
// reported on its own line.
const lazySpec = (config) => {
  config.external = [...(config.external ?? []), "*.spec.js"];
  return config;
};
const providers = [
  ["openmic", "createOpenMicClient"],
  ["zudu", "createZuduClient"],
  ["thinnestai", "createThinnestAIClient"],
  ["butter", "createButterClient"],
];
module.exports = [
  {
    name: "@switchboard/core (own code)",
    path: "packages/core/dist/index.js",
    import: "*",
    ignore: ["openapi-fetch", "ajv", "ajv-formats", "retry"],
    gzip: true,
    // 6 → 10.5 kB: the rate limiter and concurrent pagination, then same-origin redirect handling,
    // option/credential/id checks and body shape checks.
    limit: "10.5 kB",
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
      limit: "13.5 kB",
    },
  ]),
  {
    name: "@switchboard/normalizer (own code)",
    path: "packages/normalizer/dist/index.js",
    import: "{ normalizeCall }",
    ignore: ["temporal-polyfill"],
    gzip: true,
    limit: "12 kB",
  },
  {
    // temporal-polyfill (the TC39 Temporal API) parses timestamps strictly; it goes when Node ships Temporal.
    name: "@switchboard/normalizer (with temporal-polyfill)",
    path: "packages/normalizer/dist/index.js",
    import: "{ normalizeCall }",
    gzip: true,
    limit: "30 kB",
  },
];
