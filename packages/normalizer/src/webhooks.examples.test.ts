import { validateBlandWebhook } from "@switchboard/bland/validation";
import { validateRetellWebhook } from "@switchboard/retell/validation";
import { validateVapiWebhook } from "@switchboard/vapi/validation";
import { describe, expect, it } from "vitest";
import type { Provider } from "./call.js";
import { loadSpec } from "./test-support/arbitrary.js";
import { unifiedWebhookEventErrors } from "./test-support/unified-schema.js";
import { normalizeWebhookEvent } from "./webhooks.js";

type Examples = Record<string, { value: unknown }>;
type Spec = {
  webhooks: Record<
    string,
    { post: { requestBody: { content: { "application/json": { examples: Examples } } } } }
  >;
};

const VALIDATORS: Partial<Record<Provider, (name: string) => Promise<(body: unknown) => unknown[]>>> = {
  retell: validateRetellWebhook,
  vapi: validateVapiWebhook,
  bland: validateBlandWebhook,
};

const cases = (Object.keys(VALIDATORS) as Provider[]).flatMap((provider) =>
  Object.entries((loadSpec(provider) as unknown as Spec).webhooks).flatMap(([webhook, entry]) =>
    Object.entries(entry.post.requestBody.content["application/json"].examples).map(
      ([example, { value }]) => [provider, webhook, example, value] as const,
    ),
  ),
);

describe("every published webhook example of Retell, Vapi and Bland (the specs' `webhooks` examples)", () => {
  it("covers each provider", () => {
    expect(new Set(cases.map(([p]) => p))).toEqual(new Set(["retell", "vapi", "bland"]));
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  it.each(cases)(
    "%s %s %s validates against the spec and normalizes to a valid event",
    async (provider, webhook, _, value) => {
      const validate = await (
        VALIDATORS[provider] as (name: string) => Promise<(body: unknown) => unknown[]>
      )(webhook);
      expect(validate(value)).toEqual([]);
      const event = normalizeWebhookEvent(provider, value);
      expect(unifiedWebhookEventErrors(event)).toEqual([]);
      expect(event.raw.payload).toEqual(value);
    },
  );
});
