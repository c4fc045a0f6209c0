import type { UnifiedStatus, WebhookCall, WebhookEvent, WebhookEventType } from "../call.js";
import { Ctx, compact, describe, type JsonObject } from "../common/context.js";
import { isoToIso, secondsToMs } from "../common/time.js";
import { webhookEvent } from "../common/webhook.js";
import type { ThinnestAIWebhookEvent } from "./thinnestai-call.js";

/** ThinnestAI voice events → unified type and status (https://docs.thinnest.ai/api-reference/webhooks/overview). */
const VOICE_EVENTS: Readonly<Record<string, { type: WebhookEventType; status: UnifiedStatus }>> =
  Object.freeze({
    "voice.call.started": { type: "call.started", status: "in_progress" },
    "voice.call.ended": { type: "call.ended", status: "ended" },
  });

/**
 * Normalizes a ThinnestAI webhook envelope `{event, timestamp, agent_id, data}`
 * (https://docs.thinnest.ai/api-reference/webhooks/overview) into a {@link WebhookEvent}.
 *
 * - `event` is `raw.type`; `voice.call.started` → `call.started` (status `in_progress`: "Voice call connected"),
 *   `voice.call.ended` → `call.ended` (status `ended`); every other event (`agent.*`, `chat.*`, `campaign.*`,
 *   `webhook.test`) → `other`, without a call.
 * - `timestamp` (ISO 8601) → `occurredAt`.
 * - For voice events, `data` is the call: its id is `data.call_id`, else `data.id`, else `data.session_id`
 *   (ThinnestAI does not document these fields; an integer id becomes its decimal string); `agent_id` → `agentId`;
 *   `data.duration` (seconds, the only documented field — the docs' sample prints it as seconds) → `durationMs`;
 *   `data.started_at`/`data.ended_at` (ISO, if present) → `startedAt`/`endedAt`. A voice event without a call id
 *   keeps no `call` and gets a warning.
 *
 * @throws {NormalizeError} when the payload is not an object or `event` is missing/not a string.
 */
export function normalizeThinnestAIWebhook(payload: ThinnestAIWebhookEvent | unknown): WebhookEvent {
  const ctx = new Ctx("thinnestai");
  const input = ctx.root(payload);
  const rawType = ctx.id(input?.event, "event");
  const occurredAt = isoToIso(ctx, input, "timestamp", "timestamp");
  const voice = Object.hasOwn(VOICE_EVENTS, rawType) ? VOICE_EVENTS[rawType] : undefined;
  if (!voice) return webhookEvent(ctx, input, { type: "other", rawType, occurredAt });

  const data = ctx.object(input?.data, "data") ?? {};
  const callId = idOf(ctx, data);
  const agentId = agentIdOf(ctx, input);
  if (callId === undefined) {
    ctx.warn("data", "no call id (data.call_id, data.id or data.session_id); the event carries no call");
    return webhookEvent(ctx, input, { type: voice.type, rawType, occurredAt });
  }
  const seconds = ctx.number(data?.duration, "data.duration", { nonNegative: true });
  const call: WebhookCall = compact({
    provider: "thinnestai" as const,
    id: callId,
    agentId,
    status: { unified: voice.status },
    startedAt: isoToIso(ctx, data, "started_at", "data.started_at"),
    endedAt: isoToIso(ctx, data, "ended_at", "data.ended_at"),
    durationMs: seconds === undefined ? undefined : secondsToMs(seconds),
    raw: data,
    warnings: ctx.warnings,
  });
  return webhookEvent(ctx, input, { type: voice.type, rawType, occurredAt, callId, call });
}

function idOf(ctx: Ctx, data: JsonObject): string | undefined {
  for (const key of ["call_id", "id", "session_id"]) {
    const value = data[key];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "string") return value;
    if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
    ctx.warn(`data.${key}`, `expected a string or an integer, got ${describe(value)}`);
  }
  return undefined;
}

function agentIdOf(ctx: Ctx, input: JsonObject): string | undefined {
  const value = input.agent_id;
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  ctx.warn("agent_id", `expected a string or an integer, got ${describe(value)}`);
  return undefined;
}
