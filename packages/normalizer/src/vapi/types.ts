/**
 * The Vapi provider types the normalizer reads, in one place: they come from `@switchboard/vapi` (generated
 * from `specs/vapi.yaml`). Types only: the normalizer never loads the client at run time.
 */
export type {
  VapiCall,
  VapiEndOfCallReportWebhook,
  VapiStatusUpdateWebhook,
} from "@switchboard/vapi";
