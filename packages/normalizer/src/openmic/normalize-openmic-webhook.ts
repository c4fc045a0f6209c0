import type { Analysis, Channel, Direction, UnifiedStatus, WebhookEvent } from "../call.js";
import { Ctx, cloneData, compact, nonEmpty } from "../common/context.js";
import { mapEnum } from "../common/enum.js";
import { durationMs, isoToIso } from "../common/time.js";
import { webhookEvent } from "../common/webhook.js";
import { convertOpenMicCallDuration } from "./convert-openmic-call-duration.js";
import { convertOpenMicTranscript } from "./convert-openmic-transcript.js";
import { mapOpenMicEndReason } from "./map-openmic-end-reason.js";
import type { OpenMicWebhookEvent } from "./openmic-call.js";

const CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({ phonecall: "phone", webcall: "web" });
const DIRECTION: Readonly<Record<string, Direction>> = Object.freeze({
  inbound: "inbound",
  outbound: "outbound",
});
/** Disconnection reasons that mean the call never connected (https://docs.openmic.ai/post-call-webhook). */
const NOT_CONNECTED = new Set(["dial_failed", "dial_no_answer", "dial_busy"]);

/**
 * Normalizes OpenMic's post-call webhook (`type: "end-of-call-report"`, https://docs.openmic.ai/post-call-webhook)
 * into a {@link WebhookEvent} of type `call.ended` (the report is sent once, when the call ends, and carries its
 * analysis). Other `type` values → `other` with a warning.
 *
 * Call mapping (camelCase webhook fields, unlike the REST record):
 * - `sessionId` → `id` and `callId`; no agent id is sent, so `agentId` is absent;
 * - `callType` `phonecall`/`webcall` → `channel`; `direction`; `fromPhoneNumber`/`toPhoneNumber` → `from`/`to`;
 * - `createdAt`/`endedAt` (ISO 8601) → `startedAt`/`endedAt`; `endedAt` is also `occurredAt`;
 * - `callDuration` (`H:MM:SS.ffffff`) → `durationMs` (`0:00:45.723362` → 45723), else `endedAt − createdAt`
 *   (the docs' own advice);
 * - `disconnectionReason` → `endReason` (13 documented values, see `OPENMIC_END_REASON`); `status` is `ended`,
 *   or `not_connected` for `dial_failed`/`dial_no_answer`/`dial_busy` (raw status absent: OpenMic sends none);
 * - `transcript` pairs → `transcript`; `summary`, `isSuccessful`, `successEvaluation`, `extractedData` →
 *   `analysis`; `dynamicVariables`, `callPickup`, `sessionType` → `metadata`.
 *
 * @throws {NormalizeError} when the payload is not an object or `sessionId` is missing/not a string.
 */
export function normalizeOpenMicWebhook(payload: OpenMicWebhookEvent | unknown): WebhookEvent {
  const ctx = new Ctx("openmic");
  const input = ctx.root(payload);
  const rawType = ctx.string(input?.type, "type") ?? "";
  const id = ctx.id(input?.sessionId, "sessionId");
  if (rawType !== "end-of-call-report")
    ctx.warn("type", `unknown event type ${JSON.stringify(rawType)}; mapped to "other"`);
  const from = ctx.string(input?.fromPhoneNumber, "fromPhoneNumber");
  const to = ctx.string(input?.toPhoneNumber, "toPhoneNumber");
  const startedAt = isoToIso(ctx, input, "createdAt", "createdAt");
  const endedAt = isoToIso(ctx, input, "endedAt", "endedAt");
  const endReason = mapOpenMicEndReason(ctx, input, "disconnectionReason");
  const status: UnifiedStatus =
    endReason && NOT_CONNECTED.has(endReason.raw.toLowerCase()) ? "not_connected" : "ended";
  const analysis: Analysis | undefined = nonEmpty({
    summary: ctx.string(input?.summary, "summary"),
    successful: ctx.boolean(input?.isSuccessful, "isSuccessful"),
    evaluation: ctx.string(input?.successEvaluation, "successEvaluation"),
    data: cloneData(ctx.object(input?.extractedData, "extractedData")),
  });
  const transcript = input.transcript === undefined ? undefined : convertOpenMicTranscript(ctx, input);
  const metadata = nonEmpty({
    dynamic_variables: cloneData(ctx.object(input?.dynamicVariables, "dynamicVariables")),
    call_pickup: ctx.string(input?.callPickup, "callPickup"),
    session_type: ctx.string(input?.sessionType, "sessionType"),
  });
  const channel = mapEnum(ctx, input, "callType", "callType", CHANNEL, from || to ? "phone" : "web")?.unified;
  return webhookEvent(ctx, input, {
    type: rawType === "end-of-call-report" ? "call.ended" : "other",
    rawType,
    occurredAt: endedAt,
    callId: id,
    call: compact({
      provider: "openmic" as const,
      id,
      channel,
      direction: mapEnum(ctx, input, "direction", "direction", DIRECTION, "inbound")?.unified,
      status: { unified: status },
      from,
      to,
      startedAt,
      endedAt,
      durationMs: durationMs(convertOpenMicCallDuration(ctx, input), startedAt, endedAt),
      endReason,
      transcript,
      analysis,
      metadata,
      raw: input,
      warnings: ctx.warnings,
    }),
  });
}
