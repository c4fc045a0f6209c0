import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertZuduLatency } from "./convert-zudu-latency.js";

describe("convertZuduLatency", () => {
  it("keeps the ms statistics, renames num to count, and maps asr to stt", () => {
    expect(
      convertZuduLatency(new Ctx("zudu"), {
        latency: { asr: { min: 50, p50: 80, num: 3, values: [50, 80, 90] }, knowledge_base: { p50: 5 } },
      }),
    ).toEqual({ stt: { min: 50, p50: 80, count: 3 } });
  });

  it("warns about a negative latency", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduLatency(ctx, { latency: { e2e: { min: -1, max: 5 } } })).toEqual({ e2e: { max: 5 } });
    expect(ctx.warnings).toEqual(["latency.e2e.min: expected a number ≥ 0, got -1"]);
  });
});
