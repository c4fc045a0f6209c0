import type { components } from "@switchboard/vapi/types";

/**
 * The Vapi types the normalizer reads, generated here from `specs/vapi.yaml` (the same types as
 * `@switchboard/vapi` exports) so that the normalizer's types do not depend on the client package.
 */
/** A Vapi call (`components.schemas.Call`). */
export type VapiCall = components["schemas"]["Call"];
/** Body of the `end-of-call-report` message Vapi POSTs to your Server URL (https://docs.vapi.ai/server-url/events). */
export type VapiEndOfCallReportWebhook = components["schemas"]["EndOfCallReportWebhook"];
/** Body of the `status-update` message Vapi POSTs to your Server URL (https://docs.vapi.ai/server-url/events). */
export type VapiStatusUpdateWebhook = components["schemas"]["StatusUpdateWebhook"];
