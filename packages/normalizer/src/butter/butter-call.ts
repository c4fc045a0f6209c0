import type { components } from "../generated/butter.js";

/**
 * A Butter call record, as `specs/butter.yaml` types it (`components.schemas.Call`): the same type as
 * `ButterCall` of `@switchboard/butter`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type ButterCall = components["schemas"]["Call"];
