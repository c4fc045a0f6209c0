import type { Role, TranscriptTurn, Word } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";

/**
 * Zudu `transcript_object[].role` → unified role, compared case-insensitively. Source:
 * https://docs.zudu.ai/api-reference/calls/get-calls-call-id (`assistant`)
 * and the product issue's rule: `assistant`/`agent` → `agent`, `user` → `user`, tool-ish roles → `tool`.
 * Exact names here; any other role containing `tool` or `function` (Retell's `tool_call_invocation`,
 * `tool_call_result`, OpenAI-style `function`) is `tool` too ({@link zuduRole}); everything else → `other`
 * with a warning.
 */
export const ZUDU_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  assistant: "agent",
  agent: "agent",
  user: "user",
  tool: "tool",
});

/** Roles that are tool calls or results (product issue: "tool-ish → tool"). */
const TOOLISH = /tool|function/;

/** The unified role of a Zudu role string, or `undefined` when it is not known. See {@link ZUDU_ROLE}. */
export function zuduRole(role: string): Role | undefined {
  const key = role.toLowerCase();
  if (Object.hasOwn(ZUDU_ROLE, key)) return ZUDU_ROLE[key];
  return TOOLISH.test(key) ? "tool" : undefined;
}

/**
 * Converts `call.transcript_object` (`[{role, content, timestamp, words: [{word, start, end}]}]`, all times
 * Unix epoch **milliseconds**, https://docs.zudu.ai/api-reference/calls/get-calls-call-id) into unified
 * turns. Source: the product issue's rules:
 *
 * - `content` → `text`; `role` → `role` ({@link zuduRole}).
 * - `startMs` = turn `timestamp` − `callStartMs` (the call's `start_timestamp`).
 * - `words` are kept; each word's `startMs`/`endMs` = its `start`/`end` − `callStartMs`.
 * - A turn's `endMs` = its last word's end offset when words (with an `end`) are given; otherwise absent.
 * - Offsets are rounded to whole ms (the unified model types them as integers).
 * - Without `callStartMs` (no valid `start_timestamp`), every offset is absent, with one warning.
 * - The plain-text `transcript` and `transcript_with_tool_calls` are not read: they stay in `raw` only.
 *
 * Warnings (the turn or word is still kept unless said): an entry that is not an object or has no string
 * `content` is left out; a word that is not an object with a string `word` is left out; a time that is not
 * a finite number, or lies before the call start, leaves that offset out. Never throws.
 *
 * @param callStartMs - the call's `start_timestamp` (epoch ms), or `undefined` when unknown.
 */
export function convertZuduTranscript(
  ctx: Ctx,
  call: JsonObject,
  callStartMs: number | undefined,
): TranscriptTurn[] {
  const entries = ctx.array(call?.transcript_object, "transcript_object") ?? [];
  if (entries.length > 0 && callStartMs === undefined) {
    ctx.warn("start_timestamp", "missing or invalid; transcript offsets are left out");
  }
  /** The path of a turn's field, or of a word's: built only for a warning. */
  const pathOf = (i: number, j: number | undefined, field: string) =>
    j === undefined ? `transcript_object[${i}].${field}` : `transcript_object[${i}].words[${j}].${field}`;
  const offset = (value: unknown, i: number, j: number | undefined, field: string): number | undefined => {
    if (value === undefined || value === null || callStartMs === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < callStartMs) {
      ctx.warn(pathOf(i, j, field), `expected epoch milliseconds ≥ start_timestamp, got ${describe(value)}`);
      return undefined;
    }
    return Math.round(value - callStartMs);
  };
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry) || typeof entry.content !== "string") {
      ctx.warn(
        `transcript_object[${i}]`,
        `expected {role, content: string, timestamp}, got ${describe(entry)}; turn left out`,
      );
      continue;
    }
    const role = typeof entry.role === "string" ? zuduRole(entry.role) : undefined;
    if (!role) {
      const problem =
        entry.role === undefined || entry.role === null ? "missing" : `unknown role ${describe(entry.role)}`;
      ctx.warn(pathOf(i, undefined, "role"), `${problem}; role "other"`);
    }
    const turn: TranscriptTurn = { role: role ?? "other", text: entry.content };
    const start = offset(entry.timestamp, i, undefined, "timestamp");
    if (start !== undefined) turn.startMs = start;
    const wordsIn = Array.isArray(entry.words)
      ? entry.words
      : ctx.array(entry.words, pathOf(i, undefined, "words"));
    if (wordsIn && wordsIn.length > 0) {
      const words: Word[] = [];
      for (let j = 0; j < wordsIn.length; j++) {
        const w = wordsIn[j];
        if (!isObject(w) || typeof w.word !== "string") {
          ctx.warn(
            `transcript_object[${i}].words[${j}]`,
            `expected {word: string, start, end}, got ${describe(w)}; word left out`,
          );
          continue;
        }
        const word: Word = { word: w.word };
        const ws = offset(w.start, i, j, "start");
        const we = offset(w.end, i, j, "end");
        if (ws !== undefined) word.startMs = ws;
        if (we !== undefined) word.endMs = we;
        words.push(word);
      }
      turn.words = words;
      const lastEnd = words[words.length - 1]?.endMs;
      if (lastEnd !== undefined) turn.endMs = lastEnd;
    }
    turns.push(turn);
  }
  return turns;
}
