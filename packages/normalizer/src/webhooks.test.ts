import { describe, expect, it } from "vitest";
import documented from "./butter/__fixtures__/webhook-call-status.json" with { type: "json" };
import { NormalizeError } from "./errors.js";
import spec from "./generated/unified.spec.js";
import { normalizeWebhookEvent } from "./webhooks.js";

describe("normalizeWebhookEvent", () => {
  it("dispatches by provider", () => {
    expect(normalizeWebhookEvent("butter", documented).type).toBe("call.ended");
  });

  it("refuses an unknown provider", () => {
    expect(() => normalizeWebhookEvent("nope" as "butter", {})).toThrow(NormalizeError);
  });

  it("WebhookCall has exactly Call's fields (specs/unified.yaml), so the two cannot drift apart", () => {
    const schemas = (spec as { components: { schemas: Record<string, { properties: object }> } }).components
      .schemas;
    expect(Object.keys(schemas.WebhookCall?.properties ?? {})).toEqual(
      Object.keys(schemas.Call?.properties ?? {}),
    );
  });
});
