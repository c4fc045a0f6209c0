import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, type JsonObject } from "../common/context.js";
import { lookupFolded } from "../common/enum.js";

/**
 * OpenMic speaker → unified role. Source: https://docs.openmic.ai/api-reference/calls/get-call, `transcript`
 * "array of [speaker, message] pairs"; the
 * examples use `assistant` and `user`. `assistant`/`agent`/`bot` → `agent`, `user`/`customer` → `user`,
 * `tool` → `tool`; any other speaker → `other` with a warning.
 */
export const OPENMIC_ROLE: Readonly<Record<string, Role>> = Object.freeze({
  assistant: "agent",
  agent: "agent",
  bot: "agent",
  user: "user",
  customer: "user",
  tool: "tool",
});

/**
 * Converts `call.transcript` (`[speaker, message][]`) into turns. OpenMic gives no timings, so `startMs`
 * and `endMs` stay absent. An entry that is not a two-string pair (the List Calls example's `["<string>"]`)
 * is left out with a warning naming its index; it stays in `raw`.
 */
export function convertOpenMicTranscript(ctx: Ctx, call: JsonObject): TranscriptTurn[] {
  const entries = ctx.array(call?.transcript, "transcript") ?? [];
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (
      !Array.isArray(entry) ||
      entry.length !== 2 ||
      typeof entry[0] !== "string" ||
      typeof entry[1] !== "string"
    ) {
      ctx.warn(
        `transcript[${i}]`,
        `expected a [speaker, message] pair of strings, got ${describe(entry)}; turn left out`,
      );
      continue;
    }
    const speaker: string = entry[0];
    const role = lookupFolded(OPENMIC_ROLE, speaker);
    if (!role) ctx.warn(`transcript[${i}][0]`, `unknown speaker ${JSON.stringify(speaker)}; role "other"`);
    turns.push({ role: role ?? "other", text: entry[1] });
  }
  return turns;
}
