/**
 * The Bland AI types the normalizer reads — the one place they are imported from, so that where they come
 * from can change without touching the mappings. Types only: nothing of `@switchboard/bland` is loaded at
 * run time.
 */
export type { BlandCall, BlandPostCallWebhook } from "@switchboard/bland";
