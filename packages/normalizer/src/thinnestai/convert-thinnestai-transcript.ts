import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../shared/context.js";

/** ThinnestAI `transcript[].role` → role (seed 003: "assistant or user"); other values → `other` + warning. */
export const THINNESTAI_ROLE: Readonly<Record<string, Role>> = {
  assistant: "agent",
  agent: "agent",
  user: "user",
  tool: "tool",
};

/**
 * Converts `call.transcript` (`[{role, content, timestamp}]`) into turns. Source: seed 003 and providers.md:
 * `timestamp` is a **string** of seconds from call start (`"5.2"` → `startMs` 5200). An unparseable or
 * negative timestamp keeps the turn without `startMs`, with a warning. An entry that is not an object or has
 * no string `content` is left out with a warning (it stays in `raw`). No end times are given.
 */
export function convertThinnestAITranscript(ctx: Ctx, call: JsonObject): TranscriptTurn[] {
  const entries = ctx.array(call, "transcript", "transcript") ?? [];
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const path = `transcript[${i}]`;
    if (!isObject(entry) || typeof entry.content !== "string") {
      ctx.warn(path, `expected {role, content: string, timestamp}, got ${describe(entry)}; turn left out`);
      continue;
    }
    const key = typeof entry.role === "string" ? entry.role.toLowerCase() : undefined;
    const role = key !== undefined && Object.hasOwn(THINNESTAI_ROLE, key) ? THINNESTAI_ROLE[key] : undefined;
    if (!role) ctx.warn(`${path}.role`, `unknown role ${JSON.stringify(entry.role)}; role "other"`);
    const turn: TranscriptTurn = { role: role ?? "other", text: entry.content };
    const stamp = entry.timestamp;
    if (stamp !== undefined && stamp !== null) {
      const seconds =
        typeof stamp === "string" && stamp.trim() !== ""
          ? Number(stamp)
          : typeof stamp === "number"
            ? stamp
            : Number.NaN;
      if (Number.isFinite(seconds) && seconds >= 0 && Number.isSafeInteger(Math.round(seconds * 1000))) {
        turn.startMs = Math.round(seconds * 1000);
      } else {
        ctx.warn(`${path}.timestamp`, `expected a string of seconds ≥ 0, got ${describe(stamp)}`);
      }
    }
    turns.push(turn);
  }
  return turns;
}
