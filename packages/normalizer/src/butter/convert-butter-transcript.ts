import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";
import { secondsToMs } from "../common/time.js";

/** Options of the checked read of `relative_time`. */
const NON_NEGATIVE = { nonNegative: true } as const;

/**
 * Butter transcript `speaker` → unified role. Source: https://docs.getbutter.ai/api-reference/calls/get,
 * `transcript[].speaker` (the example uses
 * `assistant`); issue rule "Transcript": `assistant`/`agent` → `agent`, `user` → `user`; any other speaker →
 * `other` with a warning. Compared case-insensitively.
 */
export const BUTTER_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  assistant: "agent",
  agent: "agent",
  user: "user",
});

/**
 * Converts `call.transcript` — `[{turn, speaker, text, relative_time, timestamp}]`,
 * https://docs.getbutter.ai/api-reference/calls/get — into unified
 * turns, in the order given.
 * - `text` (string) → `text`; an entry that is not an object, or has no string `text`, is left out with a
 *   warning naming its index (it stays in `raw`).
 * - `speaker` → `role` via {@link BUTTER_ROLE}; unknown or missing → `other` with a warning.
 * - `relative_time` (**seconds** from the call start) → `startMs` (integer ms); absent when not given, a
 *   negative or non-number value is warned about. Butter gives no end time, so `endMs` stays absent; the
 *   absolute `timestamp` and `turn` number stay in `raw` (in the documented example, `timestamp` is 5 s before
 *   `start_time` while `relative_time` is 0, so it is not used to derive offsets).
 *
 * `turns[]` (the detailed event view) is not turned into transcript (issue rule); see
 * {@link convertButterLatency}. No `transcript` → `[]`.
 */
export function convertButterTranscript(ctx: Ctx, call: JsonObject): TranscriptTurn[] {
  const entries = ctx.array(call?.transcript, "transcript") ?? [];
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry)) {
      ctx.warn(`transcript[${i}]`, `expected an object, got ${describe(entry)}; turn left out`);
      continue;
    }
    if (typeof entry.text !== "string") {
      ctx.warn(
        `transcript[${i}].text`,
        `${entry.text === undefined ? "missing" : `expected a string, got ${describe(entry.text)}`}; turn left out`,
      );
      continue;
    }
    const speaker = entry.speaker;
    const role = typeof speaker === "string" ? lookupFolded(BUTTER_ROLE, speaker) : undefined;
    if (!role) {
      ctx.warn(
        `transcript[${i}].speaker`,
        `${typeof speaker === "string" ? `unknown speaker ${JSON.stringify(speaker)}` : speaker === undefined ? "missing" : `expected a string, got ${describe(speaker)}`}; role "other"`,
      );
    }
    const time = entry.relative_time;
    // A number ≥ 0 (the usual turn) is taken as it is; anything else goes through the checked reader.
    const seconds =
      typeof time === "number" && time >= 0 && Number.isFinite(time)
        ? time
        : ctx.number(time, () => `transcript[${i}].relative_time`, NON_NEGATIVE);
    const startMs = seconds === undefined ? undefined : secondsToMs(seconds);
    const turn: TranscriptTurn = { role: role ?? "other", text: entry.text };
    if (startMs !== undefined && Number.isSafeInteger(startMs)) turn.startMs = startMs;
    else if (startMs !== undefined) ctx.warn(`transcript[${i}].relative_time`, `out of range: ${seconds}`);
    turns.push(turn);
  }
  return turns;
}
