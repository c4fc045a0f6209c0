/**
 * The Retell AI provider types the normalizer uses, in one place (types only: the normalizer runs without
 * the client installed).
 */
export type { RetellCall } from "@switchboard/retell";
