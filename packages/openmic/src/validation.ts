/**
 * `@switchboard/openmic/validation`: opt-in response validation for the OpenMic client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the OpenMic spec:
 *
 * @example
 * import { createOpenMicClient } from "@switchboard/openmic";
 * import { openMicResponseValidator } from "@switchboard/openmic/validation";
 * const client = createOpenMicClient({ ...options, validateResponses: true, responseValidator: openMicResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/openmic.spec.js";

/**
 * Checks OpenMic response bodies against `specs/openmic.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const openMicResponseValidator: SpecValidator = createSpecValidator("openmic", spec);

/**
 * Checks a payload against the spec's `webhooks` schema (`end-of-call-report`). Returns the mismatches
 * (empty = valid); Ajv is loaded on first use.
 */
export const validateOpenMicWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
