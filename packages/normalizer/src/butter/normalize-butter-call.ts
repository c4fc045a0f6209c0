import type { Call } from "../call.js";
import { Ctx, cloneData, compact, isObject } from "../common/context.js";
import { count } from "../common/count.js";
import { hasTranscript } from "../common/detail.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, isoToIso, secondsToMs } from "../common/time.js";
import { NormalizeError } from "../errors.js";
import type { ButterCall, ButterCallListItem } from "./butter-call.js";
import { convertButterCost } from "./convert-butter-cost.js";
import { convertButterLatency } from "./convert-butter-latency.js";
import { convertButterStack } from "./convert-butter-stack.js";
import { convertButterTranscript } from "./convert-butter-transcript.js";
import { convertButterUsage } from "./convert-butter-usage.js";
import { mapButterChannel } from "./map-butter-channel.js";
import { mapButterDirection } from "./map-butter-direction.js";
import { mapButterEndReason } from "./map-butter-end-reason.js";
import { mapButterStatus } from "./map-butter-status.js";

/** What {@link normalizeButterCall} takes: the `data` of `GET /api/calls/{call_sid}` (`Call`) or a row of `GET /api/calls` (`CallListItem`). */
export type ButterCallInput = ButterCall | ButterCallListItem;

/**
 * Normalizes a Butter AI call record — the `data` of `GET /api/calls/{call_sid}`
 * (https://docs.getbutter.ai/api-reference/calls/get), or one row of
 * `GET /api/calls` (https://docs.getbutter.ai/api-reference/introduction, List rows) — into a {@link Call}.
 * The `{success, data}` envelope must be
 * unwrapped first (the client does it).
 *
 * Mapping (source: Butter "Get Call" reference, https://docs.getbutter.ai/api-reference/calls/get, and the
 * product issue's rules, unless said):
 * - `call_sid` → `id`; `agent_id` → `agentId` (both required: see errors); `agent_name` → `agentName`.
 * - `transport` → `channel` (twilio/sip → phone, webrtc → web); missing/unknown → inferred from `call_type`
 *   with a warning ({@link mapButterChannel}).
 * - `call_type` → `direction` (inbound/outbound; `preview` → absent) ({@link mapButterDirection}).
 * - `status` → `status`, both documented vocabularies (https://docs.getbutter.ai/resources/disconnect-codes)
 * ({@link mapButterStatus}).
 * - `summary.end_reason` (Get Call) or `end_reason` (List rows) → `endReason` ({@link mapButterEndReason}).
 * - `from_number`/`to_number` → `from`/`to`, as given.
 * - `start_time`/`end_time` (ISO 8601) → `startedAt`/`endedAt` (UTC, ms); `duration_seconds` (**seconds**)
 *   → `durationMs` (120.5 → 120500), which wins over end − start (140 s in the documented example); end − start only when
 *   `duration_seconds` is absent.
 * - `transcript` → `transcript` ({@link convertButterTranscript}); `turns[].events[].metadata.*.ttfb` →
 *   `latency` in ms ({@link convertButterLatency}).
 * - `total_cost`/`cost_breakdown` → `cost` in `credits` ({@link convertButterCost}); `usage` → `usage`
 *   ({@link convertButterUsage}); `agent_config` → `stack` ({@link convertButterStack}).
 * - `summary.interruptions` → `interruptions` (whole number ≥ 0); `turn_count` → `turnCount` (whole
 *   number ≥ 0; kept also for list rows, which carry no transcript).
 * - No `transcript` field (list rows) → `transcript` absent and `detail: "summary"`; else `detail: "full"`.
 * - `recording_url` → `recording.url`, as given: Butter's URLs are `s3://…`
 * (https://docs.getbutter.ai/api-reference/calls/get), NOT fetchable
 *   over HTTP; fetching the audio needs access to Butter's bucket.
 * - `metadata` (copies): `trace_id`, `client_id`, `recording_enabled`, `created_at` and
 *   `updated_at` (List rows; as sent, not reformatted), `errors` (the whole errors block), `billing_status`,
 *   `agent_config` (the whole block).
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry.
 *
 * @throws {NormalizeError} (provider `"butter"`) when `call` is not an object (path `""`), or `call_sid` /
 *   `agent_id` is missing or not a non-empty string (path `call_sid` / `agent_id`). A `{success, data}`
 *   envelope passed by mistake throws on `call_sid`, with a hint to pass `data`.
 */
export function normalizeButterCall(call: ButterCall | unknown): Call {
  const ctx = new Ctx("butter");
  const input = ctx.root(call);
  if (input.call_sid === undefined && "success" in input && isObject(input.data)) {
    throw new NormalizeError(
      "butter",
      "call_sid",
      "is required but missing; this is a {success, data} response envelope: normalize its `data`",
    );
  }
  const id = ctx.id(input?.call_sid, "call_sid");
  const agentId = ctx.id(input?.agent_id, "agent_id");
  const startedAt = isoToIso(ctx, input, "start_time", "start_time");
  const endedAt = isoToIso(ctx, input, "end_time", "end_time");
  const seconds = ctx.number(input?.duration_seconds, "duration_seconds", { nonNegative: true });
  let givenMs = seconds === undefined ? undefined : secondsToMs(seconds);
  if (givenMs !== undefined && !Number.isSafeInteger(givenMs)) {
    ctx.warn("duration_seconds", `out of range: ${seconds}`);
    givenMs = undefined;
  }
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  // `summary` and `agent_config` are type-checked (and warned about) by mapButterEndReason/convertButterStack.
  const summary = isObject(input.summary) ? input.summary : undefined;
  const agentConfig = isObject(input.agent_config) ? input.agent_config : undefined;

  const full = hasTranscript(input, "transcript");
  const result: Call = {
    provider: "butter",
    id,
    agentId,
    agentName: ctx.string(input?.agent_name, "agent_name"),
    channel: mapButterChannel(ctx, input),
    direction: mapButterDirection(ctx, input),
    status: mapButterStatus(ctx, input),
    from: ctx.string(input?.from_number, "from_number"),
    to: ctx.string(input?.to_number, "to_number"),
    startedAt,
    endedAt,
    durationMs: durationMs(givenMs, startedAt, endedAt, {
      ctx,
      startPath: "start_time",
      endPath: "end_time",
    }),
    endReason: mapButterEndReason(ctx, input),
    detail: full ? "full" : "summary",
    transcript: full ? convertButterTranscript(ctx, input) : undefined,
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertButterCost(ctx, input),
    latency: convertButterLatency(ctx, input),
    usage: convertButterUsage(ctx, input),
    stack: convertButterStack(ctx, input),
    interruptions: count(ctx, summary, "interruptions", "summary.interruptions"),
    turnCount: count(ctx, input, "turn_count", "turn_count"),
    metadata: compact({
      trace_id: ctx.string(input?.trace_id, "trace_id"),
      client_id: ctx.string(input?.client_id, "client_id"),
      recording_enabled: ctx.boolean(input?.recording_enabled, "recording_enabled"),
      created_at: ctx.string(input?.created_at, "created_at"),
      updated_at: ctx.string(input?.updated_at, "updated_at"),
      errors: cloneData(ctx.object(input?.errors, "errors")),
      billing_status: ctx.string(input?.billing_status, "billing_status"),
      agent_config: cloneData(agentConfig),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
