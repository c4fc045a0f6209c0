/**
 * `@switchboard/butter/validation`: opt-in response validation for the Butter client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the Butter spec:
 *
 * @example
 * import { createButterClient } from "@switchboard/butter";
 * import { butterResponseValidator } from "@switchboard/butter/validation";
 * const client = createButterClient({ ...options, validateResponses: true, responseValidator: butterResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/butter.spec.js";

/**
 * Checks Butter response bodies against `specs/butter.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const butterResponseValidator: SpecValidator = createSpecValidator("butter", spec);

/**
 * Checks a payload against the spec's `webhooks` schema (`call-status`). Returns the mismatches (empty = valid).
 */
export const validateButterWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
