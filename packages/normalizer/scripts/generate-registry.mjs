#!/usr/bin/env node
/**
 * Generates `src/generated/registry.ts`, the normalizer's one list of providers, from its folders: each
 * `src/<provider>/` holding `normalize-<provider>-call.ts` (exporting `normalize<Name>Call` and its input type
 * `<Name>CallInput`) and `normalize-<provider>-webhook.ts` (exporting `normalize<Name>Webhook`). The dispatch
 * of `normalizeCall` and `normalizeWebhookEvent`, their input types and the package's exports follow from it:
 * adding a provider's mappings is adding its folder.
 *
 * Usage (from packages/normalizer): `node scripts/generate-registry.mjs` (`pnpm generate` runs it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const src = join(dirname(fileURLToPath(import.meta.url)), "../src");
const providers = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `normalize-${d.name}-call.ts`)))
  .map((d) => d.name)
  .sort()
  .map((name) => {
    const call = readFileSync(join(src, name, `normalize-${name}-call.ts`), "utf8");
    const id = /export function normalize(\w+)Call\(/.exec(call)?.[1];
    const fail = (what) => {
      console.error(`src/${name}/${what}`);
      process.exit(1);
    };
    if (!id) fail(`normalize-${name}-call.ts must export function normalize<Name>Call(call)`);
    if (!new RegExp(`export type ${id}CallInput\\b`).test(call))
      fail(`normalize-${name}-call.ts must export type ${id}CallInput (what normalize${id}Call takes)`);
    const webhookFile = join(src, name, `normalize-${name}-webhook.ts`);
    const webhook = existsSync(webhookFile) ? readFileSync(webhookFile, "utf8") : "";
    if (!new RegExp(`export function normalize${id}Webhook\\(`).test(webhook))
      fail(`normalize-${name}-webhook.ts must export function normalize${id}Webhook(payload)`);
    return { name, id };
  });

const banner =
  "/**\n * GENERATED from the provider folders of src/ by scripts/generate-registry.mjs. Do not edit by hand: add or\n * change a provider's folder (its normalize-<provider>-call.ts and normalize-<provider>-webhook.ts) and run\n * `pnpm generate`.\n */\n";
const text = `${banner}
${providers
  .map(
    (p) =>
      `import { type ${p.id}CallInput, normalize${p.id}Call } from "../${p.name}/normalize-${p.name}-call.js";\nimport { normalize${p.id}Webhook } from "../${p.name}/normalize-${p.name}-webhook.js";`,
  )
  .join("\n")}

export {
${providers.map((p) => `  type ${p.id}CallInput,\n  normalize${p.id}Call,\n  normalize${p.id}Webhook,`).join("\n")}
};

/** Each provider's call normalizer, by provider id (one folder of src/ each, in alphabetical order). */
export const CALL_NORMALIZERS = {
${providers.map((p) => `  ${p.name}: normalize${p.id}Call,`).join("\n")}
} as const;

/** Each provider's webhook normalizer, by provider id. */
export const PROVIDER_WEBHOOK_NORMALIZERS = {
${providers.map((p) => `  ${p.name}: normalize${p.id}Webhook,`).join("\n")}
} as const;

/** What {@link CALL_NORMALIZERS} takes, by provider id: the provider's call record (see each \`<Name>CallInput\`). */
export interface ProviderCallTypes {
${providers.map((p) => `  ${p.name}: ${p.id}CallInput;`).join("\n")}
}
`;
const out = join(src, "generated/registry.ts");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`normalizer registry: ${providers.map((p) => p.name).join(", ")}`);
