import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertButterLatency } from "./convert-butter-latency.js";

const one500 = { min: 500, mean: 500, p50: 500, p90: 500, p95: 500, p99: 500, max: 500, count: 1 };

describe("convertButterLatency", () => {
  it("summarises the seed's single llm ttfb of 0.5 s into ms", () => {
    const ctx = new Ctx("butter");
    expect(convertButterLatency(ctx, seed.data)).toEqual({ llm: one500 });
    expect(ctx.warnings).toEqual([]);
  });

  it("collects llm, tts and stt ttfb over all turns and events, without float noise", () => {
    const turns = [
      {
        events: [
          { metadata: { llm: { ttfb: 0.3 }, tts: { ttfb: 0.35 } } },
          { metadata: { stt: { ttfb: 0.1 } } },
        ],
      },
      { events: [{ metadata: { llm: { ttfb: 0.7 } } }, { type: "tool_call" }] },
    ];
    expect(convertButterLatency(new Ctx("butter"), { turns })).toEqual({
      llm: { min: 300, mean: 500, p50: 300, p90: 700, p95: 700, p99: 700, max: 700, count: 2 },
      tts: { min: 350, mean: 350, p50: 350, p90: 350, p95: 350, p99: 350, max: 350, count: 1 },
      stt: { min: 100, mean: 100, p50: 100, p90: 100, p95: 100, p99: 100, max: 100, count: 1 },
    });
  });

  it("skips bad samples with warnings naming the full path", () => {
    const ctx = new Ctx("butter");
    const turns = [
      "turn",
      { events: [7, { metadata: { llm: { ttfb: -0.2 } } }, { metadata: { llm: { ttfb: "0.5" } } }] },
      { events: [{ metadata: { llm: { ttfb: 0.5 } } }] },
    ];
    expect(convertButterLatency(ctx, { turns })).toEqual({ llm: one500 });
    expect(ctx.warnings).toEqual([
      'turns[0]: expected an object, got string "turn"',
      "turns[1].events[0]: expected an object, got number 7",
      "turns[1].events[1].metadata.llm.ttfb: expected a number ≥ 0, got -0.2",
      'turns[1].events[2].metadata.llm.ttfb: expected a finite number, got string "0.5"',
    ]);
  });

  it("is absent when no ttfb was reported (e.g. a List Calls row)", () => {
    expect(convertButterLatency(new Ctx("butter"), {})).toBeUndefined();
    expect(
      convertButterLatency(new Ctx("butter"), { turns: [{ events: [{ metadata: {} }] }] }),
    ).toBeUndefined();
  });
});
