import type { Call } from "../call.js";
import { Ctx, cloneData, compact, isObject } from "../common/context.js";
import { hasTranscript } from "../common/detail.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, epochMsToIso } from "../common/time.js";
import { convertZuduAnalysis } from "./convert-zudu-analysis.js";
import { convertZuduCost } from "./convert-zudu-cost.js";
import { convertZuduLatency } from "./convert-zudu-latency.js";
import { convertZuduTranscript } from "./convert-zudu-transcript.js";
import { mapZuduChannel } from "./map-zudu-channel.js";
import { mapZuduEndReason } from "./map-zudu-end-reason.js";
import { mapZuduStatus } from "./map-zudu-status.js";
import type { ZuduCall } from "./zudu-call.js";

/** What {@link normalizeZuduCall} takes: the `data` of `GET /api/calls/{call_id}` and the rows of `POST /api/calls` (whole calls). */
export type ZuduCallInput = ZuduCall;

/**
 * Normalizes a Zudu call record — the `data` of `GET /api/calls/{callId}`
 * (https://docs.zudu.ai/api-reference/calls/get-calls-call-id), or one item of the
 * `data.calls` of `POST /api/calls` — into a {@link Call}. The `{message, status, error, data}` envelope must
 * be unwrapped first (the `@switchboard/zudu` client does it); an envelope passed as is has no `call_id` and
 * throws.
 *
 * Mapping (sources: Zudu "Get call by ID" reference =
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id, and the product issue's rules):
 * - `call_id` → `id` (not the record's UUID `id`, which goes to `metadata.id`); `agent_id` → `agentId`.
 * - `call_type` `PHONE_CALL`/`WEB_CALL` → `channel`; `direction` `INBOUND`/`OUTBOUND` → `direction`; all
 *   upper-case enums are compared case-insensitively (one Zudu page shows lower case) ({@link mapZuduChannel}).
 * - `call_status` → `status` ({@link mapZuduStatus}); `disconnection_reason` → `endReason`
 *   ({@link mapZuduEndReason}; `null` while ongoing → absent).
 * - `from_number`/`to_number` → `from`/`to` as given; `recording_url` → `recording.url`.
 * - `start_timestamp`/`end_timestamp` (Unix epoch **ms**) → `startedAt`/`endedAt` (ISO 8601 UTC with ms).
 * - `call_duration` → `durationMs`: it is **milliseconds** (Zudu uses ms throughout, and its list filter on
 *   duration is named `duration_ms`); when `null` (an ongoing call), end − start; absent when either is
 *   unknown (the seed: `end_timestamp` null → no `durationMs`).
 * - `transcript_object` → `transcript`, offsets from `start_timestamp`, words kept
 *   ({@link convertZuduTranscript}); `transcript` (plain text) and `transcript_with_tool_calls` stay in `raw`.
 * - `latency` (ms) → `latency` ({@link convertZuduLatency}); `call_cost` → `cost` in USD
 *   ({@link convertZuduCost}); `call_analysis` → `analysis` ({@link convertZuduAnalysis}).
 * - `metadata` (copies): `id`, `organization_id`, `public_log_url`, `opt_out_sensitive_data_storage`,
 *   `telephony_identifier`, `call_analysis.in_voicemail` (as `in_voicemail`) and Zudu's own `metadata` object
 *   (as `metadata`). `events` stays in `raw`.
 * - No transcript field → `transcript` absent and `detail: "summary"`; else `detail: "full"`.
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @param call - a Zudu call object; it is not modified.
 * @returns the unified call; never throws for anything but the errors below.
 * @throws {NormalizeError} (provider `"zudu"`) when `call` is not an object (path `""`), or `call_id` /
 *   `agent_id` is missing or not a non-empty string (path `"call_id"` / `"agent_id"`).
 */
export function normalizeZuduCall(call: ZuduCall | unknown): Call {
  const ctx = new Ctx("zudu");
  const input = ctx.root(call);
  const id = ctx.id(input?.call_id, "call_id");
  const agentId = ctx.id(input?.agent_id, "agent_id");
  const from = ctx.string(input?.from_number, "from_number");
  const to = ctx.string(input?.to_number, "to_number");
  const { channel, direction } = mapZuduChannel(ctx, input, from !== undefined || to !== undefined);
  const startedAt = epochMsToIso(ctx, input, "start_timestamp", "start_timestamp");
  const endedAt = epochMsToIso(ctx, input, "end_timestamp", "end_timestamp");
  // `startedAt` is defined only when `start_timestamp` is a finite number in the Date range (already checked).
  const startMs = startedAt === undefined ? undefined : (input.start_timestamp as number);
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  // Read without a warning: convertZuduAnalysis reports a mistyped `call_analysis` once.
  const analysis = isObject(input.call_analysis) ? input.call_analysis : undefined;

  const full = hasTranscript(input, "transcript_object");
  const result: Call = {
    provider: "zudu",
    id,
    agentId,
    channel,
    direction,
    status: mapZuduStatus(ctx, input),
    from,
    to,
    startedAt,
    endedAt,
    durationMs: durationMs(
      ctx.number(input?.call_duration, "call_duration", { nonNegative: true }),
      startedAt,
      endedAt,
      { ctx, startPath: "start_timestamp", endPath: "end_timestamp" },
    ),
    endReason: mapZuduEndReason(ctx, input),
    detail: full ? "full" : "summary",
    transcript: full ? convertZuduTranscript(ctx, input, startMs) : undefined,
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertZuduCost(ctx, input),
    latency: convertZuduLatency(ctx, input),
    analysis: convertZuduAnalysis(ctx, input),
    metadata: compact({
      id: ctx.string(input?.id, "id"),
      organization_id: ctx.string(input?.organization_id, "organization_id"),
      public_log_url: ctx.string(input?.public_log_url, "public_log_url"),
      opt_out_sensitive_data_storage: ctx.boolean(
        input?.opt_out_sensitive_data_storage,
        "opt_out_sensitive_data_storage",
      ),
      telephony_identifier: cloneData(ctx.object(input?.telephony_identifier, "telephony_identifier")),
      in_voicemail: ctx.boolean(analysis?.in_voicemail, "call_analysis.in_voicemail"),
      metadata: cloneData(ctx.object(input?.metadata, "metadata")),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
