import type { components } from "@switchboard/retell/types";

/**
 * A Retell AI call record, as `specs/retell.yaml` types it (`components.schemas.GetCallResponse`, a web or
 * phone call): the same type as `RetellCall` of `@switchboard/retell`, generated here from the same spec so
 * that the normalizer's types do not depend on the client package.
 */
export type RetellCall = components["schemas"]["GetCallResponse"];
