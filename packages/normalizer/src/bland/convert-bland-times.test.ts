import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { convertBlandTimes } from "./convert-bland-times.js";

describe("convertBlandTimes", () => {
  it("derives endedAt from started_at + the duration, not from end_at", () => {
    const ctx = new Ctx("bland");
    // Webhook example: started 20:39:03.168, corrected_duration "11", end_at 20:39:21.000 (a cut-off, not the end).
    expect(convertBlandTimes(ctx, postCall, 11_000)).toEqual({
      startedAt: "2025-09-12T20:39:03.168Z",
      endedAt: "2025-09-12T20:39:14.168Z",
    });
    expect(ctx.warnings).toEqual([]);
  });

  it("normalizes the seed's offset time to UTC with ms", () => {
    expect(convertBlandTimes(new Ctx("bland"), seed, 45_000)).toEqual({
      startedAt: "2024-04-27T23:51:25.000Z",
      endedAt: "2024-04-27T23:52:10.000Z",
    });
  });

  it("leaves endedAt out without a duration, even when end_at is given", () => {
    expect(
      convertBlandTimes(
        new Ctx("bland"),
        { started_at: "2024-04-27T23:51:25+00:00", end_at: "2024-04-27T23:52:10.000Z" },
        undefined,
      ),
    ).toEqual({ startedAt: "2024-04-27T23:51:25.000Z" });
  });

  it("does not use created_at or end_at as a start; warns on an unreadable started_at", () => {
    const ctx = new Ctx("bland");
    expect(
      convertBlandTimes(
        ctx,
        { created_at: "2024-04-27T23:51:18.025251+00:00", started_at: "yesterday" },
        1000,
      ),
    ).toEqual({ startedAt: undefined });
    expect(ctx.warnings).toEqual(['started_at: expected an ISO 8601 date-time, got "yesterday"']);
  });
});
