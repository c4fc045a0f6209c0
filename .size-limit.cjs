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
  ["vapi", "createVapiClient"],
  ["bland", "createBlandClient"],
];
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
      // Includes the package's webhook verifier: the namespace esbuild builds for the index's
      // `export * from "@switchboard/core/errors"` keeps every export of the index alive.
      limit: "1.75 kB",
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
];
