import type { Call } from "@switchboard/normalizer";
import { describe, expect, it } from "vitest";
import { CallsSummarizer, nearestRank } from "./summary.js";

const call = (provider: string, durationMs: number | undefined, cost?: [number, string], status = "ended") =>
  ({
    provider,
    id: String(Math.random()),
    agentId: "a",
    channel: "phone",
    status: { unified: status },
    detail: "full",
    metadata: {},
    raw: {},
    warnings: [],
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(cost ? { cost: { total: cost[0], currency: cost[1], breakdown: {} } } : {}),
  }) as Call;

describe("nearestRank", () => {
  it("is the value at rank ceil(p/100 × n) of the sorted values", () => {
    const values = [15, 20, 35, 40, 50];
    expect(nearestRank(values, 50)).toBe(35);
    expect(nearestRank(values, 90)).toBe(50);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 50)).toBeUndefined();
  });
});

describe("CallsSummarizer", () => {
  it("totals per provider, cost per currency (credits never added to USD), counts per status", () => {
    const s = new CallsSummarizer();
    s.addProvider("zudu");
    s.add(call("butter", 1000, [12.35, "credits"]));
    s.add(call("butter", 3000, [0.1, "USD"], "error"));
    s.add(call("butter", undefined, [0.2, "USD"]));
    expect(s.result()).toEqual({
      providers: [
        {
          provider: "butter",
          calls: 3,
          durationMs: 4000,
          cost: [
            { currency: "USD", total: 0.3 },
            { currency: "credits", total: 12.35 },
          ],
          status: { ended: 2, error: 1 },
          durationMsP50: 1000,
          durationMsP90: 3000,
        },
        {
          provider: "zudu",
          calls: 0,
          durationMs: 0,
          cost: [],
          status: {},
          durationMsP50: null,
          durationMsP90: null,
        },
      ],
      errors: [],
    });
  });
});
