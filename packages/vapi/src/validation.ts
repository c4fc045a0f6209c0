/**
 * `@switchboard/vapi/validation`: opt-in response validation for the Vapi client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the Vapi spec:
 *
 * @example
 * import { createVapiClient } from "@switchboard/vapi";
 * import { vapiResponseValidator } from "@switchboard/vapi/validation";
 * const client = createVapiClient({ ...options, validateResponses: true, responseValidator: vapiResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/vapi.spec.js";

/**
 * Checks Vapi response bodies against `specs/vapi.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const vapiResponseValidator: SpecValidator = createSpecValidator("vapi", spec);

/**
 * Checks a payload against the spec's `webhooks` schemas (`endOfCallReport`, `statusUpdate`). Returns the mismatches
 * (empty = valid); Ajv is loaded on first use.
 */
export const validateVapiWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
