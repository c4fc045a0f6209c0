import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";

/**
 * ThinnestAI `transcript[].role` → unified role, compared case-insensitively. Source:
 * https://docs.thinnest.ai/api-reference/calls/get,
 * `transcript[].role` "assistant or user"; product issue rule: `assistant` → `agent`, `user` → `user`,
 * anything else → `other` with a warning.
 */
export const THINNESTAI_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  assistant: "agent",
  user: "user",
});

/** Seconds as ThinnestAI writes them: a non-negative decimal (`"0.0"`, `"5.2"`, `"12"`); no sign, no exponent. */
const SECONDS = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The usual stamp, read without a regular expression: 1–9 digits, then optionally `.` and digits (`"12"`,
 * `"5.2"`, `"0.125"`, `"7."`, `"12.600000000000001"`) → integer ms, rounded to the nearest (`"5.2"` → 5200,
 * `"0.0126"` → 13). Returns `NaN` for any other text, and for a fourth decimal of 4 or 5 (a value that close to
 * half a millisecond is left to `Number` and `Math.round`, as {@link startMs} reads every other stamp). Both
 * agree wherever this one answers: a fourth decimal of 0–3 or 6–9 is at least 0.1 ms from the rounding edge,
 * far beyond a double's error at these magnitudes.
 */
function plainSecondsMs(text: string): number {
  const n = text.length;
  let whole = 0;
  let i = 0;
  for (; i < n && i < 9; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === 0) return Number.NaN;
  if (i === n) return whole * 1000;
  if (text.charCodeAt(i) !== 46) return Number.NaN; // "."
  let fraction = 0;
  let scale = 100;
  const end = i + 4;
  for (i++; i < n && i < end; i++, scale /= 10) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    fraction += d * scale;
  }
  if (i < n) {
    const fourth = text.charCodeAt(i) - 48;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number.NaN;
    }
    if (fourth === 4 || fourth === 5) return Number.NaN;
    if (fourth > 5) fraction += 1;
  }
  return whole * 1000 + fraction;
}

/**
 * `timestamp` → `startMs` (integer ms from call start), or `undefined` when it cannot be read. A string
 * must be a plain non-negative decimal (so `"0x10"`, `"1e3"`, `"-1"` are rejected, not coerced by
 * `Number`); a finite number ≥ 0 is accepted as seconds too (our decision: the value is unambiguous).
 */
function startMs(stamp: unknown): number | undefined {
  let seconds = Number.NaN;
  if (typeof stamp === "string") {
    const ms = plainSecondsMs(stamp);
    if (!Number.isNaN(ms)) return ms;
    // Trimmed only when it does not match as sent (the usual stamp has no surrounding space).
    if (SECONDS.test(stamp)) seconds = Number(stamp);
    else {
      const text = stamp.trim();
      if (text !== stamp && SECONDS.test(text)) seconds = Number(text);
    }
  } else if (typeof stamp === "number" && stamp >= 0) seconds = stamp;
  const ms = Math.round(seconds * 1000);
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/**
 * Converts `call.transcript` (`[{role, content, timestamp}]`) into turns `{role, text, startMs?}`.
 * Source: https://docs.thinnest.ai/api-reference/calls/get: `timestamp` is a **string of seconds from call
 * start** (product issue
 * rule: `"5.2"` → `startMs` 5200). ThinnestAI gives no end times, so `endMs` stays absent.
 * - role: see {@link THINNESTAI_ROLE}; unknown/missing → `other` + warning at `transcript[i].role`.
 * - timestamp absent/`null` → no `startMs`, no warning; unparseable → the turn is kept without `startMs`,
 *   with a warning at `transcript[i].timestamp` (product issue rule).
 * - an entry that is not an object or has no string `content` is left out with a warning at `transcript[i]`
 *   (our decision: a turn needs text; the entry stays in `raw`).
 * No transcript (list rows) → `[]`. Never throws.
 */
export function convertThinnestAITranscript(ctx: Ctx, call: JsonObject): TranscriptTurn[] {
  const entries = ctx.array(call?.transcript, "transcript") ?? [];
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry) || typeof entry.content !== "string") {
      ctx.warn(
        `transcript[${i}]`,
        `expected {role, content: string, timestamp}, got ${describe(entry)}; turn left out`,
      );
      continue;
    }
    const role = typeof entry.role === "string" ? lookupFolded(THINNESTAI_ROLE, entry.role) : undefined;
    if (!role) {
      const problem =
        entry.role === undefined || entry.role === null
          ? "missing"
          : typeof entry.role === "string"
            ? `unknown role ${JSON.stringify(entry.role)}`
            : `expected a string, got ${describe(entry.role)}`;
      ctx.warn(`transcript[${i}].role`, `${problem}; role "other"`);
    }
    const stamp = entry.timestamp;
    const ms = stamp === undefined || stamp === null ? undefined : startMs(stamp);
    if (ms === undefined && stamp !== undefined && stamp !== null) {
      ctx.warn(`transcript[${i}].timestamp`, `expected a string of seconds ≥ 0, got ${describe(stamp)}`);
    }
    // One object shape per branch: a turn without a start has no `startMs` key.
    turns.push(
      ms === undefined
        ? { role: role ?? "other", text: entry.content }
        : { role: role ?? "other", text: entry.content, startMs: ms },
    );
  }
  return turns;
}
