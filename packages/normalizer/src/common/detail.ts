import type { Call, TranscriptTurn } from "../call.js";
import type { JsonObject } from "./context.js";

/**
 * The `transcript` and `detail` of a call: when the record has the transcript field `key` (or one of the
 * fields `key` lists; any value, even `null`), `convert()`'s turns with `detail: "full"`; when it has no such field (a list row such as a
 * ThinnestAI `CallSummary` or a Butter `CallListItem`), no `transcript` and `detail: "summary"`, so that a
 * summary is never mistaken for a call with an empty conversation.
 */
export function transcriptOf(
  input: JsonObject | undefined,
  key: string | readonly string[],
  convert: () => TranscriptTurn[],
): Pick<Call, "transcript" | "detail"> {
  const keys = typeof key === "string" ? [key] : key;
  if (!input || keys.every((k) => input[k] === undefined))
    return { transcript: undefined, detail: "summary" };
  return { transcript: convert(), detail: "full" };
}
