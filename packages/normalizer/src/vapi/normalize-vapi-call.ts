import type { Call } from "../call.js";
import { Ctx, cloneData, describe, type JsonObject } from "../common/context.js";
import { finishCall } from "../common/finish-call.js";
import { durationMs, instantMs, isoToIso } from "../common/time.js";
import { NormalizeError } from "../errors.js";
import { convertVapiAnalysis } from "./convert-vapi-analysis.js";
import { convertVapiCost } from "./convert-vapi-cost.js";
import { convertVapiLatency } from "./convert-vapi-latency.js";
import { convertVapiParties } from "./convert-vapi-parties.js";
import { convertVapiStack } from "./convert-vapi-stack.js";
import { convertVapiTranscript } from "./convert-vapi-transcript.js";
import { convertVapiUsage } from "./convert-vapi-usage.js";
import { mapVapiCallType } from "./map-vapi-call-type.js";
import { mapVapiEndReason } from "./map-vapi-end-reason.js";
import { mapVapiStatus } from "./map-vapi-status.js";
import type { VapiCall } from "./types.js";

/** Keys copied into `metadata` when present (ids and labels with no unified field). */
const METADATA_KEYS = [
  "orgId",
  "squadId",
  "workflowId",
  "campaignId",
  "phoneNumberId",
  "customerId",
  "name",
  "endedMessage",
  "createdAt",
  "updatedAt",
  "phoneCallProvider",
  "phoneCallProviderId",
  "phoneCallTransport",
] as const;

/**
 * The agent id: `assistantId`, else `squadId`, else `workflowId` (https://docs.vapi.ai/api-reference/calls/get:
 * a call runs a saved assistant, squad or workflow, or a transient one given inline). A call with none of
 * them (a transient assistant, or a partial record such as the guides' examples) gets `""` and a warning.
 * @throws {NormalizeError} when one of them is present but not a non-empty string.
 */
function agentIdOf(ctx: Ctx, call: JsonObject): string {
  for (const key of ["assistantId", "squadId", "workflowId"]) {
    const value = call[key];
    if (value === undefined || value === null) continue;
    if (typeof value === "string" && value !== "") return value;
    throw new NormalizeError("vapi", key, `expected a non-empty string, got ${describe(value)}`);
  }
  ctx.warn(
    "assistantId",
    'missing (no assistantId, squadId or workflowId: a transient assistant?); agentId is ""',
  );
  return "";
}

/** What {@link normalizeVapiCall} takes: `GET /call/{id}` and the rows of `GET /call` (whole calls). */
export type VapiCallInput = VapiCall;

/**
 * Normalizes a Vapi call (`GET /call/{id}`, one item of `GET /call`, or the `call` of a webhook message) into
 * a {@link Call}. Source of every field: https://docs.vapi.ai/api-reference/calls/get unless said.
 *
 * - `id` → `id` (required); `assistantId` (else `squadId`, `workflowId`) → `agentId`.
 * - `type` → `channel`/`direction` (`mapVapiCallType`); `customer.number` and `phoneNumber.number` →
 *   `from`/`to` by direction (`convertVapiParties`).
 * - `status` → `status` (`mapVapiStatus`, refined by the end reason); `endedReason` → `endReason` by family
 *   (`mapVapiEndReason`, https://docs.vapi.ai/calls/call-ended-reason).
 * - `startedAt`/`endedAt` (ISO 8601) → `startedAt`/`endedAt` (UTC, ms); Vapi has **no duration field**:
 *   `durationMs` = `endedAt − startedAt`, absent when either is missing (or end < start).
 * - `artifact.messages` → `transcript` (`convertVapiTranscript`: `secondsFromStart` s, `time`/`endTime` epoch
 *   ms or s detected by size); `artifact.recordingUrl` (else `recording.mono.combinedUrl`,
 *   `stereoRecordingUrl`, `recording.stereoUrl`) → `recording.url`.
 * - `cost` (USD) + `costBreakdown` or `costs[]` → `cost` (`convertVapiCost`); token and character counts →
 *   `usage`; `artifact.performanceMetrics` (ms) → `latency`; `numAssistantInterrupted` → `interruptions`;
 *   the vendors of `costs[]` (`model`, `transcriber`, `voice`) → `stack` (`convertVapiStack`).
 * - `analysis` {`summary`, `successEvaluation`, `structuredData`} → `analysis` (`convertVapiAnalysis`).
 * - ids and labels without a unified field (`orgId`, `phoneNumberId`, `phoneCallProviderId`, `createdAt`, …)
 *   → `metadata` (copied). The input is `raw`, untouched; every value that could not be mapped is a
 *   `warnings` entry.
 *
 * @throws {NormalizeError} when `call` is not an object, `id` is missing or not a non-empty string, or
 *   `assistantId`/`squadId`/`workflowId` is present but not a non-empty string.
 */
export function normalizeVapiCall(call: VapiCall | unknown): Call {
  const ctx = new Ctx("vapi");
  const input = ctx.root(call);
  const id = ctx.id(input?.id, "id");
  const agentId = agentIdOf(ctx, input);
  const { channel, direction } = mapVapiCallType(ctx, input);
  const startedAt = isoToIso(ctx, input, "startedAt", "startedAt");
  const endedAt = isoToIso(ctx, input, "endedAt", "endedAt");
  const endReason = mapVapiEndReason(ctx, input);
  const artifact = ctx.object(input?.artifact, "artifact");
  const recordingBlock = ctx.object(artifact?.recording, "artifact.recording");
  const recordingUrl =
    ctx.string(artifact?.recordingUrl, "artifact.recordingUrl") ??
    ctx.string(
      ctx.object(recordingBlock?.mono, "artifact.recording.mono")?.combinedUrl,
      "artifact.recording.mono.combinedUrl",
    ) ??
    ctx.string(artifact?.stereoRecordingUrl, "artifact.stereoRecordingUrl") ??
    ctx.string(recordingBlock?.stereoUrl, "artifact.recording.stereoUrl");
  const metrics = ctx.object(artifact?.performanceMetrics, "artifact.performanceMetrics");
  const interruptions = ctx.number(
    metrics?.numAssistantInterrupted,
    "artifact.performanceMetrics.numAssistantInterrupted",
    { nonNegative: true },
  );
  const metadata: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) {
    const value = input[key];
    if (value !== undefined && value !== null) metadata[key] = cloneData(value);
  }

  const result: Call = {
    provider: "vapi",
    id,
    agentId,
    channel,
    direction,
    status: mapVapiStatus(ctx, input, endReason),
    ...convertVapiParties(ctx, input, direction),
    startedAt,
    endedAt,
    durationMs: durationMs(undefined, startedAt, endedAt),
    endReason,
    // Vapi's list returns whole calls: a call without messages (queued, or never answered) had no
    // conversation, so it is a full record with an empty transcript.
    transcript: convertVapiTranscript(ctx, input, startedAt === undefined ? undefined : instantMs(startedAt)),
    detail: "full",
    recording: recordingUrl ? { url: recordingUrl } : undefined,
    cost: convertVapiCost(ctx, input),
    latency: convertVapiLatency(ctx, input),
    usage: convertVapiUsage(ctx, input),
    analysis: convertVapiAnalysis(ctx, input),
    stack: convertVapiStack(ctx, input),
    interruptions:
      interruptions !== undefined && Number.isSafeInteger(interruptions) ? interruptions : undefined,
    metadata,
    raw: input,
    warnings: ctx.warnings,
  };
  return finishCall(result);
}
