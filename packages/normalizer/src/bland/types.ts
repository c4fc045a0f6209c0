import type { components } from "@switchboard/bland/types";

/**
 * The Bland AI types the normalizer reads, generated here from `specs/bland.yaml` (the same types as
 * `@switchboard/bland` exports) so that the normalizer's types do not depend on the client package.
 */
/** A Bland call record (`components.schemas.Call`, https://docs.bland.ai/api-v1/get/calls-id). */
export type BlandCall = components["schemas"]["Call"];
/** The post-call webhook body (https://docs.bland.ai/tutorials/post-call-webhooks). */
export type BlandPostCallWebhook = components["schemas"]["PostCallWebhook"];
