import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject, type Path } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";
import { formatEpochMs, instantMs, isoToMs, secondsToMs } from "../common/time.js";

/**
 * Bland speaker → unified role. `transcripts[].user` "can be `user`, `assistant`, `robot`, or
 * `agent-action`" (https://docs.bland.ai/api-v1/get/calls-id): `assistant` → `agent`, `user` → `user`,
 * `agent-action` (the agent's actions, e.g. "Ended call") → `tool`, `robot` → `other` (Bland does not say
 * what `robot` is). `corrected_transcript[].speaker_label` uses `assistant`/`user`, and
 * `post_transfer_transcript` `representative` (the human the call was transferred to) → `other`
 * (https://docs.bland.ai/tutorials/post-call-webhooks). Any other value → `other` with a warning.
 */
export const BLAND_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  assistant: "agent",
  user: "user",
  "agent-action": "tool",
  robot: "other",
  representative: "other",
});

/**
 * Converts a Bland transcript into turns, in the order given.
 *
 * `transcripts[]` (Call Details and the post-call webhook) carry **absolute** times: `created_at` is an ISO
 * 8601 time, not an offset. `startMs` = `created_at − started_at` in ms (`startedAt` is the call's start
 * from {@link convertBlandTimes}). Bland does not say whether `created_at` marks the start or the end of the
 * phrase; it is used as the start, and `endMs` stays absent. Without `startedAt`, no offsets (one warning);
 * a `created_at` before the start is left out with a warning, as is an unreadable one.
 *
 * When `transcripts` is absent or `null` (List Calls rows have none) but the delayed webhook's
 * `corrected_transcript[]` is given, its segments are used: `start`/`end` are already **seconds** from the
 * start of the call → `startMs`/`endMs`.
 *
 * An entry that is not an object with a string `text` is left out with a warning naming its index (it
 * stays in `raw`). No transcript → `[]`.
 */
export function convertBlandTranscript(
  ctx: Ctx,
  call: JsonObject,
  startedAt: string | undefined,
): TranscriptTurn[] {
  const entries = ctx.array(call?.transcripts, "transcripts");
  if (entries) return fromTranscripts(ctx, entries, startedAt);
  // A present but mistyped `transcripts` was warned about; no fallback then, so the warning stands alone.
  if (call.transcripts !== undefined && call.transcripts !== null) return [];
  const segments = ctx.array(call?.corrected_transcript, "corrected_transcript");
  return segments ? fromSegments(ctx, segments) : [];
}

function roleOf(ctx: Ctx, value: unknown, path: Path): Role {
  if (typeof value === "string") {
    const role = lookupFolded(BLAND_ROLE, value);
    if (role !== undefined) return role as Role;
  }
  ctx.warn(path, `unknown speaker ${describe(value)}; role "other"`);
  return "other";
}

function fromTranscripts(ctx: Ctx, entries: unknown[], startedAt: string | undefined): TranscriptTurn[] {
  const startMs = startedAt === undefined ? undefined : instantMs(startedAt);
  const turns: TranscriptTurn[] = [];
  let warnedNoStart = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry) || typeof entry.text !== "string") {
      ctx.warn(
        `transcripts[${i}]`,
        `expected an object with a string text, got ${describe(entry)}; turn left out`,
      );
      continue;
    }
    const turn: TranscriptTurn = {
      role: roleOf(ctx, entry.user, () => `transcripts[${i}].user`),
      text: entry.text,
    };
    const at = isoToMs(ctx, entry, "created_at", () => `transcripts[${i}].created_at`);
    if (at !== undefined) {
      if (startMs === undefined) {
        if (!warnedNoStart) ctx.warn("started_at", "absent; transcript offsets (startMs) left out");
        warnedNoStart = true;
      } else {
        const offset = at - startMs;
        if (offset >= 0) turn.startMs = offset;
        else
          ctx.warn(
            `transcripts[${i}].created_at`,
            `${formatEpochMs(at)} is before started_at; startMs left out`,
          );
      }
    }
    turns.push(turn);
  }
  return turns;
}

/** A finite number of seconds ≥ 0 → integer ms, else `undefined` with a warning (absent → `undefined`). */
function offsetMs(ctx: Ctx, segment: JsonObject, key: string, path: string): number | undefined {
  const seconds = ctx.number(segment?.[key], path, { nonNegative: true });
  if (seconds === undefined) return undefined;
  const ms = secondsToMs(seconds);
  if (Number.isSafeInteger(ms)) return ms;
  ctx.warn(path, `out of range: ${seconds}`);
  return undefined;
}

function fromSegments(ctx: Ctx, segments: unknown[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  segments.forEach((segment, i) => {
    const path = `corrected_transcript[${i}]`;
    if (!isObject(segment) || typeof segment.text !== "string") {
      ctx.warn(path, `expected an object with a string text, got ${describe(segment)}; turn left out`);
      return;
    }
    const turn: TranscriptTurn = {
      role: roleOf(ctx, segment.speaker_label, `${path}.speaker_label`),
      text: segment.text,
    };
    const start = offsetMs(ctx, segment, "start", `${path}.start`);
    const end = offsetMs(ctx, segment, "end", `${path}.end`);
    if (start !== undefined) turn.startMs = start;
    if (end !== undefined && (start === undefined || end >= start)) turn.endMs = end;
    else if (end !== undefined) ctx.warn(`${path}.end`, `ends before it starts; endMs left out`);
    turns.push(turn);
  });
  return turns;
}
