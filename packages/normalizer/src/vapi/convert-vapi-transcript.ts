import type { Role, TranscriptTurn } from "../call.js";
import { type Ctx, describe, isObject, type JsonObject } from "../common/context.js";
import { secondsToMs } from "../common/time.js";

/**
 * Vapi message `role` → unified role. Source: https://docs.vapi.ai/api-reference/calls/get (`artifact.messages`:
 * UserMessage, BotMessage, SystemMessage, ToolCallMessage, ToolCallResultMessage) and the examples of
 * https://docs.vapi.ai/server-url/events (`assistant`, `user`) and https://docs.vapi.ai/ivr-navigation
 * (`tool_calls`): `bot`/`assistant` → agent; `user` → user; `tool_calls`/`tool_call_result` → tool.
 * `system` (the assistant's prompt, not part of the conversation) is left out of the transcript (it stays in
 * `raw`). Any other role → `other`, with a warning.
 */
export const VAPI_ROLE: Readonly<Record<string, Role | null>> = Object.freeze({
  bot: "agent",
  assistant: "agent",
  user: "user",
  tool_calls: "tool",
  tool_call_result: "tool",
  system: null,
});

/** Epoch values at or above this are milliseconds (1e12 ms = 2001-09-09; 1e12 s would be the year 33658). */
const EPOCH_MS_FLOOR = 1e12;
/** Epoch values at or above this (and below {@link EPOCH_MS_FLOOR}) are seconds (1e9 s = 2001-09-09). */
const EPOCH_S_FLOOR = 1e9;

/** `time`/`endTime` → epoch ms: epoch ms as sent, epoch seconds × 1000; anything else `undefined`. */
function epochMs(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value >= EPOCH_MS_FLOOR) return value;
  if (value >= EPOCH_S_FLOOR) return value * 1000;
  return undefined;
}

/** The text of a tool-call message: `name(arguments)` per call, `; `-separated (its `message` is empty). */
function toolCallsText(message: JsonObject): string | undefined {
  if (!Array.isArray(message.toolCalls)) return undefined;
  const parts = message.toolCalls.flatMap((toolCall) => {
    const fn = isObject(toolCall) && isObject(toolCall.function) ? toolCall.function : undefined;
    if (!fn || typeof fn.name !== "string") return [];
    return [`${fn.name}(${typeof fn.arguments === "string" ? fn.arguments : ""})`];
  });
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * Converts `artifact.messages` (else the legacy top-level `messages`) into turns, in order.
 *
 * Text: `message`; for `tool_calls`, `name(arguments)` of each call; for `tool_call_result`, `result`.
 *
 * Timing, in ms from the call start. Vapi's reference documents `secondsFromStart` in **seconds** and calls
 * `time`/`endTime` "timestamps" without a unit; the example of https://docs.vapi.ai/ivr-navigation shows epoch
 * **milliseconds** (`1760710106938`), and `duration` is documented as seconds but is ms-sized in payloads
 * seen. So, leniently:
 * - `startMs` = `secondsFromStart` × 1000; without it, `time` − the call's `startedAt` when `time` is an
 *   epoch (ms if ≥ 1e12, seconds if ≥ 1e9, detected by size);
 * - `endMs` = `startMs` + (`endTime` − `time`) (both epochs, unit detected as above); without `endTime`, no
 *   `endMs`: `duration`'s unit is ambiguous, so it is not used;
 * - a negative offset, or an `endMs` before `startMs`, is left out with a warning.
 *
 * A message that is not an object, has no string `role`, or has no text is left out with a warning naming its
 * index (it stays in `raw`).
 *
 * @param startedAtMs - the call's start, epoch ms, when known.
 */
export function convertVapiTranscript(
  ctx: Ctx,
  call: JsonObject,
  startedAtMs: number | undefined,
): TranscriptTurn[] {
  const artifact = ctx.object(call?.artifact, "artifact");
  const fromArtifact = ctx.array(artifact?.messages, "artifact.messages");
  const base = fromArtifact ? "artifact.messages" : "messages";
  const messages = fromArtifact ?? ctx.array(call?.messages, "messages") ?? [];
  const turns: TranscriptTurn[] = [];
  // Field paths are built only when a warning needs one: a transcript can hold 100,000 messages.
  const at = (i: number, key?: string) => `${base}[${i}]${key ? `.${key}` : ""}`;
  const str = (message: JsonObject, key: string, i: number): string | undefined => {
    const value = message[key];
    if (typeof value === "string") return value === "" ? undefined : value;
    if (value === undefined || value === null) return undefined;
    return ctx.string(message?.[key], at(i, key));
  };
  const num = (message: JsonObject, key: string, i: number): number | undefined => {
    const value = message[key];
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (value === undefined || value === null) return undefined;
    return ctx.number(message?.[key], at(i, key));
  };
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!isObject(message)) {
      ctx.warn(at(i), `expected a message object, got ${describe(message)}; turn left out`);
      continue;
    }
    const roleRaw = str(message, "role", i);
    if (roleRaw === undefined) {
      ctx.warn(at(i, "role"), "missing; turn left out");
      continue;
    }
    const known = Object.hasOwn(VAPI_ROLE, roleRaw) ? VAPI_ROLE[roleRaw] : undefined;
    if (known === null) continue; // the system prompt
    if (known === undefined) ctx.warn(at(i, "role"), `unknown role ${JSON.stringify(roleRaw)}; role "other"`);
    const text =
      roleRaw === "tool_calls"
        ? (str(message, "message", i) ?? toolCallsText(message))
        : roleRaw === "tool_call_result"
          ? str(message, "result", i)
          : str(message, "message", i);
    if (text === undefined) {
      ctx.warn(at(i), "no text; turn left out");
      continue;
    }
    const turn: TranscriptTurn = { role: known ?? "other", text };
    const seconds = num(message, "secondsFromStart", i);
    const time = epochMs(num(message, "time", i));
    const endTime = epochMs(num(message, "endTime", i));
    let startMs =
      seconds !== undefined
        ? secondsToMs(seconds)
        : time !== undefined && startedAtMs !== undefined
          ? Math.round(time - startedAtMs)
          : undefined;
    if (startMs !== undefined && startMs < 0) {
      ctx.warn(at(i, "secondsFromStart"), `negative offset ${startMs} ms; left out`);
      startMs = undefined;
    }
    if (startMs !== undefined) {
      turn.startMs = startMs;
      if (time !== undefined && endTime !== undefined) {
        const endMs = startMs + Math.round(endTime - time);
        if (endMs >= startMs) turn.endMs = endMs;
        else ctx.warn(at(i, "endTime"), "before the message's time; endMs left out");
      }
    }
    turns.push(turn);
  }
  return turns;
}
