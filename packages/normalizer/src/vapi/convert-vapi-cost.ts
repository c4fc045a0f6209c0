import type { Cost, CostBreakdown } from "../call.js";
import { type Ctx, compact, isObject, type JsonObject } from "../common/context.js";

/** `costs[].type` → unified breakdown component. */
const COST_TYPE: Readonly<Record<string, keyof CostBreakdown>> = Object.freeze({
  transport: "telephony",
  transcriber: "stt",
  model: "llm",
  voice: "tts",
  vapi: "platform",
});

/** The analysis costs of `costBreakdown.analysisCostBreakdown` (USD; the rest of its keys are token counts). */
const ANALYSIS_COSTS = ["summary", "structuredData", "successEvaluation", "structuredOutput"] as const;

const sum = (values: (number | undefined)[]): number | undefined => {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? defined.reduce((a, b) => a + b, 0) : undefined;
};

/**
 * Converts Vapi's costs into a unified cost in **USD**. Source: https://docs.vapi.ai/api-reference/calls/get
 * (`cost` "in USD"; `costBreakdown` {`transport`, `stt`, `llm`, `tts`, `vapi`, `chat`, `total`,
 * `analysisCostBreakdown`}; `costs[]` "in USD", one per component with its `type`).
 * - total: `cost`, else `costBreakdown.total`, else the sum of the components (with a warning);
 * - breakdown from `costBreakdown`: `llm`, `stt`, `tts`, `transport` → `telephony`, `vapi` → `platform`,
 *   `chat` + the analysis costs (`summary`, `structuredData`, `successEvaluation`, `structuredOutput`) → `other`;
 * - without `costBreakdown`, from `costs[]` by `type`: `model` → llm, `transcriber` → stt, `voice` → tts,
 *   `transport` → telephony, `vapi` → platform, everything else (`analysis`, `voicemail-detection`,
 *   `knowledge-base`, …) → other; several items of one type are added up.
 * Values are kept unrounded. No cost at all → `undefined`.
 */
export function convertVapiCost(ctx: Ctx, call: JsonObject): Cost | undefined {
  const cb = ctx.object(call?.costBreakdown, "costBreakdown");
  let breakdown: CostBreakdown = {};
  if (cb) {
    const analysis = ctx.object(cb?.analysisCostBreakdown, "costBreakdown.analysisCostBreakdown");
    breakdown = compact({
      llm: ctx.number(cb?.llm, "costBreakdown.llm"),
      stt: ctx.number(cb?.stt, "costBreakdown.stt"),
      tts: ctx.number(cb?.tts, "costBreakdown.tts"),
      telephony: ctx.number(cb?.transport, "costBreakdown.transport"),
      platform: ctx.number(cb?.vapi, "costBreakdown.vapi"),
      other: sum([
        ctx.number(cb?.chat, "costBreakdown.chat"),
        ...ANALYSIS_COSTS.map((k) => ctx.number(analysis?.[k], `costBreakdown.analysisCostBreakdown.${k}`)),
      ]),
    });
  } else {
    const items = ctx.array(call?.costs, "costs") ?? [];
    const parts: Partial<Record<keyof CostBreakdown, number>> = {};
    items.forEach((item, i) => {
      if (!isObject(item)) {
        ctx.warn(`costs[${i}]`, "expected a cost object; left out");
        return;
      }
      const value = ctx.number(item?.cost, `costs[${i}].cost`);
      if (value === undefined) return;
      const type = typeof item.type === "string" ? item.type : "";
      const key = Object.hasOwn(COST_TYPE, type) ? (COST_TYPE[type] as keyof CostBreakdown) : "other";
      parts[key] = (parts[key] ?? 0) + value;
    });
    breakdown = parts;
  }
  let total =
    ctx.number(call?.cost, "cost") ?? (cb ? ctx.number(cb?.total, "costBreakdown.total") : undefined);
  if (total === undefined) {
    total = sum(Object.values(breakdown));
    if (total === undefined) return undefined;
    ctx.warn("cost", "missing; total is the sum of the component costs");
  }
  return { total, currency: "USD", breakdown };
}
