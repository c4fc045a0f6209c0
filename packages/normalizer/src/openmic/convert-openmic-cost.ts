import type { Cost } from "../call.js";
import { type Ctx, compact, type JsonObject } from "../common/context.js";

/**
 * Converts `call.call_cost` into a unified cost in **USD**. Source:
 * https://docs.openmic.ai/api-reference/calls/get-call `call_cost` {`total_cost`,
 * `llm_cost`, `tts_cost`, `stt_cost`}; OpenMic names no currency, and the values (0.0822 for a 5-minute call)
 * are dollar-sized (https://docs.openmic.ai/api-reference/calls/get-call), so the currency is `USD`. Values
 * are kept unrounded. When `total_cost` is
 * missing but components are given, the total is their sum, with a warning. No `call_cost` → `undefined`.
 */
export function convertOpenMicCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cost = ctx.object(call?.call_cost, "call_cost");
  if (!cost) return undefined;
  const breakdown = compact({
    llm: ctx.number(cost?.llm_cost, "call_cost.llm_cost"),
    tts: ctx.number(cost?.tts_cost, "call_cost.tts_cost"),
    stt: ctx.number(cost?.stt_cost, "call_cost.stt_cost"),
  });
  let total = ctx.number(cost?.total_cost, "call_cost.total_cost");
  const parts = Object.values(breakdown) as number[];
  if (total === undefined) {
    if (parts.length === 0) return undefined;
    total = parts.reduce((a, b) => a + b, 0);
    ctx.warn("call_cost.total_cost", "missing; total is the sum of the component costs");
  }
  return { total, currency: "USD", breakdown };
}
