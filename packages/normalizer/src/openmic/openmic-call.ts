import type { components } from "@switchboard/openmic/types";

/**
 * A OpenMic call record, as `specs/openmic.yaml` types it (`components.schemas.Call`): the same type as
 * `OpenMicCall` of `@switchboard/openmic`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type OpenMicCall = components["schemas"]["Call"];
/** A openmic webhook body, as `specs/openmic.yaml` types it (`components.schemas.EndOfCallReport`), generated here from the same spec. */
export type OpenMicWebhookEvent = components["schemas"]["EndOfCallReport"];
