import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import ivr from "./__fixtures__/message.ivr-navigation.docs.json" with { type: "json" };
import { convertVapiTranscript } from "./convert-vapi-transcript.js";

const STARTED = Date.parse(realistic.startedAt);

describe("convertVapiTranscript", () => {
  it("converts artifact.messages: roles, tool calls, secondsFromStart (s) and endTime − time (epoch ms)", () => {
    const ctx = new Ctx("vapi");
    const turns = convertVapiTranscript(ctx, realistic, STARTED);
    expect(turns).toEqual([
      {
        role: "agent",
        text: "Hi, this is Acme Dental. How can I help you today?",
        startMs: 1500,
        endMs: 4100,
      },
      { role: "user", text: "I'd like to move my appointment to Friday.", startMs: 5200, endMs: 7800 },
      { role: "tool", text: 'reschedule({"day": "Friday"})', startMs: 8400 },
      { role: "tool", text: '{"ok": true, "slot": "Friday 10:00"}', startMs: 9000 },
      {
        role: "agent",
        text: "Done, you're booked for Friday at ten. Anything else?",
        startMs: 9800,
        endMs: 13000,
      },
      { role: "user", text: "No, thanks. Bye.", startMs: 14200, endMs: 15600 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("reads the docs' tool-call message (https://docs.vapi.ai/ivr-navigation)", () => {
    expect(convertVapiTranscript(new Ctx("vapi"), { artifact: { messages: [ivr] } }, undefined)).toEqual([
      { role: "tool", text: 'dtmf({"keys": "w2w1w2"})', startMs: 25160 },
    ]);
  });

  it("without secondsFromStart, derives the offset from `time`, detecting epoch ms or epoch seconds", () => {
    const start = Date.parse("2024-09-10T11:15:05.012Z");
    const messages = [
      { role: "user", message: "ms", time: start + 2500, endTime: start + 4000 },
      { role: "bot", message: "s", time: (start + 6000) / 1000, endTime: (start + 7000) / 1000 },
    ];
    expect(convertVapiTranscript(new Ctx("vapi"), { messages }, start)).toEqual([
      { role: "user", text: "ms", startMs: 2500, endMs: 4000 },
      { role: "agent", text: "s", startMs: 6000, endMs: 7000 },
    ]);
  });

  it("does not guess the unit of `duration`: without endTime there is no endMs", () => {
    const turns = convertVapiTranscript(
      new Ctx("vapi"),
      { messages: [{ role: "bot", message: "hi", secondsFromStart: 1, duration: 2600 }] },
      undefined,
    );
    expect(turns).toEqual([{ role: "agent", text: "hi", startMs: 1000 }]);
  });

  it("leaves out the system prompt silently, and bad messages with a warning naming the index", () => {
    const ctx = new Ctx("vapi");
    const messages = [
      { role: "system", message: "You are…", secondsFromStart: 0 },
      "hello",
      { message: "no role" },
      { role: "user" },
      { role: "narrator", message: "odd", secondsFromStart: -1 },
      { role: "assistant", message: "ok", secondsFromStart: 2, time: 1725966906512, endTime: 1725966906000 },
    ];
    expect(convertVapiTranscript(ctx, { artifact: { messages } }, undefined)).toEqual([
      { role: "other", text: "odd" },
      { role: "agent", text: "ok", startMs: 2000 },
    ]);
    expect(ctx.warnings).toEqual([
      'artifact.messages[1]: expected a message object, got string "hello"; turn left out',
      "artifact.messages[2].role: missing; turn left out",
      "artifact.messages[3]: no text; turn left out",
      'artifact.messages[4].role: unknown role "narrator"; role "other"',
      "artifact.messages[4].secondsFromStart: negative offset -1000 ms; left out",
      "artifact.messages[5].endTime: before the message's time; endMs left out",
    ]);
  });
});
