import { describe, expect, it } from "vitest";
import blandPostCall from "./bland/__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import butterStatus from "./butter/__fixtures__/webhook-call-status.json" with { type: "json" };
import type { Provider } from "./call.js";
import { NormalizeError } from "./errors.js";
import openmicReport from "./openmic/__fixtures__/webhook-end-of-call-report.with-duration.json" with {
  type: "json",
};
import retellEnded from "./retell/__fixtures__/webhook-call-ended.seed.json" with { type: "json" };
import { leafPaths, withLeaf } from "./test-support/seeds.js";
import { unifiedWebhookEventErrors } from "./test-support/unified-schema.js";
import thinnestaiEnded from "./thinnestai/__fixtures__/webhook-voice-call-ended.json" with { type: "json" };
import vapiStatusEnded from "./vapi/__fixtures__/webhook.status-update.ended.json" with { type: "json" };
import { normalizeWebhookEvent } from "./webhooks.js";
import zuduCall from "./zudu/__fixtures__/webhook-post-call.json" with { type: "json" };

const FIXTURES: Partial<Record<Provider, unknown>> = {
  openmic: openmicReport,
  thinnestai: thinnestaiEnded,
  butter: butterStatus,
  zudu: zuduCall,
  retell: retellEnded,
  vapi: vapiStatusEnded,
  bland: blandPostCall,
};
const HOSTILE = [Number.NaN, Number.POSITIVE_INFINITY, -1, "not-a-date", "", null, {}, [], true];

describe.each(Object.keys(FIXTURES) as Provider[])(
  "%s webhook: hostile values in every field",
  (provider) => {
    it("give a schema-valid event with warnings, or a NormalizeError naming the field — never a TypeError", () => {
      const fixture = FIXTURES[provider];
      let cases = 0;
      for (const path of leafPaths(fixture)) {
        for (const value of HOSTILE) {
          cases++;
          const input = withLeaf(fixture, path, value);
          const where = `${path.join(".")} = ${JSON.stringify(value)}`;
          try {
            const event = normalizeWebhookEvent(provider, input);
            expect(unifiedWebhookEventErrors(event), where).toEqual([]);
            expect(event.raw.payload, where).toEqual(input);
          } catch (error) {
            expect(error, where).toBeInstanceOf(NormalizeError);
          }
        }
      }
      expect(cases).toBeGreaterThan(40);
    });
  },
);
