import type { Cost, CostBreakdown, CostComponent, CostKind } from "../call.js";
import { type Ctx, compact, isObject, type JsonObject } from "../common/context.js";

/** `costs[].type` → unified breakdown component. */
const COST_TYPE: Readonly<Record<string, CostKind>> = Object.freeze({
  transport: "telephony",
  transcriber: "stt",
  model: "llm",
  voice: "tts",
  vapi: "platform",
});

/** `costs[].type` → the key of the item's vendor object (`{ provider, model | voiceId }`). */
const VENDOR_KEY: Readonly<Record<string, string>> = Object.freeze({
  transcriber: "transcriber",
  model: "model",
  voice: "voice",
});

/**
 * The itemized costs of `costs[]`, in order: `kind` is the unified component of the item's `type` (`model` → llm,
 * `transcriber` → stt, `voice` → tts, `transport` → telephony, `vapi` → platform) or the type itself (`analysis`,
 * `voicemail-detection`, `knowledge-base`, `chat`, …); `provider` is the vendor's (`model.provider`,
 * `transcriber.provider`, `voice.provider`, or the item's own `provider` for transport and the like); `model`
 * is `model.model`, `transcriber.model` or `voice.voiceId`; `amount` is `cost` (USD). Source:
 * https://docs.vapi.ai/api-reference/calls/get (`costs`: `TransportCost`, `TranscriberCost`, `ModelCost`,
 * `VoiceCost`, `VapiCost`, `AnalysisCost`, `VoicemailDetectionCost`, `KnowledgeBaseCost`, `ChatCost`, each
 * with `type` and `cost` in USD). Items that are not objects or have no numeric `cost` are left out with a
 * warning (an item without `cost` only warns).
 */
export function convertVapiCostComponents(ctx: Ctx, call: JsonObject): CostComponent[] | undefined {
  const items = ctx.array(call?.costs, "costs");
  if (!items) return undefined;
  const components: CostComponent[] = [];
  items.forEach((item, i) => {
    if (!isObject(item)) return; // warned by the breakdown
    const amount = ctx.number(item?.cost, `costs[${i}].cost`);
    const type = typeof item.type === "string" ? item.type : "";
    if (amount === undefined || type === "") return;
    const key = VENDOR_KEY[type];
    const vendor = key ? ctx.object(item?.[key], `costs[${i}].${key}`) : undefined;
    components.push(
      compact({
        kind: Object.hasOwn(COST_TYPE, type) ? (COST_TYPE[type] as string) : type,
        provider: vendor
          ? ctx.string(vendor?.provider, `costs[${i}].${key}.provider`)
          : ctx.string(item?.provider, `costs[${i}].provider`),
        model: vendor
          ? (ctx.string(vendor?.model, `costs[${i}].${key}.model`) ??
            ctx.string(vendor?.voiceId, `costs[${i}].${key}.voiceId`))
          : undefined,
        amount,
      }) as CostComponent,
    );
  });
  return components.length > 0 ? components : undefined;
}

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
 *   `knowledge-base`, …) → other; several items of one type are added up;
 * - `breakdown.components`: every item of `costs[]` by kind and vendor ({@link convertVapiCostComponents}).
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
    const parts: Partial<Record<CostKind, number>> = {};
    items.forEach((item, i) => {
      if (!isObject(item)) {
        ctx.warn(`costs[${i}]`, "expected a cost object; left out");
        return;
      }
      const value = ctx.number(item?.cost, `costs[${i}].cost`);
      if (value === undefined) return;
      const type = typeof item.type === "string" ? item.type : "";
      const key = Object.hasOwn(COST_TYPE, type) ? (COST_TYPE[type] as CostKind) : "other";
      parts[key] = (parts[key] ?? 0) + value;
    });
    breakdown = parts;
  }
  const components = convertVapiCostComponents(ctx, call);
  if (components) breakdown = { ...breakdown, components };
  let total =
    ctx.number(call?.cost, "cost") ?? (cb ? ctx.number(cb?.total, "costBreakdown.total") : undefined);
  if (total === undefined) {
    const { components: _items, ...byKind } = breakdown;
    total = sum(Object.values(byKind));
    if (total === undefined) return undefined;
    ctx.warn("cost", "missing; total is the sum of the component costs");
  }
  return { total, currency: "USD", breakdown };
}
