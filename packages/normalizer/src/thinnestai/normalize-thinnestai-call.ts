import type { Call, Recording } from "../call.js";
import { Ctx, compact, isObject } from "../common/context.js";
import { count } from "../common/count.js";
import { hasTranscript } from "../common/detail.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, isoToIso, secondsToMs } from "../common/time.js";
import { convertThinnestAIAnalysis } from "./convert-thinnestai-analysis.js";
import { convertThinnestAICost } from "./convert-thinnestai-cost.js";
import { convertThinnestAIStack } from "./convert-thinnestai-stack.js";
import { convertThinnestAITranscript } from "./convert-thinnestai-transcript.js";
import { mapThinnestAIChannel } from "./map-thinnestai-channel.js";
import { mapThinnestAIEndReason } from "./map-thinnestai-end-reason.js";
import { mapThinnestAIStatus } from "./map-thinnestai-status.js";
import type { ThinnestAICall, ThinnestAICallSummary } from "./thinnestai-call.js";

/** What {@link normalizeThinnestAICall} takes: `GET /v2/calls/{call_id}` (`Call`) or a row of `GET /v2/calls` (`CallSummary`, no transcript). */
export type ThinnestAICallInput = ThinnestAICall | ThinnestAICallSummary;

/**
 * Normalizes one ThinnestAI call into a {@link Call}: the object of `GET /v2/calls/{call_id}`
 * (https://docs.thinnest.ai/api-reference/calls/get,
 * a bare call object) or one summary row of `GET /v2/calls`
 * (https://docs.thinnest.ai/api-reference/calls/list: `{calls: [summary…], total}`;
 * a row has no transcript and normalizes with `transcript` absent and `detail: "summary"`). The `{data, message,
 * status}` wrapper one ThinnestAI page mentions is unwrapped by the client (`@switchboard/thinnestai`);
 * this function receives the call itself.
 *
 * Mapping (source: ThinnestAI "Get Call" reference, https://docs.thinnest.ai/api-reference/calls/get, and the
 * rules of the product issue):
 * - `id` (integer) → `id` as a decimal string (`77` → `"77"`; a string id is kept as is); `agent_id` →
 *   `agentId`; `agent_name` → `agentName`.
 * - `type`, else `call_direction` → `channel`/`direction`: `web` → web with **no** direction;
 *   `inbound`/`outbound` → phone with that direction; unknown → warning ({@link mapThinnestAIChannel}).
 * - `caller_phone` and `phone_number` (the **agent's** number) → `from`/`to` by direction: inbound → from =
 *   caller, to = agent; outbound → from = agent, to = caller; web (or no direction) → absent unless given,
 *   then as inbound.
 * - `status` → `status` ({@link mapThinnestAIStatus}); `ended_reason` → `endReason`
 *   ({@link mapThinnestAIEndReason}).
 * - `started_at`/`ended_at` (ISO 8601) → `startedAt`/`endedAt` (UTC, ms); `duration_seconds` (float
 *   **seconds**) → `durationMs` (99.1 → 99100); when it is absent (or invalid), `ended_at − started_at`.
 * - `transcript` (`timestamp` = string of seconds from call start) → `transcript`
 *   ({@link convertThinnestAITranscript}).
 * - `recording_url` → `recording.url`; `recording_duration` (integer **seconds**) → `recording.durationMs`
 *   (99 → 99000). A `recording_duration` without `recording_url` is warned about and left in `raw` (our
 *   decision: the unified recording requires a url).
 * - `cost` → `cost` in USD from `total_usd` and the breakdown ({@link convertThinnestAICost}).
 * - `latency_ms` (integer ms, the **average** turn-around latency) → `latency.e2e.mean`.
 * - `analysis` → `analysis` ({@link convertThinnestAIAnalysis}); `model`/`transcriber`/`voice` → `stack`
 *   ({@link convertThinnestAIStack}); `interruptions` (whole number ≥ 0) → `interruptions`.
 * - `metadata`: `created_at`, `updated_at` (strings, as sent) and `cost.total_inr` (as `total_inr`).
 * - The input is `raw`, untouched; every value that could not be mapped is a `warnings` entry, never a throw.
 *
 * @throws {NormalizeError} (provider `"thinnestai"`) when `call` is not an object (path `""`), when `id` is
 *   missing or neither a safe integer nor a non-empty string (path `"id"`), or when `agent_id` is missing
 *   or not a non-empty string (path `"agent_id"`).
 */
export function normalizeThinnestAICall(call: ThinnestAICall | unknown): Call {
  const ctx = new Ctx("thinnestai");
  const input = ctx.root(call);
  const id = ctx.id(input?.id, "id", { integer: true });
  const agentId = ctx.id(input?.agent_id, "agent_id");
  const { channel, direction } = mapThinnestAIChannel(ctx, input);
  const caller = ctx.string(input?.caller_phone, "caller_phone");
  const agentNumber = ctx.string(input?.phone_number, "phone_number");
  const outbound = direction === "outbound";
  const startedAt = isoToIso(ctx, input, "started_at", "started_at");
  const endedAt = isoToIso(ctx, input, "ended_at", "ended_at");
  const seconds = ctx.number(input?.duration_seconds, "duration_seconds", { nonNegative: true });
  const recordingUrl = ctx.string(input?.recording_url, "recording_url");
  const recordingSeconds = ctx.number(input?.recording_duration, "recording_duration", {
    nonNegative: true,
  });
  let recording: Recording | undefined;
  if (recordingUrl) {
    recording = compact({
      url: recordingUrl,
      durationMs: recordingSeconds === undefined ? undefined : secondsToMs(recordingSeconds),
    });
  } else if (recordingSeconds !== undefined) {
    ctx.warn("recording_duration", "given without recording_url; kept in raw only");
  }
  const latencyMs = ctx.number(input?.latency_ms, "latency_ms", { nonNegative: true });
  const cost = isObject(input.cost) ? input.cost : undefined; // type warning: convertThinnestAICost

  const full = hasTranscript(input, "transcript");
  const result: Call = {
    provider: "thinnestai",
    id,
    agentId,
    agentName: ctx.string(input?.agent_name, "agent_name"),
    channel,
    direction,
    status: mapThinnestAIStatus(ctx, input),
    from: outbound ? agentNumber : caller,
    to: outbound ? caller : agentNumber,
    startedAt,
    endedAt,
    durationMs: durationMs(seconds === undefined ? undefined : secondsToMs(seconds), startedAt, endedAt, {
      ctx,
      startPath: "started_at",
      endPath: "ended_at",
    }),
    endReason: mapThinnestAIEndReason(ctx, input),
    detail: full ? "full" : "summary",
    transcript: full ? convertThinnestAITranscript(ctx, input) : undefined,
    recording,
    cost: convertThinnestAICost(ctx, input),
    latency: latencyMs === undefined ? undefined : { e2e: { mean: latencyMs } },
    analysis: convertThinnestAIAnalysis(ctx, input),
    stack: convertThinnestAIStack(ctx, input),
    interruptions: count(ctx, input, "interruptions", "interruptions"),
    metadata: compact({
      created_at: ctx.string(input?.created_at, "created_at"),
      updated_at: ctx.string(input?.updated_at, "updated_at"),
      total_inr: ctx.number(cost?.total_inr, "cost.total_inr"),
    }),
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
