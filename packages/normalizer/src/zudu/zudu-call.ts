import type { components } from "@switchboard/zudu/types";

/**
 * A Zudu call record, as `specs/zudu.yaml` types it (`components.schemas.Call`): the same type as
 * `ZuduCall` of `@switchboard/zudu`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type ZuduCall = components["schemas"]["Call"];
/** A zudu webhook body, as `specs/zudu.yaml` types it (`components.schemas.PostCallWebhook`), generated here from the same spec. */
export type ZuduWebhookEvent = components["schemas"]["PostCallWebhook"];
