import type { WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx, isObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";
import { webhookEvent } from "../common/webhook.js";
import { normalizeZuduCall } from "./normalize-zudu-call.js";
import type { ZuduWebhookEvent } from "./zudu-call.js";

/**
 * Event names a Zudu body may carry in `event` (Zudu's call object mirrors Retell's, whose webhooks are
 * `{event, call}` with `call_started`/`call_ended`/`call_analyzed`); case-insensitive.
 */
const EVENT: Readonly<Record<string, WebhookEventType>> = Object.freeze({
  call_started: "call.started",
  call_ended: "call.ended",
  call_analyzed: "call.analyzed",
});

/** `raw.type` given to a Zudu post-call body that names no event. */
export const ZUDU_POST_CALL = "post-call";

/**
 * Normalizes a Zudu post-call webhook into a {@link WebhookEvent}. Zudu does not document the body
 * (https://docs.zudu.ai, "Post-call webhooks": they "receive call data, transcripts, and analysis results"), so it
 * is read leniently: the call object is `payload.call`, else `payload.data`, else the payload itself, and is
 * normalized exactly as a `GET /api/calls/{callId}` record (`normalizeZuduCall`: epoch-ms times, upper-case enums).
 * `payload.event` (`call_started`, `call_ended`, `call_analyzed`) sets the type when present; otherwise the event is
 * `call.ended` (a post-call webhook) with `raw.type` `"post-call"`. `occurredAt` is the call's `endedAt` for an
 * ended call, else its `startedAt`.
 *
 * @throws {NormalizeError} when the payload is not an object, or the call has no string `call_id`/`agent_id`.
 */
export function normalizeZuduWebhook(payload: ZuduWebhookEvent | unknown): WebhookEvent {
  const ctx = new Ctx("zudu");
  const input = ctx.root(payload);
  const callObject = isObject(input.call) ? input.call : isObject(input.data) ? input.data : input;
  const call = normalizeZuduCall(callObject);
  const named = ctx.string(input?.event, "event");
  let type: WebhookEventType = "call.ended";
  if (named !== undefined) {
    const mapped = lookupFolded(EVENT, named);
    if (mapped !== undefined) type = mapped as WebhookEventType;
    else {
      type = "other";
      ctx.warn("event", `unknown event ${JSON.stringify(named)}; mapped to "other"`);
    }
  }
  return webhookEvent(ctx, input, {
    type,
    rawType: named ?? ZUDU_POST_CALL,
    occurredAt: type === "call.started" ? call.startedAt : (call.endedAt ?? call.startedAt),
    callId: call.id,
    call,
  });
}
