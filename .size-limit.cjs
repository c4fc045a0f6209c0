// Size budgets, minified + gzip, checked in CI (`pnpm size`).
// "own code" ignores the shared runtime and openapi-fetch (~6 kB). Response validation (Ajv + the provider's
// spec) is a separate entry point, `@switchboard/<provider>/validation`, reported on its own line: an app
// that does not import it must not bundle it, which the first entry checks on a real app bundled whole.
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
    name: "app: createOpenMicClient({ apiKey }).getCall(id), esbuild, one minified file",
    path: "scripts/size/openmic-get-call.mjs",
    gzip: true,
    // 15 → 17 kB: the time-window walks (newest first by windows, cursor lists walked side by side; 16.29 kB
    // measured), which every client's iterateCalls reaches. → 21 kB: one date stack, Temporal's strict parser
    // for list times (temporal-polyfill's Instant.fromString, about 5 kB) in place of the lenient Date.parse,
    // which rolls 2026-02-30 over to March and reads a zone-less time in the machine's zone (20.53 kB measured);
    // the same parser left the normalizer, whose bundle with its parser went from 37.55 to 22.39 kB.
    limit: "21 kB",
  },
  {
    name: "@switchboard/core (own code)",
    path: "packages/core/dist/index.js",
    import: "*",
    ignore: ["openapi-fetch", "ajv", "ajv-formats", "cockatiel", "temporal-polyfill"],
    gzip: true,
    // 6 → 10.5 kB: the rate limiter and concurrent pagination, then the security hardening (same-origin
    // redirects, option/credential/id checks, body shape checks); → 11 kB: the per-request fast paths (the
    // response handed on without a copy, items handed out a page at a time; 10.68 kB measured); → 11.5 kB:
    // the buffered response as a Response subclass (one JSON.parse per response, its body readable again
    // through every Response method) and the kept request body for retries (10.94 kB measured); → 13.5 kB:
    // the time-window walks of windows.ts (13 kB measured). Dependencies are not own code: temporal-polyfill's
    // Instant parser (time.ts, the one date stack: about 5 kB) is ignored with Ajv and openapi-fetch; → 14 kB:
    // time.ts's own reading of the three ISO forms (13.58 kB measured).
    limit: "14 kB",
  },
  ...providers.flatMap(([name, factory]) => [
    {
      name: `@switchboard/${name} (own code)`,
      path: `packages/${name}/dist/index.js`,
      import: `{ ${factory} }`,
      // Dependencies are not own code: the runtime, openapi-fetch, and Bland's JSON scanner (jsonc-parser, for
      // refusing webhook bodies with duplicate keys).
      ignore: ["@switchboard/core", "openapi-fetch", "jsonc-parser"],
      gzip: true,
      // Includes the package's webhook verifier: the namespace esbuild builds for the index's
      // `export * from "@switchboard/core/errors"` keeps every export of the index alive. Vapi is the largest
      // (createdAt-window pagination, its time-window strategy and three webhook schemes: 2.49 kB measured);
      // → 3 kB: Vapi's custom HMAC payload formats ({method}, {url}, {svix-id}; 2.88 kB measured).
      limit: "3 kB",
    },
    {
      name: `@switchboard/${name} (with core and openapi-fetch)`,
      path: `packages/${name}/dist/index.js`,
      import: `{ ${factory} }`,
      gzip: true,
      // The shared runtime (13 kB with the time-window walks) + openapi-fetch + the client's own code
      // (16.13–16.63 kB measured); → 21.5 kB: Temporal's Instant parser, core's one date stack (20.47–20.83 kB),
      // then createApiClient split into settings, request pipeline and response handling (20.7–21.05 kB).
      limit: "21.5 kB",
    },
  ]),
  {
    name: "@switchboard/openmic/validation (opt-in: Ajv, ajv-formats and the spec)",
    path: "packages/openmic/dist/validation.js",
    import: "{ openMicResponseValidator }",
    gzip: true,
    limit: "60 kB",
  },
  {
    name: "@switchboard/normalizer (own code)",
    path: "packages/normalizer/dist/index.js",
    import: "{ normalizeCall }",
    // Dependencies are not own code: @switchboard/core (its error classes: the root of NormalizeError; its
    // date parser, time.ts) and temporal-polyfill under it.
    ignore: ["temporal-polyfill", "temporal-utils", "temporal-spec", "@switchboard/core"],
    gzip: true,
    // Seven providers' mappings since the merge of Vapi, Bland and Retell (14.97 kB), then the strict ISO
    // fast path and the call assembly that halve the time per call (16.44 kB measured), then the frozen
    // tables read through Maps and the character-code readers of stamps and date-times (16.84 kB); the
    // date-time reader went to core's one date stack (16.23 kB).
    limit: "17.5 kB",
  },
  // temporal-polyfill (the TC39 Temporal API) parses timestamps strictly, through core's time.ts.
  {
    name: "@switchboard/normalizer (with core's date parser)",
    path: "packages/normalizer/dist/index.js",
    import: "{ normalizeCall }",
    gzip: true,
    // 36.25 kB measured: the own code above plus temporal-polyfill (about 19 kB); → 38 kB: core's error
    // classes, NormalizeError's root (37.55 kB measured); → 23 kB: one date stack, core's time.ts, which
    // bundles only Temporal's Instant parser (temporal-polyfill/fns) rather than the whole API (22.39 kB).
    limit: "23 kB",
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
      "csv-stringify",
    ],
    gzip: true,
    // The multi-provider client, CSV/summary helpers and the webhook handler driven by the descriptors
    // (5.9 kB measured); → 7 kB: the read-ahead listing on each client's walk, the descriptors' newest-first
    // and time-filter fields, Retell's native start-time filter (6.82 kB measured); → 7.5 kB: Retell's native
    // status/direction/agent filters, Vapi's HMAC settings passed through, branded errors (7.01 kB measured).
    limit: "7.5 kB",
  },
];
