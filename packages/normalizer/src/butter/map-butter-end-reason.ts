import type { EndReason, UnifiedEndReason } from "../call.js";
import type { Ctx, JsonObject } from "../common/context.js";
import { mapEnum } from "../common/enum.js";

/**
 * Butter end reason → unified end reason. The only documented value is the Get Call example's
 * `summary.end_reason: "tool_end_call"` (https://docs.getbutter.ai/api-reference/calls/get: the agent ended
 * the call with its end-call tool →
 * `agent_hangup`). The other entries are the table of plausible values ("End reason" rule):
 *
 * | Butter value                                   | unified        |
 * | ---------------------------------------------- | -------------- |
 * | `tool_end_call`, `agent_hangup`                | `agent_hangup` |
 * | `user_hangup`, `customer_hangup`, `caller_hangup` | `user_hangup` |
 * | `transfer`, `tool_transfer_call`               | `transfer`     |
 * | `voicemail`                                    | `voicemail`    |
 * | `no_answer`, `no-answer`                       | `no_answer`    |
 * | `busy`                                         | `busy`         |
 * | `max_duration`, `max_duration_reached`         | `max_duration` |
 * | `silence_timeout`, `inactivity`                | `inactivity`   |
 * | `error`, `failed`                              | `error`        |
 *
 * Any other value → `unknown` with a warning (drift: a value new to us). Keys are lower-case; values are compared case-insensitively.
 */
export const BUTTER_END_REASON: Readonly<Record<string, UnifiedEndReason>> = Object.freeze({
  tool_end_call: "agent_hangup",
  agent_hangup: "agent_hangup",
  user_hangup: "user_hangup",
  customer_hangup: "user_hangup",
  caller_hangup: "user_hangup",
  transfer: "transfer",
  tool_transfer_call: "transfer",
  voicemail: "voicemail",
  no_answer: "no_answer",
  "no-answer": "no_answer",
  busy: "busy",
  max_duration: "max_duration",
  max_duration_reached: "max_duration",
  silence_timeout: "inactivity",
  inactivity: "inactivity",
  error: "error",
  failed: "error",
});

/**
 * Maps the call's end reason through {@link BUTTER_END_REASON} into `{unified, raw}`. Sources: Get Call has it
 * in `summary.end_reason` (https://docs.getbutter.ai/api-reference/calls/get); List Calls rows have a
 * top-level `end_reason` (https://docs.getbutter.ai/api-reference/introduction, List rows).
 * `summary.end_reason` wins; if both are given and differ, the top-level one is ignored with a warning on
 * `end_reason`. Neither given → `undefined`. Never throws.
 */
export function mapButterEndReason(ctx: Ctx, call: JsonObject): EndReason | undefined {
  const summary = ctx.object(call?.summary, "summary");
  const fromSummary = mapEnum(ctx, summary, "end_reason", "summary.end_reason", BUTTER_END_REASON, "unknown");
  if (!fromSummary) return mapEnum(ctx, call, "end_reason", "end_reason", BUTTER_END_REASON, "unknown");
  const topLevel = call.end_reason;
  if (typeof topLevel === "string" && topLevel !== "" && topLevel !== fromSummary.raw) {
    ctx.warn(
      "end_reason",
      `${JSON.stringify(topLevel)} differs from summary.end_reason ${JSON.stringify(fromSummary.raw)}; summary.end_reason used`,
    );
  }
  return fromSummary;
}
