import type { components } from "../generated/thinnestai.js";

/**
 * A ThinnestAI call record, as `specs/thinnestai.yaml` types it (`components.schemas.Call`): the same type as
 * `ThinnestAICall` of `@switchboard/thinnestai`, generated here from the same spec so that the normalizer's types do
 * not depend on the client package.
 */
export type ThinnestAICall = components["schemas"]["Call"];
