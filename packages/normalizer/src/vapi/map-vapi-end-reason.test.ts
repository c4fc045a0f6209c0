import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import ENDED_REASONS from "./__fixtures__/ended-reason-enum.docs.json" with { type: "json" };
import { mapVapiEndReason } from "./map-vapi-end-reason.js";

const map = (value: unknown) => {
  const ctx = new Ctx("vapi");
  return { reason: mapVapiEndReason(ctx, { endedReason: value }), warnings: ctx.warnings };
};

describe("mapVapiEndReason", () => {
  it.each([
    ["customer-ended-call", "user_hangup"],
    ["customer-ended-call-during-transfer", "user_hangup"],
    ["customer-busy", "busy"],
    ["customer-did-not-answer", "no_answer"],
    ["assistant-ended-call", "agent_hangup"],
    ["assistant-said-end-call-phrase", "agent_hangup"],
    ["assistant-forwarded-call", "transfer"],
    ["silence-timed-out", "inactivity"],
    ["exceeded-max-duration", "max_duration"],
    ["voicemail", "voicemail"],
    ["manually-canceled", "other"],
    ["pipeline-error-openai-llm-failed", "error"],
    ["call.start.error-subscription-concurrency-limit-reached", "error"],
    ["call.in-progress.error-vapifault-worker-died", "error"],
    ["call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable", "error"],
    ["call.ringing.hook-executed-transfer", "transfer"],
    ["twilio-failed-to-connect-call", "error"],
  ])("%s → %s, raw kept", (raw, unified) => {
    const { reason, warnings } = map(raw);
    expect(reason).toEqual({ unified, raw });
    expect(warnings).toEqual([]);
  });

  it("keeps values outside Vapi's enum raw, as `other` with a warning (the docs' `hangup`)", () => {
    expect(map("hangup")).toEqual({
      reason: { unified: "unknown", raw: "hangup" },
      warnings: ['endedReason: unknown value "hangup"; mapped to "unknown"'],
    });
  });

  it("absent → undefined; a non-string → a warning", () => {
    expect(map(undefined)).toEqual({ reason: undefined, warnings: [] });
    expect(map(42).warnings).toEqual(["endedReason: expected a string, got number 42"]);
  });

  it("maps every value of Vapi's reference enum by value or family, without a warning", () => {
    // The distinct values of the `endedReason` enum of https://docs.vapi.ai/api-reference/calls/get (our spec
    // has a string); the published list repeats some of them.
    expect(new Set(ENDED_REASONS).size).toBe(ENDED_REASONS.length);
    const unmapped = ENDED_REASONS.filter((v) => map(v).warnings.length > 0);
    expect(unmapped).toEqual([]);
    const counts: Record<string, number> = {};
    for (const v of ENDED_REASONS) {
      const unified = map(v).reason?.unified as string;
      counts[unified] = (counts[unified] ?? 0) + 1;
    }
    expect(counts.error).toBeGreaterThan(ENDED_REASONS.length * 0.9);
    expect(counts.user_hangup).toBe(5);
  });
});
