import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertZuduTranscript } from "./convert-zudu-transcript.js";

const START = 1703097600000;

describe("convertZuduTranscript", () => {
  it("turns epoch-ms timestamps into offsets from start_timestamp and keeps words", () => {
    const ctx = new Ctx("zudu");
    const turns = convertZuduTranscript(
      ctx,
      {
        transcript_object: [
          {
            role: "assistant",
            content: "Hi there",
            timestamp: START + 1000,
            words: [
              { word: "Hi", start: START + 1000, end: START + 1200 },
              { word: "there", start: START + 1250, end: START + 1600 },
            ],
          },
          { role: "user", content: "Hello", timestamp: START + 3000 },
        ],
      },
      START,
    );
    expect(turns).toEqual([
      {
        role: "agent",
        text: "Hi there",
        startMs: 1000,
        endMs: 1600,
        words: [
          { word: "Hi", startMs: 1000, endMs: 1200 },
          { word: "there", startMs: 1250, endMs: 1600 },
        ],
      },
      { role: "user", text: "Hello", startMs: 3000 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves offsets out without start_timestamp, with one warning", () => {
    const ctx = new Ctx("zudu");
    const turns = convertZuduTranscript(
      ctx,
      { transcript_object: [{ role: "user", content: "a", timestamp: 5 }] },
      undefined,
    );
    expect(turns).toEqual([{ role: "user", text: "a" }]);
    expect(ctx.warnings).toEqual(["start_timestamp: missing; transcript offsets are left out"]);
  });

  it("warns about a timestamp before the call started and a malformed turn", () => {
    const ctx = new Ctx("zudu");
    const turns = convertZuduTranscript(
      ctx,
      { transcript_object: [{ role: "user", content: "a", timestamp: START - 5 }, 42] },
      START,
    );
    expect(turns).toEqual([{ role: "user", text: "a" }]);
    expect(ctx.warnings).toHaveLength(2);
  });
});
