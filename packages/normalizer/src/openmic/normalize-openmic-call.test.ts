import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { normalizeCall } from "../normalize.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import { normalizeOpenMicCall } from "./normalize-openmic-call.js";

describe("normalizeOpenMicCall", () => {
  it("normalizes the seed call cmbbvrg8wzi487w02m2bc7dji", () => {
    const before = structuredClone(seed);
    const call = normalizeOpenMicCall(seed);
    expect(call).toMatchObject({
      provider: "openmic",
      id: "cmbbvrg8wzi487w02m2bc7dji",
      agentId: "bvrg8wzi487w02m2bc7dh0ev",
      channel: "phone",
      direction: "outbound",
      status: { unified: "ended", raw: "ended" },
      from: "+1234567890",
      to: "+0987654321",
      startedAt: "2023-03-15T13:20:00.000Z",
      endedAt: "2023-03-15T13:25:00.000Z",
      durationMs: 300000,
      recording: { url: "https://recordings.openmic.ai/call_98765.mp3" },
      cost: { total: 0.0822, currency: "USD" },
      analysis: {
        summary: "Customer called to schedule an appointment and was successfully assisted.",
        successful: true,
        evaluation: "excellent",
      },
      metadata: { customer_id: "customer_001", dynamic_variables: { name: "John" } },
      warnings: [],
    });
    expect(call.transcript).toHaveLength(3);
    expect(call.latency?.e2e?.p50).toBe(1200);
    expect(call.endReason).toBeUndefined();
    expect(call.raw).toBe(seed);
    expect(seed).toEqual(before);
    expect(unifiedCallErrors(call)).toEqual([]);
    expect("analysis" in call && "data" in (call.analysis ?? {})).toBe(false);
  });

  it("normalizes the List example with placeholders, reporting what it could not map", () => {
    const call = normalizeCall("openmic", listSeed.calls[0]);
    expect(call.id).toBe("<string>");
    expect(call.status).toEqual({ unified: "queued", raw: "registered" });
    expect(call.durationMs).toBe(123);
    expect(call.transcript).toEqual([]);
    expect(call.warnings).toEqual([
      "transcript[0]: expected a [speaker, message] pair of strings, got an array; turn left out",
    ]);
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("derives durationMs from the timestamps only when duration_ms is absent", () => {
    const { duration_ms: _omit, ...rest } = seed;
    expect(normalizeOpenMicCall(rest).durationMs).toBe(300000);
    expect(normalizeOpenMicCall({ ...rest, end_timestamp: undefined }).durationMs).toBeUndefined();
  });

  it("keeps metadata a copy, so changing it leaves raw intact", () => {
    const input = structuredClone(seed);
    const call = normalizeOpenMicCall(input);
    (call.metadata.dynamic_variables as Record<string, string>).name = "Jane";
    expect(input.dynamic_variables.name).toBe("John");
  });

  it.each([
    [null, "", "expected a call object, got null"],
    [[seed], "", "expected a call object, got an array"],
    [{ ...seed, call_id: undefined }, "call_id", "is required but missing"],
    [{ ...seed, agent_id: 42.5 }, "agent_id", "expected a non-empty string, got number 42.5"],
  ])("throws NormalizeError with provider and path for %#", (input, path, problem) => {
    const error = (() => {
      try {
        normalizeOpenMicCall(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "openmic", path });
    expect((error as Error).message).toContain(problem);
  });

  it("rejects an unknown provider by name", () => {
    expect(() => normalizeCall("no-such-provider" as never, seed)).toThrow(
      /no-such-provider: unknown provider/,
    );
  });
});
