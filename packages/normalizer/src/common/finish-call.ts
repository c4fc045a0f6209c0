import type { Call } from "../call.js";

/**
 * The unified {@link Call} from all its fields, without the optional ones that are `undefined` — what
 * `compact(call)` gives (absent stays absent in JSON and in deep equality), with the fields in the unified
 * spec's order (specs/unified.yaml `Call`). Written as one named store per field rather than a loop over
 * the keys: it runs once per normalized call, and a keyed copy of ~25 fields cost more than the rest of a
 * small call's mapping.
 */
export function finishCall(f: Call): Call {
  const out = { provider: f.provider, id: f.id, agentId: f.agentId } as Call;
  if (f.agentName !== undefined) out.agentName = f.agentName;
  out.channel = f.channel;
  if (f.direction !== undefined) out.direction = f.direction;
  out.status = f.status;
  if (f.from !== undefined) out.from = f.from;
  if (f.to !== undefined) out.to = f.to;
  if (f.startedAt !== undefined) out.startedAt = f.startedAt;
  if (f.endedAt !== undefined) out.endedAt = f.endedAt;
  if (f.durationMs !== undefined) out.durationMs = f.durationMs;
  if (f.endReason !== undefined) out.endReason = f.endReason;
  out.detail = f.detail;
  if (f.transcript !== undefined) out.transcript = f.transcript;
  if (f.recording !== undefined) out.recording = f.recording;
  if (f.cost !== undefined) out.cost = f.cost;
  if (f.latency !== undefined) out.latency = f.latency;
  if (f.usage !== undefined) out.usage = f.usage;
  if (f.analysis !== undefined) out.analysis = f.analysis;
  if (f.stack !== undefined) out.stack = f.stack;
  if (f.interruptions !== undefined) out.interruptions = f.interruptions;
  if (f.turnCount !== undefined) out.turnCount = f.turnCount;
  out.metadata = f.metadata;
  out.raw = f.raw;
  out.warnings = f.warnings;
  return out;
}
