import type { Ctx, JsonObject } from "../common/context.js";

/**
 * OpenMic's webhook `callDuration`, a `H:MM:SS.ffffff` string (e.g. `"0:00:45.723362"`, the 2025-11 revision of
 * https://docs.openmic.ai/post-call-webhook) → integer **milliseconds**, rounded to the nearest ms
 * (`"0:00:45.723362"` → 45723). Hours may exceed 23; minutes and seconds must be below 60. Absent → `undefined`;
 * any other shape → `undefined` and a warning naming `callDuration`.
 */
export function convertOpenMicCallDuration(ctx: Ctx, report: JsonObject): number | undefined {
  const text = ctx.string(report?.callDuration, "callDuration");
  if (text === undefined) return undefined;
  const match = /^(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) {
    ctx.warn("callDuration", `expected H:MM:SS.ffffff, got ${JSON.stringify(text.slice(0, 40))}`);
    return undefined;
  }
  const [, h, m, s, fraction = ""] = match;
  const micros = Number(fraction.padEnd(6, "0"));
  return (Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000 + Math.round(micros / 1000);
}
