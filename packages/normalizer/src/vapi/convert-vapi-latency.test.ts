import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiLatency } from "./convert-vapi-latency.js";

describe("convertVapiLatency", () => {
  it("summarises per-turn latencies (ms): turn → e2e, model → llm, voice → tts, transcriber → stt", () => {
    const latency = convertVapiLatency(new Ctx("vapi"), realistic);
    expect(latency?.e2e).toEqual({
      min: 1110,
      mean: 1185,
      p50: 1110,
      p90: 1260,
      p95: 1260,
      p99: 1260,
      max: 1260,
      count: 2,
    });
    expect(latency?.llm?.mean).toBe(470);
    expect(latency?.tts?.max).toBe(250);
    expect(latency?.stt?.min).toBe(170);
  });

  it("uses the averages alone when there are no per-turn values", () => {
    const latency = convertVapiLatency(new Ctx("vapi"), {
      artifact: { performanceMetrics: { turnLatencyAverage: 900, modelLatencyAverage: 400 } },
    });
    expect(latency).toEqual({ e2e: { mean: 900 }, llm: { mean: 400 } });
  });

  it("leaves out negative and mistyped samples with warnings; no metrics → undefined", () => {
    const ctx = new Ctx("vapi");
    const latency = convertVapiLatency(ctx, {
      artifact: { performanceMetrics: { turnLatencies: [{ turnLatency: -5 }, "x", { turnLatency: 800 }] } },
    });
    expect(latency).toEqual({
      e2e: { min: 800, mean: 800, p50: 800, p90: 800, p95: 800, p99: 800, max: 800, count: 1 },
    });
    expect(ctx.warnings).toEqual([
      "artifact.performanceMetrics.turnLatencies[0].turnLatency: expected a number ≥ 0, got -5",
      "artifact.performanceMetrics.turnLatencies[1]: expected an object; left out",
    ]);
    expect(convertVapiLatency(new Ctx("vapi"), {})).toBeUndefined();
  });
});
