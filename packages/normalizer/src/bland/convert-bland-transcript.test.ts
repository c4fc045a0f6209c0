import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import delayed from "./__fixtures__/webhook-delayed-citations.docs.json" with { type: "json" };
import postCall from "./__fixtures__/webhook-post-call.docs.json" with { type: "json" };
import { convertBlandTranscript } from "./convert-bland-transcript.js";

describe("convertBlandTranscript", () => {
  it("turns absolute created_at times into offsets from started_at (the seed)", () => {
    const ctx = new Ctx("bland");
    const turns = convertBlandTranscript(ctx, seed, "2024-04-27T23:51:25.000Z");
    expect(turns.map(({ role, startMs }) => ({ role, startMs }))).toEqual([
      { role: "user", startMs: 3568 }, // 23:51:28.568(385) − 23:51:25: sub-ms digits are dropped
      { role: "agent", startMs: 5689 }, // 23:51:30.689(815) − 23:51:25
    ]);
    expect(turns[0]?.text).toBe("Hello?");
    expect(turns[0]?.endMs).toBeUndefined();
    expect(ctx.warnings).toEqual([]);
  });

  it("maps agent-action to tool and keeps every turn of the webhook example in order", () => {
    const ctx = new Ctx("bland");
    const turns = convertBlandTranscript(ctx, postCall, "2025-09-12T20:39:03.168Z");
    expect(turns.map((t) => [t.role, t.startMs])).toEqual([
      ["user", 10005],
      ["agent", 10398],
      ["user", 14580],
      ["agent", 16018],
      ["tool", 17362],
    ]);
    expect(turns[4]?.text).toBe("Ended call");
    expect(ctx.warnings).toEqual([]);
  });

  it("uses transcripts, not corrected_transcript, when both are given (the delayed webhook)", () => {
    const turns = convertBlandTranscript(new Ctx("bland"), delayed, "2025-09-19T18:22:06.984Z");
    expect(turns).toHaveLength(4);
    expect(turns[0]).toEqual({
      role: "agent",
      text: "Hey, this is Jean from Nutriva Health. Could you confirm your name for me?",
      startMs: 8909,
    });
  });

  it("falls back to corrected_transcript, whose start/end are already seconds from the call start", () => {
    const { transcripts: _drop, ...withoutTranscripts } = delayed;
    const turns = convertBlandTranscript(new Ctx("bland"), withoutTranscripts, undefined);
    expect(turns[1]).toEqual({ role: "user", text: "Yeah, my name is James.", startMs: 5056, endMs: 6176 });
    expect(turns).toHaveLength(4);
  });

  it("keeps turns without offsets when started_at is unknown, with one warning", () => {
    const ctx = new Ctx("bland");
    const turns = convertBlandTranscript(ctx, seed, undefined);
    expect(turns.every((t) => t.startMs === undefined)).toBe(true);
    expect(ctx.warnings).toEqual(["started_at: absent; transcript offsets (startMs) left out"]);
  });

  it("warns and leaves out what it cannot read, instead of guessing", () => {
    const ctx = new Ctx("bland");
    const turns = convertBlandTranscript(
      ctx,
      {
        transcripts: [
          { user: "robot", text: "Press 1", created_at: "2024-04-27T23:51:20+00:00" },
          { user: "narrator", text: "…", created_at: "soon" },
          "not a turn",
        ],
      },
      "2024-04-27T23:51:25.000Z",
    );
    expect(turns).toEqual([
      { role: "other", text: "Press 1" },
      { role: "other", text: "…" },
    ]);
    expect(ctx.warnings).toEqual([
      "transcripts[0].created_at: 2024-04-27T23:51:20.000Z is before started_at; startMs left out",
      'transcripts[1].user: unknown speaker string "narrator"; role "other"',
      'transcripts[1].created_at: expected an ISO 8601 date-time, got "soon"',
      'transcripts[2]: expected an object with a string text, got string "not a turn"; turn left out',
    ]);
  });

  it("returns no turns when there is no transcript (List rows)", () => {
    expect(convertBlandTranscript(new Ctx("bland"), {}, undefined)).toEqual([]);
  });
});
