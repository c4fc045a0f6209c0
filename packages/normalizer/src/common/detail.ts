import type { JsonObject } from "./context.js";

/**
 * Whether a record is a full call (`detail: "full"`): it has the transcript field `key` (or one of the fields
 * `key` lists; any value, even `null`). A record with no such field (a list row such as a ThinnestAI
 * `CallSummary` or a Butter `CallListItem`) is a summary: no `transcript` and `detail: "summary"`, so that a
 * summary is never mistaken for a call with an empty conversation.
 */
export function hasTranscript(input: JsonObject, key: string | readonly string[]): boolean {
  if (typeof key === "string") return input[key] !== undefined;
  for (const k of key) if (input[k] !== undefined) return true;
  return false;
}
