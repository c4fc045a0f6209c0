import type { Analysis, Call, Channel, Direction } from "../call.js";
import { Ctx, cloneData, compact, nonEmpty } from "../common/context.js";
import { hasTranscript } from "../common/detail.js";
import { mapEnum } from "../common/enum.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, epochMsToIso } from "../common/time.js";
import { convertOpenMicCost } from "./convert-openmic-cost.js";
import { convertOpenMicLatency } from "./convert-openmic-latency.js";
import { convertOpenMicTranscript } from "./convert-openmic-transcript.js";
import { mapOpenMicEndReason } from "./map-openmic-end-reason.js";
import { mapOpenMicStatus } from "./map-openmic-status.js";
import type { OpenMicCall } from "./openmic-call.js";

/** OpenMic `call_type` → channel (https://docs.openmic.ai/api-reference/calls/get-call: `phonecall | webcall`). */
const CHANNEL: Readonly<Record<string, Channel>> = Object.freeze({ phonecall: "phone", webcall: "web" });
/** OpenMic `direction` → direction (https://docs.openmic.ai/api-reference/calls/get-call: `inbound | outbound`). */
const DIRECTION: Readonly<Record<string, Direction>> = Object.freeze({
  inbound: "inbound",
  outbound: "outbound",
});

/** What {@link normalizeOpenMicCall} takes: `GET /v1/call/{id}` and the rows of `GET /v1/calls` (whole calls). */
export type OpenMicCallInput = OpenMicCall;

/**
 * Normalizes an OpenMic call record (`GET /v1/call/{id}`, or one item of `GET /v1/calls`) into a {@link Call}.
 *
 * Mapping (source: OpenMic "Get Call" reference, https://docs.openmic.ai/api-reference/calls/get-call, unless
 * said):
 * - `call_id` → `id`; `agent_id` → `agentId` (both required: see errors).
 * - `call_type` `phonecall`/`webcall` → `channel` `phone`/`web`; unknown or missing → warning, and `web`
 *   when no phone number is given, else `phone`.
 * - `direction` → `direction`; `from_number`/`to_number` → `from`/`to` as given (`""` = absent).
 * - `call_status` → `status` ({@link mapOpenMicStatus}); `disconnection_reason` → `endReason` when present.
 * - `start_timestamp`/`end_timestamp` (epoch **ms**) → `startedAt`/`endedAt` (ISO 8601);
 *   `duration_ms` → `durationMs`, else end − start.
 * - `transcript` pairs → `transcript` ({@link convertOpenMicTranscript}); `recording_url` → `recording.url`.
 * - `call_cost` → `cost` in USD ({@link convertOpenMicCost}); `latency` (s) → `latency` (ms).
 * - `call_analysis` {`summary`, `is_successful`, `success_evaluation`, `extracted_data`} → `analysis`
 *   {`summary`, `successful`, `evaluation`, `data`}.
 * - `customer_id`, `dynamic_variables`, `telephony_identifier` → `metadata` (copied).
 * - No transcript field → `transcript` absent and `detail: "summary"`; else `detail: "full"`.
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @throws {NormalizeError} when `call` is not an object, or `call_id`/`agent_id` is missing or not a string.
 */
export function normalizeOpenMicCall(call: OpenMicCall | unknown): Call {
  const ctx = new Ctx("openmic");
  const input = ctx.root(call);
  const id = ctx.id(input?.call_id, "call_id");
  const agentId = ctx.id(input?.agent_id, "agent_id");
  const from = ctx.string(input?.from_number, "from_number");
  const to = ctx.string(input?.to_number, "to_number");
  const channelEnum = mapEnum(ctx, input, "call_type", "call_type", CHANNEL, from || to ? "phone" : "web");
  if (!channelEnum) ctx.warn("call_type", `missing; channel inferred as "${from || to ? "phone" : "web"}"`);
  const startedAt = epochMsToIso(ctx, input, "start_timestamp", "start_timestamp");
  const endedAt = epochMsToIso(ctx, input, "end_timestamp", "end_timestamp");
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  const analysisIn = ctx.object(input?.call_analysis, "call_analysis");
  const analysis: Analysis | undefined = analysisIn
    ? nonEmpty({
        summary: ctx.string(analysisIn?.summary, "call_analysis.summary"),
        successful: ctx.boolean(analysisIn?.is_successful, "call_analysis.is_successful"),
        evaluation: ctx.string(analysisIn?.success_evaluation, "call_analysis.success_evaluation"),
        data: cloneData(ctx.object(analysisIn?.extracted_data, "call_analysis.extracted_data")),
      })
    : undefined;
  const customerId = ctx.string(input?.customer_id, "customer_id");
  const dynamicVariables = ctx.object(input?.dynamic_variables, "dynamic_variables");
  const telephony = ctx.object(input?.telephony_identifier, "telephony_identifier");

  const full = hasTranscript(input, "transcript");
  const result: Call = {
    provider: "openmic",
    id,
    agentId,
    channel: channelEnum?.unified ?? (from || to ? "phone" : "web"),
    direction: mapEnum(ctx, input, "direction", "direction", DIRECTION, "inbound")?.unified,
    status: mapOpenMicStatus(ctx, input),
    from,
    to,
    startedAt,
    endedAt,
    durationMs: durationMs(
      ctx.number(input?.duration_ms, "duration_ms", { nonNegative: true }),
      startedAt,
      endedAt,
      { ctx, startPath: "start_timestamp", endPath: "end_timestamp" },
    ),
    endReason: mapOpenMicEndReason(ctx, input),
    detail: full ? "full" : "summary",
    transcript: full ? convertOpenMicTranscript(ctx, input) : undefined,
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertOpenMicCost(ctx, input),
    latency: convertOpenMicLatency(ctx, input),
    analysis,
    metadata: compact({
      customer_id: customerId,
      dynamic_variables: cloneData(dynamicVariables),
      telephony_identifier: cloneData(telephony),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
