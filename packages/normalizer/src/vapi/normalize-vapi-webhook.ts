import type { WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx, describe, isObject, type JsonObject } from "../common/context.js";
import { epochMsToIso, isoToIso } from "../common/time.js";
import { webhookEvent } from "../common/webhook.js";
import { NormalizeError } from "../errors.js";
import { normalizeVapiServerMessage } from "./normalize-vapi-server-message.js";
import type { VapiEndOfCallReportWebhook, VapiStatusUpdateWebhook } from "./types.js";

/**
 * `status-update` statuses that start or end the call (https://docs.vapi.ai/server-url/events,
 * `Call.status` of https://docs.vapi.ai/api-reference/calls/get); any other status is `call.status`.
 */
const STATUS_TYPE: Readonly<Record<string, WebhookEventType>> = Object.freeze({
  "in-progress": "call.started",
  ended: "call.ended",
});

/**
 * Normalizes the body of a Vapi Server URL request, `{ message: { type, timestamp, call, … } }`
 * (https://docs.vapi.ai/server-url/events), into a {@link WebhookEvent}.
 *
 * - `message.type` is `raw.type`. `end-of-call-report` → `call.ended`; `status-update` → `call.started` when
 *   `status` is `in-progress`, `call.ended` when `ended`, else `call.status`; every other message
 *   (`transcript`, `conversation-update`, `tool-calls`, `assistant-request`, `hang`, `speech-update`, …) → `other`,
 *   with `callId` from `message.call.id` and no `call`.
 * - For the two call messages, `call` is {@link normalizeVapiServerMessage}: `message.call` with the fields the
 *   message repeats (`endedReason`, `artifact`, `analysis`, `cost`, `status`, …) laid over it. A message whose call
 *   cannot be normalized (the docs' examples use a `{}` placeholder call) keeps no `call` and gets a warning.
 * - `message.timestamp` (epoch **ms** in Vapi's examples; an ISO string is read too) → `occurredAt`.
 *
 * @throws {NormalizeError} when the body is not an object, or has no `message` object with a non-empty string
 *   `type`.
 */
export function normalizeVapiWebhook(
  payload: VapiEndOfCallReportWebhook | VapiStatusUpdateWebhook | unknown,
): WebhookEvent {
  const ctx = new Ctx("vapi");
  const input = ctx.root(payload);
  if (!isObject(input.message)) {
    throw new NormalizeError(
      "vapi",
      "message",
      input.message === undefined
        ? "is required but missing"
        : `expected an object, got ${describe(input.message)}`,
    );
  }
  const message = input.message;
  const rawType = ctx.id(message?.type, "message.type");
  const occurredAt =
    typeof message.timestamp === "string"
      ? isoToIso(ctx, message, "timestamp", "message.timestamp")
      : epochMsToIso(ctx, message, "timestamp", "message.timestamp");
  const callIdOf = (call: unknown) =>
    isObject(call) && typeof call.id === "string" && call.id !== "" ? call.id : undefined;

  let type: WebhookEventType;
  if (rawType === "end-of-call-report") type = "call.ended";
  else if (rawType === "status-update") {
    const status = ctx.string(message?.status, "message.status");
    type =
      status !== undefined && Object.hasOwn(STATUS_TYPE, status)
        ? (STATUS_TYPE[status] as WebhookEventType)
        : "call.status";
  } else {
    return webhookEvent(ctx, input, { type: "other", rawType, occurredAt, callId: callIdOf(message.call) });
  }

  let call: ReturnType<typeof normalizeVapiServerMessage> | undefined;
  try {
    call = normalizeVapiServerMessage(input);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    ctx.warn(
      error.path || "message.call",
      `the call could not be normalized (${messageOf(error)}); the event carries no call`,
    );
  }
  return webhookEvent(ctx, input, {
    type,
    rawType,
    occurredAt,
    callId: call?.id ?? callIdOf((message as JsonObject).call),
    call,
  });
}

function messageOf(error: NormalizeError): string {
  return error.message.replace(/^vapi: /, "");
}
