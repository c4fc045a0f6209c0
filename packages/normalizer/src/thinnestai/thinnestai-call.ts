import type { components } from "@switchboard/thinnestai/types";

/**
 * A ThinnestAI call record, as `specs/thinnestai.yaml` types it (`components.schemas.Call`): the same type as
 * `ThinnestAICall` of `@switchboard/thinnestai`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type ThinnestAICall = components["schemas"]["Call"];
/** A row of ThinnestAI's `GET /v2/calls` (`components.schemas.CallSummary`): a call without its transcript. */
export type ThinnestAICallSummary = components["schemas"]["CallSummary"];
/** A thinnestai webhook body, as `specs/thinnestai.yaml` types it (`components.schemas.WebhookEnvelope`), generated here from the same spec. */
export type ThinnestAIWebhookEvent = components["schemas"]["WebhookEnvelope"];
