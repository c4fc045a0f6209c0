import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import { mapBlandStatus } from "./map-bland-status.js";

describe("mapBlandStatus", () => {
  it.each([
    ["completed", "ended"],
    ["failed", "error"],
    ["busy", "not_connected"],
    ["no-answer", "not_connected"],
    ["canceled", "not_connected"],
    ["unknown", "unknown"],
  ])("maps status %s to %s and keeps the raw value", (raw, unified) => {
    const ctx = new Ctx("bland");
    expect(mapBlandStatus(ctx, { status: raw, queue_status: "complete" })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("uses the seed's status (completed), not its queue_status", () => {
    expect(mapBlandStatus(new Ctx("bland"), seed)).toEqual({ unified: "ended", raw: "completed" });
  });

  it.each([
    ["new", "queued"],
    ["queued", "queued"],
    ["allocated", "queued"],
    ["started", "in_progress"],
    ["complete", "ended"],
    ["completed", "ended"],
    ["pre_queue_error", "error"],
    ["queue_error", "error"],
    ["call_error", "error"],
    ["complete_error", "ended"],
  ])("falls back to queue_status %s → %s when status is absent", (raw, unified) => {
    const ctx = new Ctx("bland");
    expect(mapBlandStatus(ctx, { queue_status: raw })).toEqual({ unified, raw });
    expect(ctx.warnings).toEqual([]);
  });

  it("maps the List example's row (queue_status complete, no status) to ended", () => {
    expect(mapBlandStatus(new Ctx("bland"), listSeed.calls[0] as Record<string, unknown>)).toEqual({
      unified: "ended",
      raw: "complete",
    });
  });

  it("lets completed: true win over a queue_status that is behind", () => {
    expect(mapBlandStatus(new Ctx("bland"), { queue_status: "started", completed: true })).toEqual({
      unified: "ended",
      raw: "started",
    });
    // ...but not over an error stage
    expect(mapBlandStatus(new Ctx("bland"), { queue_status: "call_error", completed: true })).toEqual({
      unified: "error",
      raw: "call_error",
    });
    expect(mapBlandStatus(new Ctx("bland"), { completed: true })).toEqual({ unified: "ended" });
  });

  it("warns on an undocumented status, and when nothing says the status", () => {
    const ctx = new Ctx("bland");
    expect(mapBlandStatus(ctx, { status: "transferring" })).toEqual({
      unified: "unknown",
      raw: "transferring",
    });
    expect(mapBlandStatus(ctx, {})).toEqual({ unified: "unknown" });
    expect(ctx.warnings).toEqual([
      'status: unknown value "transferring"; mapped to "unknown"',
      "status: missing, and no queue_status either; status is unknown",
    ]);
  });
});
