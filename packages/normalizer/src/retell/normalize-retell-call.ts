import type { Call } from "../call.js";
import { Ctx, cloneData, compact, isObject, nonEmpty } from "../common/context.js";
import { hasTranscript } from "../common/detail.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, epochMsToIso } from "../common/time.js";
import { convertRetellAnalysis } from "./convert-retell-analysis.js";
import { convertRetellCost } from "./convert-retell-cost.js";
import { convertRetellLatency } from "./convert-retell-latency.js";
import { convertRetellTranscript } from "./convert-retell-transcript.js";
import { mapRetellChannel, mapRetellDirection } from "./map-retell-channel.js";
import { mapRetellEndReason } from "./map-retell-end-reason.js";
import { mapRetellStatus } from "./map-retell-status.js";
import type { RetellCall } from "./types.js";

/** Retell latency stages with no unified field (ms, as Retell sends them); copied to `metadata.latency`. */
const OTHER_LATENCY_STAGES = ["llm_websocket_network_rtt", "knowledge_base", "s2s"] as const;

/** What {@link normalizeRetellCall} takes: `GET /v2/get-call/{call_id}` and the items of `POST /v3/list-calls` (whole calls). */
export type RetellCallInput = RetellCall;

/**
 * Normalizes a Retell AI call (`GET /v2/get-call/{call_id}`, an item of `POST /v3/list-calls` or of the
 * legacy `POST /v2/list-calls`, or the `call` of a `call_started`/`call_ended`/`call_analyzed` webhook) into
 * a {@link Call}.
 *
 * Mapping (source: https://docs.retellai.com/api-references/get-call unless said):
 * - `call_id` → `id`; `agent_id` → `agentId` (both required: see errors); `agent_name` → `agentName`.
 * - `call_type` `web_call`/`phone_call` → `channel` `web`/`phone`; `direction` → `direction` (phone calls;
 *   web calls have none); `from_number`/`to_number` → `from`/`to` as given (E.164).
 * - `call_status` → `status` ({@link mapRetellStatus}); `disconnection_reason` → `endReason`
 *   ({@link mapRetellEndReason}: every documented value; an unknown one is `unknown` with its raw value).
 * - `start_timestamp`/`end_timestamp` (epoch **ms**) → `startedAt`/`endedAt` (ISO 8601);
 *   `duration_ms` → `durationMs`, else end − start.
 * - `transcript_with_tool_calls` / `transcript_object` / `transcript` → `transcript`, word times in seconds
 *   → ms, turn times from their words ({@link convertRetellTranscript}); `recording_url` → `recording.url`.
 * - `call_cost` (**cents**) → `cost` in USD ({@link convertRetellCost}); `latency` (ms, p50/p90/…) →
 *   `latency` ({@link convertRetellLatency}); `call_analysis` → `analysis` ({@link convertRetellAnalysis}).
 * - `metadata`, `retell_llm_dynamic_variables`, `collected_dynamic_variables`, `telephony_identifier`,
 *   `agent_version`, `transfer_destination`, `transfer_end_timestamp`, `call_analysis.in_voicemail`,
 *   `public_log_url`, `recording_multi_channel_url`, `llm_token_usage` → `metadata` (copied; Retell's token
 *   counts are totals per request, with no input/output split, so they do not fill `usage`); the latency
 *   stages without a unified field (`llm_websocket_network_rtt`, `knowledge_base`, `s2s`, ms) →
 *   `metadata.latency`.
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @throws {NormalizeError} when `call` is not an object, or `call_id`/`agent_id` is missing or not a
 *   non-empty string.
 */
export function normalizeRetellCall(call: RetellCall | unknown): Call {
  const ctx = new Ctx("retell");
  const input = ctx.root(call);
  const id = ctx.id(input?.call_id, "call_id");
  const agentId = ctx.id(input?.agent_id, "agent_id");
  const from = ctx.string(input?.from_number, "from_number");
  const to = ctx.string(input?.to_number, "to_number");
  const startedAt = epochMsToIso(ctx, input, "start_timestamp", "start_timestamp");
  const endedAt = epochMsToIso(ctx, input, "end_timestamp", "end_timestamp");
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  const analysisIn = ctx.object(input?.call_analysis, "call_analysis");
  // Read without warnings: convertRetellLatency already reports a mistyped `latency`.
  const latencyIn = isObject(input.latency) ? input.latency : undefined;
  const otherLatency = latencyIn
    ? nonEmpty(
        Object.fromEntries(
          OTHER_LATENCY_STAGES.filter((stage) => isObject(latencyIn[stage])).map((stage) => [
            stage,
            cloneData(latencyIn[stage]),
          ]),
        ),
      )
    : undefined;

  const full = hasTranscript(input, ["transcript_with_tool_calls", "transcript_object", "transcript"]);
  const result: Call = {
    provider: "retell",
    id,
    agentId,
    agentName: ctx.string(input?.agent_name, "agent_name"),
    channel: mapRetellChannel(ctx, input, from !== undefined || to !== undefined),
    direction: mapRetellDirection(ctx, input),
    status: mapRetellStatus(ctx, input),
    from,
    to,
    startedAt,
    endedAt,
    durationMs: durationMs(
      ctx.number(input?.duration_ms, "duration_ms", { nonNegative: true }),
      startedAt,
      endedAt,
    ),
    endReason: mapRetellEndReason(ctx, input),
    // A list row without any transcript field is a summary, not a call where nobody spoke.
    detail: full ? "full" : "summary",
    transcript: full ? convertRetellTranscript(ctx, input) : undefined,
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertRetellCost(ctx, input),
    latency: convertRetellLatency(ctx, input),
    analysis: convertRetellAnalysis(ctx, input),
    metadata: compact({
      metadata: cloneData(ctx.object(input?.metadata, "metadata")),
      retell_llm_dynamic_variables: cloneData(
        ctx.object(input?.retell_llm_dynamic_variables, "retell_llm_dynamic_variables"),
      ),
      collected_dynamic_variables: cloneData(
        ctx.object(input?.collected_dynamic_variables, "collected_dynamic_variables"),
      ),
      telephony_identifier: cloneData(ctx.object(input?.telephony_identifier, "telephony_identifier")),
      agent_version: ctx.number(input?.agent_version, "agent_version"),
      transfer_destination: ctx.string(input?.transfer_destination, "transfer_destination"),
      transfer_end_timestamp: epochMsToIso(ctx, input, "transfer_end_timestamp", "transfer_end_timestamp"),
      in_voicemail: ctx.boolean(analysisIn?.in_voicemail, "call_analysis.in_voicemail"),
      public_log_url: ctx.string(input?.public_log_url, "public_log_url"),
      recording_multi_channel_url: ctx.string(
        input?.recording_multi_channel_url,
        "recording_multi_channel_url",
      ),
      llm_token_usage: cloneData(ctx.object(input?.llm_token_usage, "llm_token_usage")),
      latency: otherLatency,
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
