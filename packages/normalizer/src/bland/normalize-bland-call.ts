import type { Call } from "../call.js";
import { Ctx, cloneData, compact, type JsonObject } from "../common/context.js";
import { hasTranscript } from "../common/detail.js";
import { finishCall } from "../common/finish-call.js";
import { NormalizeError } from "../errors.js";
import { convertBlandAnalysis } from "./convert-bland-analysis.js";
import { convertBlandCost } from "./convert-bland-cost.js";
import { convertBlandDuration } from "./convert-bland-duration.js";
import { convertBlandTimes } from "./convert-bland-times.js";
import { convertBlandTranscript } from "./convert-bland-transcript.js";
import { mapBlandDirection } from "./map-bland-direction.js";
import { mapBlandEndReason } from "./map-bland-end-reason.js";
import { mapBlandPhone } from "./map-bland-phone.js";
import { mapBlandStatus } from "./map-bland-status.js";
import type { BlandCall, BlandPostCallWebhook } from "./types.js";

/**
 * The agent of a Bland call. Bland's call record has no agent id
 * (https://docs.bland.ai/api-v1/get/calls-id): the conversational pathway (`pathway_id`) is the closest,
 * and for an inbound call without one, the agent is the one configured on the number that was called
 * (`to`). Neither → `""` with a warning on `pathway_id` (the unified `agentId` is required).
 */
function agentIdOf(
  ctx: Ctx,
  call: JsonObject,
  direction: string | undefined,
  to: string | undefined,
): string {
  const pathway = ctx.string(call?.pathway_id, "pathway_id");
  if (pathway !== undefined) return pathway;
  if (direction === "inbound" && to !== undefined) return to;
  ctx.warn(
    "pathway_id",
    "absent, and not an inbound call: Bland names no agent for this call; agentId is empty",
  );
  return "";
}

/** What {@link normalizeBlandCall} takes: `GET /v1/calls/{call_id}` and the rows of `GET /v1/calls`. */
export type BlandCallInput = BlandCall;

/**
 * Normalizes a Bland AI call — `GET /v1/calls/{call_id}`, one row of `GET /v1/calls` (`calls[]`), or the
 * post-call webhook body — into a {@link Call}.
 *
 * Mapping (source: Bland "Call Details", https://docs.bland.ai/api-v1/get/calls-id, unless said):
 * - `call_id` → `id` (required; documented as `number`, a UUID string in every example: both accepted).
 * - `pathway_id`, else for inbound calls `to` → `agentId` (Bland has no agent id; see `agentIdOf`).
 * - `channel` is `phone`: Bland's call records are phone calls (`to`/`from` numbers).
 * - `inbound` (boolean) → `direction` ({@link mapBlandDirection}); `from`/`to` → `from`/`to` as given,
 *   warned about when not E.164 ({@link mapBlandPhone}).
 * - `status` / `queue_status` / `completed` → `status` ({@link mapBlandStatus}); `status`, `answered_by`,
 *   `error_message`, `transferred_to`, `warm_transfer_call`, `call_ended_by` → `endReason`
 *   ({@link mapBlandEndReason}).
 * - `corrected_duration` (string **seconds**, authoritative) else `call_length` (**minutes**) → `durationMs`
 *   ({@link convertBlandDuration}); `started_at` → `startedAt`; `endedAt` = start + duration — never
 *   `end_at`, which is the scheduled `max_duration` cut-off ({@link convertBlandTimes}).
 * - `transcripts` (absolute `created_at`) → turns with `startMs` offsets from `started_at`, else the
 *   delayed webhook's `corrected_transcript` ({@link convertBlandTranscript}).
 * - `recording_url` → `recording.url` (a URL that may expire: `metadata.recording_expiration`).
 * - `price` (**USD**) → `cost` ({@link convertBlandCost}); `summary`, `analysis`, `disposition_tag` →
 *   `analysis` ({@link convertBlandAnalysis}).
 * - `metadata` (copies, Bland's names, values as sent): `variables`, `metadata` (the request's own),
 *   `request_data`, `batch_id`, `pathway_version`, `pathway_tags`, `answered_by`, `error_message`,
 *   `created_at`, `end_at` (scheduled cut-off), `max_duration` (minutes), `transferred_to`,
 *   `transferred_at`, `recording_expiration`, `voice_id`.
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @throws {NormalizeError} (provider `"bland"`) when `call` is not an object (path `""`), or `call_id` is
 *   missing or not a non-empty string or integer (path `call_id`). A whole List Calls response passed by
 *   mistake throws on `call_id` with a hint to normalize each of its `calls`.
 */
export function normalizeBlandCall(call: BlandCall | BlandPostCallWebhook | unknown): Call {
  const ctx = new Ctx("bland");
  const input = ctx.root(call);
  if (input.call_id === undefined && Array.isArray(input.calls)) {
    throw new NormalizeError(
      "bland",
      "call_id",
      "is required but missing; this is a List Calls response: normalize each of its `calls`",
    );
  }
  const id = ctx.id(input?.call_id, "call_id", { integer: true });
  const direction = mapBlandDirection(ctx, input);
  const from = mapBlandPhone(ctx, input, "from");
  const to = mapBlandPhone(ctx, input, "to");
  const durationMs = convertBlandDuration(ctx, input);
  const { startedAt, endedAt } = convertBlandTimes(ctx, input, durationMs);
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  const pathwayVersion = ctx.number(input?.pathway_version, "pathway_version");
  const maxDuration = ctx.number(input?.max_duration, "max_duration", { nonNegative: true });

  const full = hasTranscript(input, ["transcripts", "corrected_transcript", "concatenated_transcript"]);
  const result: Call = {
    provider: "bland",
    id,
    agentId: agentIdOf(ctx, input, direction, to),
    channel: "phone",
    direction,
    status: mapBlandStatus(ctx, input),
    from,
    to,
    startedAt,
    endedAt,
    durationMs,
    endReason: mapBlandEndReason(ctx, input),
    // A list row without any transcript field is a summary, not a call where nobody spoke.
    detail: full ? "full" : "summary",
    transcript: full ? convertBlandTranscript(ctx, input, startedAt) : undefined,
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertBlandCost(ctx, input),
    analysis: convertBlandAnalysis(ctx, input),
    metadata: compact({
      variables: cloneData(ctx.object(input?.variables, "variables")),
      metadata: cloneData(ctx.object(input?.metadata, "metadata")),
      request_data: cloneData(ctx.object(input?.request_data, "request_data")),
      batch_id: ctx.string(input?.batch_id, "batch_id"),
      pathway_version: pathwayVersion,
      pathway_tags: ctx.strings(input?.pathway_tags, "pathway_tags"),
      answered_by: ctx.string(input?.answered_by, "answered_by"),
      error_message: ctx.string(input?.error_message, "error_message"),
      created_at: ctx.string(input?.created_at, "created_at"),
      end_at: ctx.string(input?.end_at, "end_at"),
      max_duration: maxDuration,
      transferred_to: ctx.string(input?.transferred_to, "transferred_to"),
      transferred_at: ctx.string(input?.transferred_at, "transferred_at"),
      recording_expiration: ctx.string(input?.recording_expiration, "recording_expiration"),
      voice_id: ctx.string(input?.voice_id, "voice_id"),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
