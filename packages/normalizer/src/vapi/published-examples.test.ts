import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { loadSpec } from "../test-support/arbitrary.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import queued from "./__fixtures__/get-call.call-features.docs.json" with { type: "json" };
import forwarding from "./__fixtures__/get-call.forwarding-drops.docs.json" with { type: "json" };
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import websocket from "./__fixtures__/get-call.websocket-transport.docs.json" with { type: "json" };
import queueManagement from "./__fixtures__/webhook.end-of-call-report.queue-management.docs.json" with {
  type: "json",
};
import { normalizeVapiCall } from "./normalize-vapi-call.js";
import { normalizeVapiServerMessage } from "./normalize-vapi-server-message.js";

type Examples = Record<string, { value: unknown }>;
type Spec = {
  components: Record<string, unknown>;
  paths: Record<
    string,
    { get: { responses: { "200": { content: { "application/json": { examples: Examples } } } } } }
  >;
  webhooks: Record<
    string,
    { post: { requestBody: { content: { "application/json": { examples: Examples } } } } }
  >;
};

const spec = loadSpec("vapi") as unknown as Spec;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "vapi", components: spec.components });
const errors = (schema: string, value: unknown) => {
  const validate = ajv.getSchema(`vapi#/components/schemas/${schema}`);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
};
const examplesOf = (path: string) =>
  Object.entries(spec.paths[path]?.get.responses["200"].content["application/json"].examples ?? {});
const webhookExamples = (name: string) =>
  Object.entries(spec.webhooks[name]?.post.requestBody.content["application/json"].examples ?? {});

/** Webhook examples whose call is the guides' `/* Call Object *\/` comment, replaced by `{}`: they have no call id. */
const PLACEHOLDER_CALLS = new Set(["recordingConsent", "serverEvents"]);

describe("every example of specs/vapi.yaml (the docs' payloads and ours) validates and normalizes", () => {
  it("the fixtures are the spec's examples, unchanged", () => {
    const get = Object.fromEntries(examplesOf("/call/{id}").map(([name, e]) => [name, e.value]));
    expect(get).toEqual({
      realistic,
      seed: queued,
      websocketTransport: websocket,
      forwardingDrops: forwarding,
    });
    expect(Object.fromEntries(webhookExamples("endOfCallReport")).queueManagement?.value).toEqual(
      queueManagement,
    );
  });

  it.each(examplesOf("/call/{id}"))(
    "GET /call/{id} example %s: valid Call, normalized with warnings at most",
    (_, example) => {
      expect(errors("Call", example.value)).toEqual([]);
      const call = normalizeVapiCall(example.value);
      expect(unifiedCallErrors(call)).toEqual([]);
    },
  );

  it.each(examplesOf("/call"))("GET /call example %s: a valid list, every call normalized", (_, example) => {
    expect(errors("ListCallsResponse", example.value)).toEqual([]);
    for (const item of example.value as unknown[])
      expect(unifiedCallErrors(normalizeVapiCall(item))).toEqual([]);
  });

  it.each([
    ...webhookExamples("endOfCallReport").map(
      ([name, e]) => ["EndOfCallReportWebhook", name, e.value] as const,
    ),
    ...webhookExamples("statusUpdate").map(([name, e]) => ["StatusUpdateWebhook", name, e.value] as const),
  ])(
    "webhook %s example %s: valid body; its call normalizes (or lacks an id: a placeholder)",
    (schema, name, body) => {
      expect(errors(schema, body)).toEqual([]);
      if (PLACEHOLDER_CALLS.has(name)) {
        expect(() => normalizeVapiServerMessage(body)).toThrow(NormalizeError);
        return;
      }
      const call = normalizeVapiServerMessage(body);
      expect(unifiedCallErrors(call)).toEqual([]);
      expect(call.status.unified).not.toBe("unknown");
    },
  );
});
