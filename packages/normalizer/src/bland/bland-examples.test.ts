import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { normalizeCall } from "../normalize.js";
import { loadSpec } from "../test-support/arbitrary.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };

type Json = Record<string, unknown>;
const spec = loadSpec("bland") as Json & { paths: Json; webhooks: Json; components: Json };
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "bland", components: spec.components });
const errorsOf = (schema: string, value: unknown) => {
  const validate = ajv.getSchema(`bland#/components/schemas/${schema}`);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
};
const at = (path: string[]) => path.reduce<unknown>((node, key) => (node as Json)[key], spec);
const json = ["content", "application/json", "examples"];

/**
 * Every example Bland publishes for the call-record surface (https://docs.bland.ai/api-v1/get/calls-id,
 * https://docs.bland.ai/api-v1/get/calls, https://docs.bland.ai/tutorials/post-call-webhooks): it is
 * embedded in specs/bland.yaml, validates against our schema, and normalizes with warnings at most.
 */
const EXAMPLES = [
  {
    name: "Call Details",
    fixture: seed,
    schema: "Call",
    inSpec: ["paths", "/v1/calls/{call_id}", "get", "responses", "200", ...json, "seed"],
  },
  {
    name: "List Calls",
    fixture: listSeed,
    schema: "ListCallsResponse",
    inSpec: ["paths", "/v1/calls", "get", "responses", "200", ...json, "seed"],
  },
  {
    name: "post-call webhook",
    fixture: postCall,
    schema: "PostCallWebhook",
    inSpec: ["webhooks", "postCall", "post", "requestBody", ...json, "standard"],
  },
  {
    name: "delayed webhook with citations",
    fixture: delayed,
    schema: "PostCallWebhook",
    inSpec: ["webhooks", "postCall", "post", "requestBody", ...json, "delayedWithCitations"],
  },
];

describe("Bland's published examples", () => {
  it.each(EXAMPLES)(
    "$name: is the spec's example, and validates against $schema",
    ({ fixture, schema, inSpec }) => {
      expect((at(inSpec) as Json).value).toEqual(fixture);
      expect(errorsOf(schema, fixture)).toEqual([]);
    },
  );

  it.each(EXAMPLES)("$name: every call in it normalizes into a valid unified Call", ({ fixture }) => {
    const calls = Array.isArray((fixture as Json).calls) ? ((fixture as Json).calls as unknown[]) : [fixture];
    for (const raw of calls) {
      const call = normalizeCall("bland", raw);
      expect(unifiedCallErrors(call)).toEqual([]);
      expect(call.raw).toBe(raw);
    }
  });

  it("the schema is not a rubber stamp: a string price or an undocumented status is rejected", () => {
    expect(errorsOf("Call", { ...seed, price: "0.068" })).not.toEqual([]);
    expect(errorsOf("Call", { ...seed, status: "done" })).not.toEqual([]);
    expect(errorsOf("ListCallsResponse", { total_count: 1 })).not.toEqual([]);
  });
});
