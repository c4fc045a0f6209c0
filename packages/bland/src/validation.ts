/**
 * `@switchboard/bland/validation`: opt-in response validation for the Bland AI client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the Bland AI spec:
 *
 * @example
 * import { createBlandClient } from "@switchboard/bland";
 * import { blandResponseValidator } from "@switchboard/bland/validation";
 * const client = createBlandClient({ ...options, validateResponses: true, responseValidator: blandResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/bland.spec.js";

/**
 * Checks Bland AI response bodies against `specs/bland.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const blandResponseValidator: SpecValidator = createSpecValidator("bland", spec);

/**
 * Checks a payload against the spec's `webhooks` schemas (`postCall`, `callEvent`). Returns the mismatches
 * (empty = valid); Ajv is loaded on first use.
 */
export const validateBlandWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
