import type { components } from "@switchboard/butter/types";

/**
 * A Butter call record, as `specs/butter.yaml` types it (`components.schemas.Call`): the same type as
 * `ButterCall` of `@switchboard/butter`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type ButterCall = components["schemas"]["Call"];
/** A row of Butter's `GET /api/calls` (`components.schemas.CallListItem`): a call without its transcript. */
export type ButterCallListItem = components["schemas"]["CallListItem"];
/** A butter webhook body, as `specs/butter.yaml` types it (`components.schemas.StatusWebhook`), generated here from the same spec. */
export type ButterWebhookEvent = components["schemas"]["StatusWebhook"];
