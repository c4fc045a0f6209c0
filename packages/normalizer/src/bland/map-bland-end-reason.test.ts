import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { mapBlandEndReason } from "./map-bland-end-reason.js";

const map = (call: Record<string, unknown>) => {
  const ctx = new Ctx("bland");
  return { reason: mapBlandEndReason(ctx, call), warnings: ctx.warnings };
};

describe("mapBlandEndReason", () => {
  it("reads call_ended_by: ASSISTANT → agent_hangup, USER → user_hangup", () => {
    expect(map({ ...seed, warm_transfer_call: null })).toEqual({
      reason: { unified: "agent_hangup", raw: "ASSISTANT" },
      warnings: [],
    });
    expect(map({ call_ended_by: "USER" }).reason).toEqual({ unified: "user_hangup", raw: "USER" });
  });

  it("reports the seed's merged warm transfer as a transfer, although the assistant hung up its own leg", () => {
    expect(map(seed)).toEqual({ reason: { unified: "transfer", raw: "MERGED" }, warnings: [] });
    expect(map({ ...seed, warm_transfer_call: { state: "NO_ANSWER" } }).reason).toEqual({
      unified: "agent_hangup",
      raw: "ASSISTANT",
    });
  });

  it("reports a transfer before who hung up (the webhook examples were transferred)", () => {
    expect(map(postCall).reason).toEqual({ unified: "transfer", raw: "+12345678909" });
    expect(map(delayed).reason).toEqual({ unified: "transfer", raw: "+12345678901" });
    expect(
      map({ call_ended_by: "USER", warm_transfer_call: { state: "MERGED", proxy_agent_calls: [] } }).reason,
    ).toEqual({ unified: "transfer", raw: "MERGED" });
  });

  it("does not turn a completed call into an error because of a stray error_message", () => {
    // Both webhook examples carry error_message "Account not allowed to call …" with status completed.
    expect(map(postCall).reason?.unified).not.toBe("error");
  });

  it.each([
    [{ status: "busy" }, { unified: "busy", raw: "busy" }],
    [{ status: "no-answer" }, { unified: "no_answer", raw: "no-answer" }],
    [{ status: "canceled" }, { unified: "other", raw: "canceled" }],
    [{ status: "failed" }, { unified: "error", raw: "failed" }],
    [
      { status: "failed", error_message: "Call failed. The number you dialed is not found." },
      { unified: "error", raw: "Call failed. The number you dialed is not found." },
    ],
    [
      {
        status: "failed",
        error_message: "Call failed. The number you dialed is busy. Please try again later.",
      },
      { unified: "busy", raw: "Call failed. The number you dialed is busy. Please try again later." },
    ],
    [{ queue_status: "queue_error" }, { unified: "error", raw: "queue_error" }],
    [
      { queue_status: "complete", answered_by: "voicemail", call_ended_by: "ASSISTANT" },
      { unified: "voicemail", raw: "voicemail" },
    ],
    [
      { queue_status: "complete", answered_by: "no-answer" },
      { unified: "no_answer", raw: "no-answer" },
    ],
  ])("maps %j to %j", (call, reason) => {
    expect(map(call).reason).toEqual(reason);
  });

  it("gives no end reason when nothing says it (the List example's row)", () => {
    expect(map(listSeed.calls[0] as Record<string, unknown>)).toEqual({ reason: undefined, warnings: [] });
  });

  it("maps an undocumented call_ended_by to other with a warning", () => {
    expect(map({ call_ended_by: "SYSTEM" })).toEqual({
      reason: { unified: "unknown", raw: "SYSTEM" },
      warnings: ['call_ended_by: unknown value "SYSTEM"; mapped to "unknown"'],
    });
  });
});
