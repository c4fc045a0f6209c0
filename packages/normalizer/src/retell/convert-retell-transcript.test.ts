import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import phone from "./__fixtures__/get-call.phone.json" with { type: "json" };
import seed from "./__fixtures__/get-call.seed.json" with { type: "json" };
import { convertRetellTranscript } from "./convert-retell-transcript.js";

describe("convertRetellTranscript", () => {
  it("turns word times in seconds into ms from the call start, and derives the turn's start/end from its words", () => {
    const ctx = new Ctx("retell");
    const turns = convertRetellTranscript(ctx, seed);
    expect(turns).toEqual([
      {
        role: "agent",
        text: "hi how are you doing?",
        startMs: 700,
        endMs: 1300,
        words: [{ word: "hi", startMs: 700, endMs: 1300 }],
      },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("uses the earliest word start and the latest word end of each utterance", () => {
    const turns = convertRetellTranscript(new Ctx("retell"), phone);
    expect(turns.map((t) => [t.role, t.startMs, t.endMs, t.words?.length])).toEqual([
      ["agent", 700, 2200, 5],
      ["user", 3100, 4900, 6],
    ]);
    const shuffled = {
      transcript_object: [
        {
          role: "user",
          content: "b a",
          words: [
            { word: "b", start: 2.5, end: 3.25 },
            { word: "a", start: 1.0005, end: 2 },
          ],
        },
      ],
    };
    expect(convertRetellTranscript(new Ctx("retell"), shuffled)[0]).toMatchObject({
      startMs: 1001,
      endMs: 3250,
    });
  });

  it("leaves startMs/endMs absent for an utterance without word timings", () => {
    const ctx = new Ctx("retell");
    const turns = convertRetellTranscript(ctx, {
      transcript_object: [
        { role: "agent", content: "hello", words: [] },
        { role: "user", content: "hi" },
      ],
    });
    expect(turns).toEqual([
      { role: "agent", text: "hello" },
      { role: "user", text: "hi" },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("includes tool calls, results and DTMF from transcript_with_tool_calls; node transitions stay in raw", () => {
    const ctx = new Ctx("retell");
    const turns = convertRetellTranscript(ctx, {
      transcript_object: [{ role: "agent", content: "ignored: the richer list wins", words: [] }],
      transcript_with_tool_calls: [
        { role: "agent", content: "Let me check.", words: [{ word: "Let", start: 1, end: 1.2 }] },
        { role: "tool_call_invocation", tool_call_id: "t1", name: "lookup", arguments: '{"id":1}' },
        { role: "tool_call_result", tool_call_id: "t1", content: '{"ok":true}' },
        {
          role: "node_transition",
          former_node_id: "a",
          former_node_name: "A",
          new_node_id: "b",
          new_node_name: "B",
        },
        { role: "dtmf", digit: "5" },
        { role: "transfer_target", content: "Hello, billing.", words: [] },
      ],
    });
    expect(turns).toEqual([
      {
        role: "agent",
        text: "Let me check.",
        startMs: 1000,
        endMs: 1200,
        words: [{ word: "Let", startMs: 1000, endMs: 1200 }],
      },
      { role: "tool", text: 'lookup({"id":1})' },
      { role: "tool", text: '{"ok":true}' },
      { role: "user", text: "5" },
      { role: "other", text: "Hello, billing." },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("falls back to the plain transcript text, one turn per Agent:/User: line", () => {
    const ctx = new Ctx("retell");
    const turns = convertRetellTranscript(ctx, {
      transcript_object: [],
      transcript:
        "Agent: hi how are you doing?\nUser: Doing pretty well.\nstill the user\nAgent: have a nice day\n ",
    });
    expect(turns).toEqual([
      { role: "agent", text: "hi how are you doing?" },
      { role: "user", text: "Doing pretty well.\nstill the user" },
      { role: "agent", text: "have a nice day" },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("warns about and leaves out unusable entries and words, keeping the rest", () => {
    const ctx = new Ctx("retell");
    const turns = convertRetellTranscript(ctx, {
      transcript_object: [
        "hello",
        { role: "agent" },
        {
          role: "robot",
          content: "beep",
          words: [
            { start: 1, end: 2 },
            { word: "beep", start: -1, end: "2" },
          ],
        },
      ],
    });
    expect(turns).toEqual([{ role: "other", text: "beep", words: [{ word: "beep" }] }]);
    expect(ctx.warnings).toEqual([
      'transcript_object[0]: expected an object, got string "hello"; turn left out',
      "transcript_object[1].content: missing; turn left out",
      'transcript_object[2].role: unknown role "robot"; role "other"',
      "transcript_object[2].words[0].word: missing; word left out",
      "transcript_object[2].words[1].start: expected a number ≥ 0, got -1",
      'transcript_object[2].words[1].end: expected a finite number, got string "2"',
    ]);
  });

  it("is empty when Retell gives no transcript", () => {
    expect(convertRetellTranscript(new Ctx("retell"), {})).toEqual([]);
  });
});
