import type { components } from "./generated/unified.js";

type S = components["schemas"];

/**
 * A call from any provider, normalized (`specs/unified.yaml`, `components.schemas.Call`). Times ISO 8601
 * UTC with ms; durations, offsets and latencies in integer/real **milliseconds**; cost in the currency's
 * major unit; absent = the provider did not say.
 */
export type Call = S["Call"];
/** A provider id (`specs/unified.yaml`, `Provider`). */
export type Provider = S["Provider"];
/** `{ unified, raw }` status. */
export type CallStatus = S["CallStatus"];
/** Unified status values. */
export type UnifiedStatus = S["UnifiedStatus"];
/** `{ unified, raw }` end reason. */
export type EndReason = S["EndReason"];
/** Unified end-reason values. */
export type UnifiedEndReason = S["UnifiedEndReason"];
/** One transcript turn; `startMs`/`endMs` are offsets from the call start in ms. */
export type TranscriptTurn = S["TranscriptTurn"];
/** A word with offsets from the call start in ms. */
export type Word = S["Word"];
/** Cost: total + breakdown in the currency's major unit. */
export type Cost = S["Cost"];
/** Cost per component, and the itemized costs (`components`). */
export type CostBreakdown = S["CostBreakdown"];
/** A component of `CostBreakdown` that holds a sum (`llm`, `stt`, `tts`, `telephony`, `platform`, `other`). */
export type CostKind = Exclude<keyof CostBreakdown, "components">;
/** One itemized cost: kind, vendor, model, amount (the currency's major unit). */
export type CostComponent = S["CostComponent"];
/** Latencies by stage, ms. */
export type Latency = S["Latency"];
/** Distribution of one latency, ms. */
export type LatencyStats = S["LatencyStats"];
/** Tokens, characters, seconds consumed. */
export type Usage = S["Usage"];
/** Post-call analysis. */
export type Analysis = S["Analysis"];
/** LLM/STT/TTS vendors and the agent's version. */
export type Stack = S["Stack"];
/** One vendor of the stack. */
export type StackComponent = S["StackComponent"];
/** The recording. */
export type Recording = S["Recording"];
/** Who spoke. */
export type Role = S["Role"];
/** `"phone" | "web"`. */
export type Channel = S["Channel"];
/** `"inbound" | "outbound"`. */
export type Direction = S["Direction"];
/** `"positive" | "neutral" | "negative"`. */
export type Sentiment = S["Sentiment"];
/** One provider webhook event, normalized (`WebhookEvent` in specs/unified.yaml). */
export type WebhookEvent = S["WebhookEvent"];
/** `"call.started" | "call.status" | "call.ended" | "call.analyzed" | "other"`. */
export type WebhookEventType = S["WebhookEventType"];
/** The call as far as one event describes it: `Call`'s fields, only `provider`, `id`, `raw`, `warnings` required. */
export type WebhookCall = S["WebhookCall"];
