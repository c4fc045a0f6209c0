import type { ZuduCall } from "@switchboard/zudu";
import type { Call } from "../call.js";
import { Ctx, cloneData, compact } from "../shared/context.js";
import { durationMs, epochMsToIso } from "../shared/time.js";
import { convertZuduAnalysis } from "./convert-zudu-analysis.js";
import { convertZuduCost } from "./convert-zudu-cost.js";
import { convertZuduLatency } from "./convert-zudu-latency.js";
import { convertZuduTranscript } from "./convert-zudu-transcript.js";
import { mapZuduChannel } from "./map-zudu-channel.js";
import { mapZuduEndReason } from "./map-zudu-end-reason.js";
import { mapZuduStatus } from "./map-zudu-status.js";

/**
 * Normalizes a Zudu call — the `data` of `GET /api/calls/{callId}` (seed 002) or an item of
 * `POST /api/calls` — into a {@link Call}. The `{message, status, error, data}` envelope must be unwrapped
 * first (the client does it).
 *
 * Mapping (source: Zudu "Get call by ID" reference, seed 002, providers.md and the product issue's rules):
 * - `call_id` → `id` (not the record's UUID `id`, which goes to `metadata.id`); `agent_id` → `agentId`.
 * - `call_type` `PHONE_CALL`/`WEB_CALL` → `channel`, `direction` `INBOUND`/`OUTBOUND` → `direction`, all
 *   upper-case enums compared case-insensitively ({@link mapZuduChannel}).
 * - `call_status` → `status` ({@link mapZuduStatus}); `disconnection_reason` → `endReason`.
 * - `from_number`/`to_number` → `from`/`to`; `recording_url` → `recording.url`.
 * - `start_timestamp`/`end_timestamp` (epoch **ms**) → `startedAt`/`endedAt`; `call_duration` (**ms**: Zudu
 *   uses ms throughout and its list filter is `duration_ms`) → `durationMs`, else end − start.
 * - `transcript_object` → `transcript`, offsets from `start_timestamp`, words kept
 *   ({@link convertZuduTranscript}).
 * - `latency` (ms) → `latency` ({@link convertZuduLatency}); `call_cost` → `cost` in USD
 *   ({@link convertZuduCost}); `call_analysis` → `analysis` ({@link convertZuduAnalysis}).
 * - `metadata`: `id`, `organization_id`, `public_log_url`, `opt_out_sensitive_data_storage`,
 *   `telephony_identifier`, `call_analysis.in_voicemail` (as `in_voicemail`) and Zudu's own `metadata`.
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @throws {NormalizeError} (provider `"zudu"`) when `call` is not an object, or `call_id` / `agent_id` is
 *   missing or not a non-empty string.
 */
export function normalizeZuduCall(call: ZuduCall | unknown): Call {
  const ctx = new Ctx("zudu");
  const input = ctx.root(call);
  const id = ctx.id(input, "call_id");
  const agentId = ctx.id(input, "agent_id");
  const { channel, direction } = mapZuduChannel(ctx, input);
  const startMs = ctx.number(input, "start_timestamp", "start_timestamp");
  const startedAt = epochMsToIso(ctx, input, "start_timestamp", "start_timestamp");
  const endedAt = epochMsToIso(ctx, input, "end_timestamp", "end_timestamp");
  const recordingUrl = ctx.string(input, "recording_url", "recording_url");
  const analysis = ctx.object(input, "call_analysis", "call_analysis");

  const result: Call = {
    provider: "zudu",
    id,
    agentId,
    channel,
    direction,
    status: mapZuduStatus(ctx, input),
    from: ctx.string(input, "from_number", "from_number"),
    to: ctx.string(input, "to_number", "to_number"),
    startedAt,
    endedAt,
    durationMs: durationMs(
      ctx.number(input, "call_duration", "call_duration", { nonNegative: true }),
      startedAt,
      endedAt,
    ),
    endReason: mapZuduEndReason(ctx, input),
    transcript: convertZuduTranscript(ctx, input, startedAt === undefined ? undefined : startMs),
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertZuduCost(ctx, input),
    latency: convertZuduLatency(ctx, input),
    analysis: convertZuduAnalysis(ctx, input),
    metadata: compact({
      id: ctx.string(input, "id", "id"),
      organization_id: ctx.string(input, "organization_id", "organization_id"),
      public_log_url: ctx.string(input, "public_log_url", "public_log_url"),
      opt_out_sensitive_data_storage: ctx.boolean(
        input,
        "opt_out_sensitive_data_storage",
        "opt_out_sensitive_data_storage",
      ),
      telephony_identifier: cloneData(ctx.object(input, "telephony_identifier", "telephony_identifier")),
      in_voicemail: ctx.boolean(analysis, "in_voicemail", "call_analysis.in_voicemail"),
      metadata: cloneData(ctx.object(input, "metadata", "metadata")),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return compact(result);
}
