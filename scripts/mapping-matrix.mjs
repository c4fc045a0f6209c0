#!/usr/bin/env node
/**
 * Generates docs/mapping.md: for every leaf field of every provider's seed example (the `seed` examples of
 * `getCall` in specs/<provider>.yaml), where it lands in the unified `Call`, or that it stays in `raw` only.
 *
 * It is derived from the normalizers' behaviour, not written by hand: each leaf of the seed payload is
 * changed in turn (strings get a suffix, numbers change, booleans flip, nulls become a value) and the
 * normalized result is compared with the result for the unchanged payload. The `Call` fields that change
 * are where that provider field lands. `raw` and `warnings` are not counted.
 *
 * A second table, from the `@switchboard/sdk` provider descriptors, says for each unified filter of
 * `iterateCalls` / `switchboard calls list` whether it is sent as the provider's native filter (and as
 * which parameter) or applied client-side, with each provider's pagination style and list order.
 *
 * Usage: `node scripts/mapping-matrix.mjs` (needs `packages/sdk` and what it depends on built); `--check`
 * fails when docs/mapping.md is stale instead of writing it. The providers are the sdk's descriptors.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDescriptors } from "./providers.mjs";
import { loadSpec, seedCall } from "./specs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const descriptors = await loadDescriptors(root);
const normalizers = new Map(descriptors.map((d) => [d.name, d.normalize]));
const normalizeCall = (provider, call) => normalizers.get(provider)(call);
const PROVIDERS = descriptors.map((d) => d.name);
const FILTERS = ["since", "until", "status", "direction", "agentId"];

/** Every leaf of a JSON value: [path segments, value]. Empty objects/arrays count as leaves. */
function leaves(value, path = []) {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (entries.length === 0) return [[path, value]];
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

/** The spec's schema at `path` of the call schema (following $ref, properties, items), or undefined. */
function schemaAt(spec, schema, path) {
  let node = schema;
  const resolve = (n) => {
    let current = n;
    for (let i = 0; current?.$ref && i < 10; i++) {
      current = current.$ref
        .replace(/^#\//, "")
        .split("/")
        .reduce((acc, key) => acc?.[key], spec);
    }
    return current;
  };
  node = resolve(node);
  for (const key of path) {
    if (!node) return undefined;
    node = resolve(typeof key === "number" ? node.items : node.properties?.[key]);
  }
  return node;
}

/** Changed versions of a leaf value: other enum values when the spec lists some, else a suffix (and +7 for a numeric string) / +7 / flip. */
function perturbations(value, schema) {
  const alternatives = (schema?.enum ?? []).filter((v) => v !== value && typeof v === typeof value);
  // A number sent as a string (Bland's `corrected_duration: "45"`) is also changed as a number.
  const numeric = typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? [String(Number(value) + 7)] : [];
  if (typeof value === "string") return [`${value}~changed`, ...numeric, ...alternatives];
  if (typeof value === "number") return [value + 7];
  if (typeof value === "boolean") return [!value];
  if (value === null) return ["value-for-null", 42, { added: 1 }];
  if (Array.isArray(value)) return [["added"]];
  return [{ added: 1 }];
}

function setAt(obj, path, value) {
  const copy = structuredClone(obj);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return copy;
}

/** Flattens a Call (without raw and warnings) to path → JSON value; array indices shown as []. */
function flatten(call) {
  const { raw: _raw, warnings: _warnings, ...rest } = call;
  const out = new Map();
  for (const [path, value] of leaves(rest)) out.set(path.join("."), JSON.stringify(value));
  return out;
}

function display(path) {
  return path
    .map((k) => (typeof k === "number" ? "[]" : k))
    .join(".")
    .replace(/\.\[\]/g, "[]");
}

function displayTarget(path) {
  return path.replace(/\.\d+(?=\.|$)/g, "[]").replace(/\.added$/, "");
}

const sections = [];
let totalLeaves = 0;
let totalRawOnly = 0;
for (const provider of PROVIDERS) {
  const spec = loadSpec(provider) ?? {};
  const seed = seedCall(spec);
  if (!seed) continue;
  let base;
  try {
    base = flatten(normalizeCall(provider, seed));
  } catch {
    continue;
  }
  const callSchema = { $ref: "#/components/schemas/Call" };
  const rows = new Map();
  for (const [path, value] of leaves(seed)) {
    const field = display(path);
    const set = rows.get(field) ?? new Set();
    for (const candidate of perturbations(value, schemaAt(spec, callSchema, path))) {
      try {
        const changed = flatten(normalizeCall(provider, setAt(seed, path, candidate)));
        const keys = new Set([...base.keys(), ...changed.keys()]);
        for (const k of keys) if (base.get(k) !== changed.get(k)) set.add(displayTarget(k));
      } catch (error) {
        set.add(`(identity: a wrong value throws ${error.name})`);
      }
    }
    rows.set(field, set);
  }
  const lines = [...rows].map(([field, targets]) => {
    totalLeaves++;
    if (targets.size === 0) totalRawOnly++;
    const where =
      targets.size === 0
        ? "_raw only_"
        : [...targets]
            .sort()
            .map((t) => `\`${t}\``)
            .join(", ");
    return `| \`${field}\` | ${where} |`;
  });
  sections.push(
    `## ${provider}\n\nSeed: \`getCall\` example \`seed\` of \`specs/${provider}.yaml\`.\n\n| provider field | lands in \`Call\` |\n|---|---|\n${lines.join("\n")}\n`,
  );
}

const filterRows = descriptors.map((d) => {
  const cells = FILTERS.map((f) => (d.filters[f] ? `native \`${d.filters[f].param}\`` : "client-side"));
  const order = d.order === "newest" ? "newest first" : "unspecified (read whole, sorted)";
  return `| ${d.name} | ${cells.join(" | ")} | ${d.pagination} | ${order} |`;
});
const filtersDoc = `## Filters of \`iterateCalls\` and \`switchboard calls list\`

From the \`@switchboard/sdk\` provider descriptors. A native filter is sent as the provider's own parameter;
a client-side one is applied to the normalized calls. Native filters are re-checked on the normalized call
too (a unified status with no native equivalent, e.g. \`not_connected\`, is client-side only), so the
result is the same either way. \`since\`/\`until\` compare \`startedAt\`, inclusive.

| provider | ${FILTERS.map((f) => `\`${f}\``).join(" | ")} | pagination | list order |
|---|${FILTERS.map(() => "---|").join("")}---|---|
${filterRows.join("\n")}
`;

const every = (ms) => (ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`);
const NEWEST = {
  list: "the list's own newest-first order",
  windows: "time windows walked backwards from the start (the k newest in a few requests)",
  sorted: "**the whole history is read and sorted** (stderr says so; `--order arrival` streams it)",
};
const listingRows = descriptors.map((d) => {
  const l = d.listing;
  const pages = l.concurrentPages
    ? l.timeFilter && d.pagination === "cursor"
      ? "time windows side by side, each by its cursor"
      : "concurrent after the first"
    : "one at a time";
  const snapshot = l.snapshot ? `\`${l.snapshot}\`` : "none";
  const time = l.timeFilter ? `\`${l.timeFilter}\`` : "**none**";
  const rate = l.rateLimit
    ? `${l.rateLimit.requests} requests / ${every(l.rateLimit.intervalMs)}`
    : "none documented";
  return `| ${d.name} | ${d.pagination} | ${pages} | ${snapshot} | ${time} | ${NEWEST[l.newest]} | ${rate} | ${l.guarantee} |`;
});
const listingDoc = `## Listing: concurrency, snapshot, newest first and rate limit

How \`iterateCalls\` (and \`switchboard calls list\` / \`calls summary\`) walks each provider's list, from the
descriptors' \`listing\`. Lists that report a total fetch the pages after the first concurrently, within the
client's \`concurrency\` (default \`"auto"\`: 4 to start, halved by each 429, raised by one after a run of
twice as many successes as the bound, 1–8). A cursor list that filters by time (Retell, Vapi) is walked as
time windows side by side, each paging by its own cursor, so it is parallel too; only a list with neither a
total nor a time filter stays sequential. A documented rate limit is the client's default ceiling (token
bucket; override with the client's \`rateLimit\`); \`X-RateLimit-*\` headers, when sent, hold requests back
before any 429, and a 429 is retried after its \`Retry-After\`. A snapshot parameter is set to the walk's
start time when the caller gives no upper bound of its own, so calls created during the walk are not in it.

**Newest first** (the default order of \`calls list\`): a list in no documented order that filters by time
is walked in time windows backwards from the listing's start: the first window spans 15 minutes, one that
reports (by its total, or by how densely its first page's calls lie) more than 4× its target is narrowed and
asked again, an empty one is followed by one request for everything older (which ends the walk or reads a
small rest whole) and a window 8× wider. Only one window is sorted in memory at a time; with a limit, the
target is one page, so \`-n 10\` costs a few requests whatever the history's size. A window keeps the calls
with lo < time ≤ hi and asks a second past each inner edge, so calls sharing a timestamp at an edge are
yielded exactly once whether the API's bounds are inclusive or not. A list with neither a newest-first
order nor a time filter is read whole and sorted before its first call; the CLI says so on stderr.

| provider | pagination | pages | snapshot | time filter | newest first | default rate limit | guarantee while calls arrive |
|---|---|---|---|---|---|---|---|
${listingRows.join("\n")}
`;

const syncRows = descriptors.map((d) => {
  const since = d.filters.since;
  const window = since
    ? `sent as \`${since.param}\`: only the window is read`
    : "no time filter: the whole list is read, calls before the window dropped client-side";
  return `| ${d.name} | newest \`started_at\` stored (≤ the run's start) | ${window} |`;
});
const syncDoc = `## Sync: each provider's cursor

How \`switchboard sync\` (\`syncCalls\` of \`@switchboard/store\`) reads each provider incrementally, from the
descriptors' \`since\` filter. The first run reads the whole history (or from \`--since\`); a later run reads
from the provider's cursor minus the lookback (\`--lookback\`, default 48 h), because calls change after they
end (analysis, cost and recording arrive later). The cursor moves in the transaction of a run's last batch;
a run that does not complete leaves its window in \`sync_state\`, and the next run reads it again. No
provider's list filters by an updated-at time in our specs, so every cursor is the start time.

| provider | cursor | how the window is read |
|---|---|---|
${syncRows.join("\n")}
`;

const doc = `# Field mapping matrix

Generated by \`scripts/mapping-matrix.mjs\` from the normalizers' behaviour — do not edit by hand
(\`pnpm mapping\` regenerates it; CI fails when it is stale). For each leaf field of each provider's seed
example, the unified \`Call\` fields that change when that field changes; \`raw only\` means the value is kept
in \`Call.raw\` and nowhere else. Array positions are shown as \`[]\`.

${totalLeaves} provider fields, ${totalLeaves - totalRawOnly} mapped, ${totalRawOnly} in \`raw\` only.

${filtersDoc}
${listingDoc}
${syncDoc}
${sections.join("\n")}`;

const target = join(root, "docs/mapping.md");
if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== doc) {
    console.error("docs/mapping.md is stale: run `pnpm mapping` and commit it.");
    process.exit(1);
  }
  console.log("docs/mapping.md is up to date");
} else {
  await writeFile(target, doc);
  console.log(`wrote docs/mapping.md (${totalLeaves} fields, ${totalRawOnly} raw only)`);
}
