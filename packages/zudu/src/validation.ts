/**
 * `@switchboard/zudu/validation`: opt-in response validation for the Zudu client. A separate entry point
 * so that apps which do not validate never bundle Ajv or the Zudu spec:
 *
 * @example
 * import { createZuduClient } from "@switchboard/zudu";
 * import { zuduResponseValidator } from "@switchboard/zudu/validation";
 * const client = createZuduClient({ ...options, validateResponses: true, responseValidator: zuduResponseValidator });
 */
import {
  createSpecValidator,
  createWebhookValidator,
  type SpecValidator,
} from "@switchboard/core/validation";
import spec from "./generated/zudu.spec.js";

/**
 * Checks Zudu response bodies against `specs/zudu.yaml` (JSON Schema 2020-12, with formats), compiling
 * each operation's schema on first use. Pass it as `responseValidator` with `validateResponses: true`
 * (throws `ResponseValidationError` on a mismatch) or `"warn"` (logs it).
 */
export const zuduResponseValidator: SpecValidator = createSpecValidator("zudu", spec);

/** Checks a payload against the spec's `webhooks` schema (`post-call`). Returns the mismatches (empty = valid). */
export const validateZuduWebhook: (webhookName: string) => Promise<(body: unknown) => unknown[]> =
  createWebhookValidator(spec);
