import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import spec from "../generated/unified.spec.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile({
  $id: "switchboard:unified",
  components: (spec as { components: unknown }).components,
  $ref: "#/components/schemas/Call",
});

/** Validates a value against `Call` of specs/unified.yaml; returns Ajv's error texts (empty = valid). */
export function unifiedCallErrors(value: unknown): string[] {
  // JSON round trip: the contract is about what a user serialises.
  if (validate(JSON.parse(JSON.stringify(value)))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

const validateEvent = ajv.compile({
  $id: "switchboard:unified:webhook-event",
  components: (spec as { components: unknown }).components,
  $ref: "#/components/schemas/WebhookEvent",
});

/** Validates a value against `WebhookEvent` of specs/unified.yaml; returns Ajv's error texts (empty = valid). */
export function unifiedWebhookEventErrors(value: unknown): string[] {
  if (validateEvent(JSON.parse(JSON.stringify(value)))) return [];
  return (validateEvent.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
