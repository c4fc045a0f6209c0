#!/usr/bin/env node
/**
 * `pnpm check:fidelity`: compares our specs with the providers' official SDK types, property path by property
 * path, and prints the table. The SDKs are pinned devDependencies of this package (retell-sdk,
 * @vapi-ai/server-sdk); bumping them is how a provider's API change reaches us. Bland has no SDK: its Call
 * Details reference page is vendored in vendor/bland and its field names are compared.
 *
 * Fails when an official path is missing from our spec (unless ALLOWED_MISSING names it, with a reason) or when
 * our spec declares a path the official types lack (unless ALLOWED_EXTRA names it, with a reason).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sdkPaths, specPaths } from "./paths.mjs";

/** The specs compared: the repository's, or `FIDELITY_SPECS_DIR` (the tests point it at an edited copy). */
const here = dirname(fileURLToPath(import.meta.url));
const specs = process.env.FIDELITY_SPECS_DIR || join(here, "..", "..", "..", "specs");

/** The `<ResponseField name="…">` names of a page of Bland's documentation (vendored in vendor/bland). */
function blandFields(file) {
  const text = readFileSync(join(here, "..", "vendor", "bland", file), "utf8");
  return new Set([...text.matchAll(/<ResponseField name="([^"]+)"/g)].map((m) => m[1]));
}
const VAPI_TYPES = "dist/cjs/api/types";

/** The configuration subtrees of a Vapi call (an assistant's, squad's or workflow's full settings): open objects. */
const VAPI_CONFIG = new Set([
  "assistant",
  "assistantOverrides",
  "squad",
  "squadOverrides",
  "workflow",
  "workflowOverrides",
]);
const vapiStop = (path) => VAPI_CONFIG.has(path.split(".").at(-1));

/**
 * What is compared: a name, the official type (package, declaration file, type name), our schema, and how
 * deep. Depth is in property names from the root; array items add none.
 */
const COMPARISONS = [
  {
    name: "Retell call (`CallResponse`)",
    official: { pkg: "retell-sdk", file: "resources/call.d.ts", typeName: "CallResponse" },
    ours: { spec: "retell.yaml", schema: "Call" },
  },
  {
    name: "Retell list filters (`CallListParams.FilterCriteria`)",
    official: { pkg: "retell-sdk", file: "resources/call.d.ts", typeName: "CallListParams.FilterCriteria" },
    ours: { spec: "retell.yaml", schema: "FilterCriteria" },
  },
  {
    name: "Bland call details (docs, top level)",
    officialPaths: () => blandFields("calls-id.mdx"),
    ours: { spec: "bland.yaml", schema: "Call" },
    maxDepth: 1,
  },
  {
    name: "Vapi `Call`, depth ≤ 4, configuration subtrees open",
    official: { pkg: "@vapi-ai/server-sdk", file: `${VAPI_TYPES}/Call.d.ts`, typeName: "Call" },
    ours: { spec: "vapi.yaml", schema: "Call" },
    maxDepth: 4,
    stopAt: vapiStop,
  },
  {
    name: "Vapi end-of-call report (`ServerMessageEndOfCallReport`), top level",
    official: {
      pkg: "@vapi-ai/server-sdk",
      file: `${VAPI_TYPES}/ServerMessageEndOfCallReport.d.ts`,
      typeName: "ServerMessageEndOfCallReport",
    },
    ours: { spec: "vapi.yaml", schema: "EndOfCallReportMessage" },
    maxDepth: 1,
  },
  {
    name: "Vapi status update (`ServerMessageStatusUpdate`), top level",
    official: {
      pkg: "@vapi-ai/server-sdk",
      file: `${VAPI_TYPES}/ServerMessageStatusUpdate.d.ts`,
      typeName: "ServerMessageStatusUpdate",
    },
    ours: { spec: "vapi.yaml", schema: "StatusUpdateMessage" },
    maxDepth: 1,
  },
];

/** Official paths our specs leave out on purpose: `"<comparison name> :: <path>"` → reason. */
const ALLOWED_MISSING = new Map([]);
/** Paths our specs declare that the official types lack: `"<comparison name> :: <path>"` → reason. */
const ALLOWED_EXTRA = new Map([
  [
    "Bland call details (docs, top level) :: c_id",
    "in the example response of https://docs.bland.ai/api-v1/get/calls-id (not in its field list)",
  ],
  ...[
    "recording_expiration",
    "pathway_tags",
    "disposition_tag",
    "pre_transfer_duration",
    "post_transfer_duration",
  ].map((field) => [
    `Bland call details (docs, top level) :: ${field}`,
    "in the call of the post-call webhook example, https://docs.bland.ai/tutorials/post-call-webhooks",
  ]),
  [
    "Bland call details (docs, top level) :: citation_schema_ids",
    "a call option of https://docs.bland.ai/api-v1/post/calls, echoed on the call record",
  ],
]);

/** `FIDELITY_ONLY=Retell`: only the comparisons whose name starts with it (the tests' quick runs). */
const only = process.env.FIDELITY_ONLY;
let failed = false;
const rows = [];
for (const c of COMPARISONS.filter((comparison) => !only || comparison.name.startsWith(only))) {
  const options = { maxDepth: c.maxDepth ?? 8, stopAt: c.stopAt ?? (() => false) };
  const official = c.officialPaths ? c.officialPaths() : sdkPaths({ ...c.official, ...options });
  const ours = specPaths({ specFile: join(specs, c.ours.spec), schemaName: c.ours.schema, ...options });
  const missing = [...official].filter((p) => !ours.has(p)).sort();
  const extra = [...ours].filter((p) => !official.has(p)).sort();
  const unexplainedMissing = missing.filter((p) => !ALLOWED_MISSING.has(`${c.name} :: ${p}`));
  const unexplainedExtra = extra.filter((p) => !ALLOWED_EXTRA.has(`${c.name} :: ${p}`));
  rows.push([
    c.name,
    official.size,
    official.size - missing.length,
    missing.length === 0
      ? "0"
      : `${missing.length}: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}`,
    extra.length === 0
      ? "0"
      : `${extra.length}: ${extra.slice(0, 5).join(", ")}${extra.length > 5 ? ", …" : ""}`,
  ]);
  if (unexplainedMissing.length > 0) {
    failed = true;
    console.error(
      `${c.name}: ${unexplainedMissing.length} official path(s) missing from specs/${c.ours.spec} (${c.ours.schema}):\n  ${unexplainedMissing.join("\n  ")}`,
    );
  }
  if (unexplainedExtra.length > 0) {
    failed = true;
    console.error(
      `${c.name}: specs/${c.ours.spec} (${c.ours.schema}) declares ${unexplainedExtra.length} path(s) the official types lack:\n  ${unexplainedExtra.join("\n  ")}`,
    );
  }
}
console.log("| | official paths | in ours | missing from ours | ours only |\n|---|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
if (failed)
  console.error(
    "\nspec fidelity: add the paths to the spec (from the provider's reference), or name them in ALLOWED_MISSING / ALLOWED_EXTRA of packages/fidelity/scripts/check-fidelity.mjs with a reason.",
  );
process.exit(failed ? 1 : 0);
