import type { Call, TranscriptTurn } from "../call.js";
import type { JsonObject } from "./context.js";

/**
 * The `transcript` and `detail` of a call: when the record has the transcript field `key` (any value, even
 * `null`), `convert()`'s turns with `detail: "full"`; when it has no such field (a list row such as a
 * ThinnestAI `CallSummary` or a Butter `CallListItem`), no `transcript` and `detail: "summary"`, so that a
 * summary is never mistaken for a call with an empty conversation.
 */
export function transcriptOf(
  input: JsonObject,
  key: string,
  convert: () => TranscriptTurn[],
): Pick<Call, "transcript" | "detail"> {
  if (input[key] === undefined) return { transcript: undefined, detail: "summary" };
  return { transcript: convert(), detail: "full" };
}
