/**
 * `@switchboard/thinnestai/validation`: opt-in response validation for the ThinnestAI client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the ThinnestAI spec:
 *
 * @example
 * import { createThinnestAIClient } from "@switchboard/thinnestai";
 * import { thinnestAIResponseValidator } from "@switchboard/thinnestai/validation";
 * const client = createThinnestAIClient({ ...options, validateResponses: true, responseValidator: thinnestAIResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/thinnestai.spec.js";

/**
 * Checks ThinnestAI response bodies against `specs/thinnestai.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const thinnestAIResponseValidator: SpecValidator = createSpecValidator("thinnestai", spec);

/**
 * Checks a payload against the spec's `webhooks` schemas (`voice.call.started`, `voice.call.ended`, or `event`
 * for any other). Returns the mismatches (empty = valid); Ajv is loaded on first use.
 */
export const validateThinnestAIWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
