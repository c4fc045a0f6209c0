import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertButterTranscript } from "./convert-butter-transcript.js";

describe("convertButterTranscript", () => {
  it("turns the seed's assistant entry into one agent turn at 0 ms", () => {
    const ctx = new Ctx("butter");
    expect(convertButterTranscript(ctx, seed.data)).toEqual([
      { role: "agent", text: "Hello! How can I help you today?", startMs: 0 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("converts relative_time seconds to integer ms and maps agent/user speakers", () => {
    const ctx = new Ctx("butter");
    const transcript = [
      { turn: 1, speaker: "agent", text: "Hi", relative_time: 0.25 },
      { turn: 2, speaker: "User", text: "Hello", relative_time: 12.3456 },
    ];
    expect(convertButterTranscript(ctx, { transcript })).toEqual([
      { role: "agent", text: "Hi", startMs: 250 },
      { role: "user", text: "Hello", startMs: 12346 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("maps an unknown or missing speaker to other, with a warning naming the entry", () => {
    const ctx = new Ctx("butter");
    expect(
      convertButterTranscript(ctx, { transcript: [{ speaker: "tool", text: "{}" }, { text: "…" }] }),
    ).toEqual([
      { role: "other", text: "{}" },
      { role: "other", text: "…" },
    ]);
    expect(ctx.warnings).toEqual([
      'transcript[0].speaker: unknown speaker "tool"; role "other"',
      'transcript[1].speaker: missing; role "other"',
    ]);
  });

  it("leaves out malformed entries with a warning, and keeps a turn whose time is bad without startMs", () => {
    const ctx = new Ctx("butter");
    const transcript = [null, { speaker: "user" }, { speaker: "user", text: "ok", relative_time: -1 }];
    expect(convertButterTranscript(ctx, { transcript })).toEqual([{ role: "user", text: "ok" }]);
    expect(ctx.warnings).toEqual([
      "transcript[0]: expected an object, got null; turn left out",
      "transcript[1].text: missing; turn left out",
      "transcript[2].relative_time: expected a number ≥ 0, got -1",
    ]);
  });

  it("returns no turns when there is no transcript (e.g. a List Calls row)", () => {
    expect(convertButterTranscript(new Ctx("butter"), {})).toEqual([]);
    const ctx = new Ctx("butter");
    expect(convertButterTranscript(ctx, { transcript: "hello" })).toEqual([]);
    expect(ctx.warnings).toEqual(['transcript: expected an array, got string "hello"']);
  });
});
