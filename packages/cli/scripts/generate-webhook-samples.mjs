#!/usr/bin/env node
/**
 * Generates `src/generated/webhook-samples.ts`: the sample payloads `switchboard webhooks trigger` sends,
 * taken from the `webhooks:` section of every provider spec in `specs/` (each webhook's request-body
 * examples, which the specs copy from the providers' documentation, with their summaries). Adding a provider
 * spec with webhooks adds its samples here; nothing is listed by hand.
 *
 * Usage (from packages/cli): `node scripts/generate-webhook-samples.mjs` (`pnpm generate` runs it).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../../../scripts/packages.mjs";
import { loadSpec } from "../../../scripts/specs.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), "../src/generated/webhook-samples.ts");
const samples = {};
for (const file of readdirSync(join(root, "specs")).sort()) {
  if (!file.endsWith(".yaml") || file === "unified.yaml") continue;
  const provider = file.slice(0, -5);
  const spec = loadSpec(provider);
  for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
    const media = item.post?.requestBody?.content?.["application/json"];
    const examples = Object.entries(media?.examples ?? {}).filter(([, e]) => e && "value" in e);
    if (examples.length === 0) continue;
    samples[provider] ??= {};
    samples[provider][event] = {
      summary: (item.post.summary ?? "").trim(),
      examples: Object.fromEntries(
        examples.map(([name, e]) => [
          name,
          { summary: (e.summary ?? "").trim(), body: JSON.stringify(e.value) },
        ]),
      ),
    };
  }
}
const banner =
  "/**\n * GENERATED from the `webhooks:` examples of the specs in specs/ by scripts/generate-webhook-samples.mjs.\n * Do not edit by hand: change a spec's webhook examples and run `pnpm generate`.\n */\n";
const text = `${banner}
/** One sample payload: what it shows, and its JSON body as sent. */
export interface WebhookSample {
  summary: string;
  body: string;
}

/** A provider's webhook event: what it is, and its samples by name (the first is the default). */
export interface WebhookSampleEvent {
  summary: string;
  examples: Readonly<Record<string, WebhookSample>>;
}

/** Sample payloads per provider and event, from the providers' documentation (via the specs). */
export const WEBHOOK_SAMPLES: Readonly<Record<string, Readonly<Record<string, WebhookSampleEvent>>>> = ${JSON.stringify(samples, null, 2)};
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(
  `webhook samples: ${Object.entries(samples)
    .map(([p, e]) => `${p} (${Object.keys(e).join(", ")})`)
    .join("; ")}`,
);
