/**
 * `@switchboard/retell/validation`: opt-in response validation for the Retell AI client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the Retell AI spec:
 *
 * @example
 * import { createRetellClient } from "@switchboard/retell";
 * import { retellResponseValidator } from "@switchboard/retell/validation";
 * const client = createRetellClient({ ...options, validateResponses: true, responseValidator: retellResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/retell.spec.js";

/**
 * Checks Retell AI response bodies against `specs/retell.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const retellResponseValidator: SpecValidator = createSpecValidator("retell", spec);

/**
 * Checks a payload against the spec's `webhooks` schemas (`call_started`, `call_ended`, `call_analyzed`). Returns the mismatches
 * (empty = valid); Ajv is loaded on first use.
 */
export const validateRetellWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
