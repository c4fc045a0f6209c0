import type { WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx, isObject } from "../common/context.js";
import { webhookEvent } from "../common/webhook.js";
import { NormalizeError } from "../errors.js";
import { normalizeRetellCall } from "./normalize-retell-call.js";
import type { RetellCall } from "./types.js";

/** A Retell webhook body: `{ event, call }` (https://docs.retellai.com/features/webhook-overview). */
export interface RetellWebhookPayload {
  event: string;
  call: RetellCall;
}

/** Retell's call events → unified type (https://docs.retellai.com/features/webhook-overview). */
const EVENT: Readonly<Record<string, WebhookEventType>> = Object.freeze({
  call_started: "call.started",
  call_ended: "call.ended",
  call_analyzed: "call.analyzed",
});

/**
 * Normalizes a Retell webhook `{ event, call }` (https://docs.retellai.com/features/webhook-overview) into a
 * {@link WebhookEvent}.
 *
 * - `event` is `raw.type`; `call_started` → `call.started`, `call_ended` → `call.ended` (the call without
 *   `call_analysis`), `call_analyzed` → `call.analyzed` (with it). One docs page names the field `event_type`:
 *   it is read when `event` is absent, with a warning.
 * - For those three, `call` is normalized exactly as a `GET /v2/get-call` record ({@link normalizeRetellCall}:
 *   epoch-ms times, cents → USD, word times in seconds → ms) and is `call`; `call.call_id` is `callId`.
 *   Retell sends no event time: `occurredAt` is the call's `startedAt` for `call_started`, its `endedAt` for
 *   `call_ended`, and absent for `call_analyzed` (analysis finishes some time after the end).
 * - Every other event (`transcript_updated`, `transfer_started`, `transfer_bridged`, `transfer_cancelled`,
 *   `transfer_ended`, chat events) → `other`, with `callId` when `call.call_id` is a string, and no `call`.
 *
 * @throws {NormalizeError} when the payload is not an object, has no string `event`, or a call event's `call` is
 *   not an object or lacks a string `call_id`/`agent_id` (path `call.<field>`).
 */
export function normalizeRetellWebhook(payload: RetellWebhookPayload | unknown): WebhookEvent {
  const ctx = new Ctx("retell");
  const input = ctx.root(payload);
  let rawType: string;
  if (input.event === undefined && typeof input.event_type === "string" && input.event_type !== "") {
    rawType = input.event_type;
    ctx.warn("event", "missing; read from `event_type`");
  } else {
    rawType = ctx.id(input?.event, "event");
  }
  const type = Object.hasOwn(EVENT, rawType) ? EVENT[rawType] : undefined;
  if (!type) {
    const callId = isObject(input.call) ? input.call.call_id : undefined;
    return webhookEvent(ctx, input, {
      type: "other",
      rawType,
      callId: typeof callId === "string" && callId !== "" ? callId : undefined,
    });
  }
  if (!isObject(input.call)) {
    throw new NormalizeError(
      "retell",
      "call",
      input.call === undefined ? "is required but missing" : "expected the call object",
    );
  }
  let call: ReturnType<typeof normalizeRetellCall>;
  try {
    call = normalizeRetellCall(input.call);
  } catch (error) {
    if (error instanceof NormalizeError && error.path !== "") {
      throw new NormalizeError("retell", `call.${error.path}`, error.message.replace(/^retell: [^:]+: /, ""));
    }
    throw error;
  }
  return webhookEvent(ctx, input, {
    type,
    rawType,
    occurredAt: type === "call.started" ? call.startedAt : type === "call.ended" ? call.endedAt : undefined,
    callId: call.id,
    call,
  });
}
