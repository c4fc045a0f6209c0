import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { normalizeCall } from "../normalize.js";
import { loadSpec } from "../test-support/arbitrary.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import phone from "./__fixtures__/get-call.phone.json" with { type: "json" };
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import webhook from "./__fixtures__/webhook-call-ended.seed.json" with { type: "json" };

type Json = Record<string, unknown>;
const spec = loadSpec("retell") as Json & { paths: Json; webhooks: Json; components: Json };
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "retell", components: spec.components });
const validator = (schema: unknown) => ajv.compile(rewrite(schema));
/** Points the spec's local `#/components/...` refs at the registered document. */
function rewrite(schema: unknown): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"retell#/components/')) as Json;
}

/** Every `{schema, examples}` media object of the spec's responses and webhook request bodies. */
function examples(): { name: string; schema: unknown; value: unknown }[] {
  const out: { name: string; schema: unknown; value: unknown }[] = [];
  const visit = (where: string, media: Json | undefined) => {
    if (!media?.examples) return;
    for (const [name, ex] of Object.entries(media.examples as Record<string, { value: unknown }>))
      out.push({ name: `${where} ${name}`, schema: media.schema, value: ex.value });
  };
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>))
    for (const [method, op] of Object.entries(item)) {
      const media = (op.responses as Record<string, { content?: Record<string, Json> }>)["200"]?.content;
      visit(`${method.toUpperCase()} ${path} 200`, media?.["application/json"]);
    }
  for (const [event, item] of Object.entries(spec.webhooks as Record<string, Record<string, Json>>)) {
    const body = (item.post as { requestBody: { content: Record<string, Json> } }).requestBody;
    visit(`webhook ${event}`, body.content["application/json"]);
  }
  return out;
}

/** The call objects inside an example: the call itself, a list's items, or a webhook's `call`. */
function callsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const body = value as Json;
  if (Array.isArray(body.items)) return body.items;
  if (body.event !== undefined) return [body.call];
  return [value];
}

const all = examples();

describe("Retell's published example payloads", () => {
  it("cover the get call, both lists and the three webhooks", () => {
    expect(all.map((e) => e.name.split(" ").slice(0, 2).join(" "))).toEqual(
      expect.arrayContaining([
        "GET /v2/get-call/{call_id}",
        "POST /v3/list-calls",
        "POST /v2/list-calls",
        "webhook call_started",
        "webhook call_ended",
        "webhook call_analyzed",
      ]),
    );
  });

  it.each(all.map((e) => [e.name, e] as const))(
    "%s validates against specs/retell.yaml and normalizes",
    (_, e) => {
      const validate = validator(e.schema);
      expect(validate(e.value), JSON.stringify(validate.errors)).toBe(true);
      const calls = callsOf(e.value);
      expect(calls.length).toBeGreaterThan(0);
      for (const raw of calls) {
        const call = normalizeCall("retell", raw);
        expect(unifiedCallErrors(call)).toEqual([]);
        expect(call.id).toBe((raw as Json).call_id);
      }
    },
  );

  it("the validator rejects what the spec forbids (so the checks above can fail)", () => {
    const getCall = all.find((e) => e.name === "GET /v2/get-call/{call_id} 200 seed");
    const validate = validator(getCall?.schema);
    expect(validate({ ...seed, call_status: "bogus" })).toBe(false);
    expect(validate({ ...seed, call_type: "phone_call" })).toBe(false); // a phone call needs its numbers
    expect(validate({ ...seed, start_timestamp: "2023-12-23" })).toBe(false);
  });

  it("the fixtures are the spec's examples (the docs' get call, the phone call, the call_ended webhook)", () => {
    const byName = Object.fromEntries(all.map((e) => [e.name, e.value]));
    expect(byName["GET /v2/get-call/{call_id} 200 seed"]).toEqual(seed);
    expect(byName["GET /v2/get-call/{call_id} 200 phoneCall"]).toEqual(phone);
    expect(byName["webhook call_ended seed"]).toEqual(webhook);
  });
});
