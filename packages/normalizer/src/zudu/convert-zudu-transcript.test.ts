import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import envelope from "./__fixtures__/get-call.docs.json" with { type: "json" };
import { convertZuduTranscript, zuduRole } from "./convert-zudu-transcript.js";

const START = 1703097600000;

describe("convertZuduTranscript", () => {
  it("turns the seed's epoch-ms times into offsets from start_timestamp", () => {
    const ctx = new Ctx("zudu");
    expect(convertZuduTranscript(ctx, envelope.data, envelope.data.start_timestamp)).toEqual([
      {
        role: "agent",
        text: "Hello, thank you for calling. How can I help you today?",
        startMs: 35000,
        endMs: 35500,
        words: [{ word: "Hello", startMs: 35000, endMs: 35500 }],
      },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps every word; a turn ends at its last word, and has no end without words", () => {
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
      {
        transcript_object: [
          { role: "user", content: "a", timestamp: 5, words: [{ word: "a", start: 5, end: 6 }] },
          { role: "agent", content: "b", timestamp: 9 },
        ],
      },
      undefined,
    );
    expect(turns).toEqual([
      { role: "user", text: "a", words: [{ word: "a" }] },
      { role: "agent", text: "b" },
    ]);
    expect(ctx.warnings).toEqual(["start_timestamp: missing or invalid; transcript offsets are left out"]);
  });

  it("warns about a time before the call start, a malformed turn and a malformed word", () => {
    const ctx = new Ctx("zudu");
    const turns = convertZuduTranscript(
      ctx,
      {
        transcript_object: [
          { role: "user", content: "a", timestamp: START - 5, words: ["a", { word: "b", end: START + 9 }] },
          42,
          { role: "user", text: "no content" },
        ],
      },
      START,
    );
    expect(turns).toEqual([{ role: "user", text: "a", endMs: 9, words: [{ word: "b", endMs: 9 }] }]);
    expect(ctx.warnings).toEqual([
      "transcript_object[0].timestamp: expected epoch milliseconds ≥ start_timestamp, got number 1703097599995",
      'transcript_object[0].words[0]: expected {word: string, start, end}, got string "a"; word left out',
      "transcript_object[1]: expected {role, content: string, timestamp}, got number 42; turn left out",
      'transcript_object[2]: expected {role, content: string, timestamp}, got object {"role":"user","text":"no content"}; turn left out',
    ]);
  });

  it("maps an unknown or inherited role to other with a warning", () => {
    const ctx = new Ctx("zudu");
    const turns = convertZuduTranscript(
      ctx,
      {
        transcript_object: [
          { role: "narrator", content: "x" },
          { role: "constructor", content: "y" },
          { content: "z" },
        ],
      },
      START,
    );
    expect(turns.map((t) => t.role)).toEqual(["other", "other", "other"]);
    expect(ctx.warnings).toEqual([
      'transcript_object[0].role: unknown role string "narrator"; role "other"',
      'transcript_object[1].role: unknown role string "constructor"; role "other"',
      'transcript_object[2].role: missing; role "other"',
    ]);
  });

  it.each([
    ["assistant", "agent"],
    ["AGENT", "agent"],
    ["user", "user"],
    ["tool", "tool"],
    ["tool_call_invocation", "tool"],
    ["tool_call_result", "tool"],
    ["function", "tool"],
    ["transfer_target", undefined],
  ])("role %s is %s", (role, unified) => {
    expect(zuduRole(role)).toBe(unified);
  });
});
