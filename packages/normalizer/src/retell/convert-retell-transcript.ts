import type { Role, TranscriptTurn, Word } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";
import { secondsToMs } from "../common/time.js";

/**
 * Retell utterance `role` → unified role. Source: https://docs.retellai.com/api-references/get-call,
 * `transcript_object[].role` ∈ `agent | user | transfer_target`: `agent` → `agent`, `user` → `user`,
 * `transfer_target` (the party a call was transferred to) → `other`. Any other role → `other` with a warning.
 */
export const RETELL_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  agent: "agent",
  user: "user",
  transfer_target: "other",
});

/**
 * Converts a Retell transcript into unified turns, in order, from the richest source present:
 *
 * 1. `transcript_with_tool_calls` (non-empty): utterances (as in 2.), `tool_call_invocation` → a `tool` turn
 *    `name(arguments)`, `tool_call_result` → a `tool` turn with its `content`, `dtmf` → a `user` turn whose
 *    text is the `digit`, `sms` and `injected` → `other` turns with their `content`; `node_transition`
 *    entries are flow bookkeeping, not conversation, and stay in `raw` only.
 * 2. `transcript_object` (non-empty): one turn per utterance `{role, content, words[{word, start, end}]}`.
 * 3. `transcript` (the plain text, `"Agent: …\nUser: …"`): one turn per `Agent:`/`User:` line; a line
 *    without a prefix continues the previous turn (a first line without one is an `other` turn, warned).
 *
 * **Timings** (source: the reference's `words[].start`/`end`, "Start time of the word in the call in
 * second. This is relative audio time, not wall time"): word times are **seconds** from the start of the
 * call audio → integer `startMs`/`endMs` from the call start. An utterance has no time of its own, so the
 * turn's `startMs` is its earliest word start and `endMs` its latest word end; a turn whose words carry no
 * timings has neither. A word without a string `word` is left out with a warning; a negative or non-number
 * time is warned about and left off that word. An entry that cannot be a turn (not an object, no string
 * text) is left out with a warning naming its index; everything stays in `raw`. Nothing given → `[]`.
 */
export function convertRetellTranscript(ctx: Ctx, call: JsonObject): TranscriptTurn[] {
  const items = ctx.array(call?.transcript_with_tool_calls, "transcript_with_tool_calls");
  if (items && items.length > 0) return convertItems(ctx, items);
  const utterances = ctx.array(call?.transcript_object, "transcript_object");
  if (utterances && utterances.length > 0) {
    const turns: TranscriptTurn[] = [];
    utterances.forEach((entry, i) => {
      const turn = utteranceTurn(ctx, entry, `transcript_object[${i}]`);
      if (turn) turns.push(turn);
    });
    return turns;
  }
  const text = ctx.string(call?.transcript, "transcript");
  return text === undefined ? [] : parseText(ctx, text);
}

/** Roles of `transcript_with_tool_calls` entries that are not utterances. */
const NON_UTTERANCE = new Set([
  "tool_call_invocation",
  "tool_call_result",
  "dtmf",
  "sms",
  "injected",
  "node_transition",
]);

function convertItems(ctx: Ctx, items: unknown[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  items.forEach((entry, i) => {
    const path = `transcript_with_tool_calls[${i}]`;
    if (!isObject(entry)) {
      ctx.warn(path, `expected an object, got ${describe(entry)}; turn left out`);
      return;
    }
    const role = typeof entry.role === "string" ? entry.role : undefined;
    if (role === undefined || !NON_UTTERANCE.has(role)) {
      const turn = utteranceTurn(ctx, entry, path);
      if (turn) turns.push(turn);
      return;
    }
    if (role === "node_transition") return;
    if (role === "tool_call_invocation") {
      const name = requiredString(ctx, entry, "name", path);
      if (name === undefined) return;
      const args = ctx.string(entry?.arguments, `${path}.arguments`) ?? "";
      turns.push({ role: "tool", text: `${name}(${args})` });
      return;
    }
    const key = role === "dtmf" ? "digit" : "content";
    const text = requiredString(ctx, entry, key, path);
    if (text === undefined) return;
    turns.push({ role: role === "tool_call_result" ? "tool" : role === "dtmf" ? "user" : "other", text });
  });
  return turns;
}

/** `entry[key]` when it is a string; else a warning naming the field, and `undefined` (the turn is left out). */
function requiredString(ctx: Ctx, entry: JsonObject, key: string, path: string): string | undefined {
  const value = entry[key];
  if (typeof value === "string") return value;
  ctx.warn(
    `${path}.${key}`,
    `${value === undefined ? "missing" : `expected a string, got ${describe(value)}`}; turn left out`,
  );
  return undefined;
}

/** One utterance `{role, content, words}` → a turn with word timings; `undefined` (warned) when unusable. */
function utteranceTurn(ctx: Ctx, entry: unknown, path: string): TranscriptTurn | undefined {
  if (!isObject(entry)) {
    ctx.warn(path, `expected an object, got ${describe(entry)}; turn left out`);
    return undefined;
  }
  const text = requiredString(ctx, entry, "content", path);
  if (text === undefined) return undefined;
  const speaker = entry.role;
  const role =
    typeof speaker === "string" && Object.hasOwn(RETELL_ROLE, speaker) ? RETELL_ROLE[speaker] : undefined;
  if (!role) {
    ctx.warn(
      `${path}.role`,
      `${typeof speaker === "string" ? `unknown role ${JSON.stringify(speaker)}` : speaker === undefined ? "missing" : `expected a string, got ${describe(speaker)}`}; role "other"`,
    );
  }
  const turn: TranscriptTurn = { role: role ?? "other", text };
  const words = convertWords(ctx, entry, path);
  if (words.length === 0) return turn;
  let startMs: number | undefined;
  let endMs: number | undefined;
  for (const word of words) {
    if (word.startMs !== undefined && (startMs === undefined || word.startMs < startMs))
      startMs = word.startMs;
    if (word.endMs !== undefined && (endMs === undefined || word.endMs > endMs)) endMs = word.endMs;
  }
  if (startMs !== undefined) turn.startMs = startMs;
  if (endMs !== undefined) turn.endMs = endMs;
  turn.words = words;
  return turn;
}

/** `words[{word, start, end}]` (seconds from the call start) → unified words (integer ms). */
function convertWords(ctx: Ctx, utterance: JsonObject, path: string): Word[] {
  const list = ctx.array(utterance?.words, `${path}.words`) ?? [];
  const words: Word[] = [];
  list.forEach((item, j) => {
    const wordPath = `${path}.words[${j}]`;
    if (!isObject(item)) {
      ctx.warn(wordPath, `expected an object, got ${describe(item)}; word left out`);
      return;
    }
    if (typeof item.word !== "string") {
      ctx.warn(
        `${wordPath}.word`,
        `${item.word === undefined ? "missing" : `expected a string, got ${describe(item.word)}`}; word left out`,
      );
      return;
    }
    const word: Word = { word: item.word };
    const startMs = offsetMs(ctx, item, "start", `${wordPath}.start`);
    const endMs = offsetMs(ctx, item, "end", `${wordPath}.end`);
    if (startMs !== undefined) word.startMs = startMs;
    if (endMs !== undefined) word.endMs = endMs;
    words.push(word);
  });
  return words;
}

/** A word time in seconds from the call start → integer ms; warned and `undefined` when unusable. */
function offsetMs(ctx: Ctx, item: JsonObject, key: string, path: string): number | undefined {
  const seconds = ctx.number(item?.[key], path, { nonNegative: true });
  if (seconds === undefined) return undefined;
  const ms = secondsToMs(seconds);
  if (Number.isSafeInteger(ms)) return ms;
  ctx.warn(path, `out of range: ${seconds}`);
  return undefined;
}

const PREFIX = /^(Agent|User):\s?/;

/** The plain `transcript` text → turns, one per `Agent:`/`User:` line. */
function parseText(ctx: Ctx, text: string): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const match = PREFIX.exec(line);
    if (match) {
      turns.push({ role: match[1] === "Agent" ? "agent" : "user", text: line.slice(match[0].length) });
      continue;
    }
    const last = turns[turns.length - 1];
    if (last) {
      last.text = `${last.text}\n${line}`;
      continue;
    }
    ctx.warn("transcript", 'first line has no "Agent:" or "User:" prefix; role "other"');
    turns.push({ role: "other", text: line });
  }
  return turns;
}
