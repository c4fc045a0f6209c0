import type { Role, TranscriptTurn, Word } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../shared/context.js";

/** Zudu `transcript_object[].role` → role (Retell's names): `assistant`/`agent` → agent, `user` → user. */
export const ZUDU_ROLE: Readonly<Record<string, Role>> = {
  assistant: "agent",
  agent: "agent",
  user: "user",
  tool: "tool",
  tool_call_invocation: "tool",
  tool_call_result: "tool",
};

/**
 * Converts `call.transcript_object` (`[{role, content, timestamp, words[{word, start, end}]}]`, times in
 * epoch **ms**) into turns. Source: seed 002 and the product rule: `startMs` = turn `timestamp` −
 * `start_timestamp`; words are kept with `startMs`/`endMs` = their `start`/`end` − `start_timestamp`; a
 * turn's `endMs` is its last word's end offset when words are given. Without a `start_timestamp`, offsets
 * stay absent (one warning). The plain-text `transcript` and `transcript_with_tool_calls` stay in `raw`.
 * An entry that is not an object or has no string `content` is left out with a warning.
 */
export function convertZuduTranscript(
  ctx: Ctx,
  call: JsonObject,
  startMs: number | undefined,
): TranscriptTurn[] {
  const entries = ctx.array(call, "transcript_object", "transcript_object") ?? [];
  if (entries.length > 0 && startMs === undefined) {
    ctx.warn("start_timestamp", "missing; transcript offsets are left out");
  }
  const offset = (value: unknown, path: string): number | undefined => {
    if (value === undefined || value === null || startMs === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < startMs) {
      ctx.warn(path, `expected epoch milliseconds ≥ start_timestamp, got ${describe(value)}`);
      return undefined;
    }
    return Math.round(value - startMs);
  };
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const path = `transcript_object[${i}]`;
    if (!isObject(entry) || typeof entry.content !== "string") {
      ctx.warn(path, `expected {role, content: string, timestamp}, got ${describe(entry)}; turn left out`);
      continue;
    }
    const role = typeof entry.role === "string" ? ZUDU_ROLE[entry.role.toLowerCase()] : undefined;
    if (!role) ctx.warn(`${path}.role`, `unknown role ${JSON.stringify(entry.role)}; role "other"`);
    const turn: TranscriptTurn = { role: role ?? "other", text: entry.content };
    const start = offset(entry.timestamp, `${path}.timestamp`);
    if (start !== undefined) turn.startMs = start;
    const wordsIn = Array.isArray(entry.words) ? entry.words : undefined;
    if (entry.words !== undefined && entry.words !== null && !wordsIn)
      ctx.warn(`${path}.words`, `expected an array, got ${describe(entry.words)}`);
    if (wordsIn && wordsIn.length > 0) {
      const words: Word[] = [];
      wordsIn.forEach((w, j) => {
        const wordPath = `${path}.words[${j}]`;
        if (!isObject(w) || typeof w.word !== "string") {
          ctx.warn(wordPath, `expected {word: string, start, end}, got ${describe(w)}; word left out`);
          return;
        }
        const word: Word = { word: w.word };
        const ws = offset(w.start, `${wordPath}.start`);
        const we = offset(w.end, `${wordPath}.end`);
        if (ws !== undefined) word.startMs = ws;
        if (we !== undefined) word.endMs = we;
        words.push(word);
      });
      turn.words = words;
      const lastEnd = words[words.length - 1]?.endMs;
      if (lastEnd !== undefined) turn.endMs = lastEnd;
    }
    turns.push(turn);
  }
  return turns;
}
