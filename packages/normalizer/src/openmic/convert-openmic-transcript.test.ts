import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import seed from "./__fixtures__/get-call.docs.json" with { type: "json" };
import listSeed from "./__fixtures__/list-calls.docs.json" with { type: "json" };
import { convertOpenMicTranscript } from "./convert-openmic-transcript.js";

describe("convertOpenMicTranscript", () => {
  it("turns the seed's [speaker, message] pairs into agent/user turns without timings", () => {
    const ctx = new Ctx("openmic");
    expect(convertOpenMicTranscript(ctx, seed)).toEqual([
      { role: "agent", text: "Hello! How can I help you today?" },
      { role: "user", text: "I'd like to schedule an appointment." },
      {
        role: "agent",
        text: "I'd be happy to help you schedule an appointment. What type of service are you looking for?",
      },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("leaves out the List example's one-element entry with a warning, instead of inventing a speaker", () => {
    const ctx = new Ctx("openmic");
    expect(convertOpenMicTranscript(ctx, listSeed.calls[0] as Record<string, unknown>)).toEqual([]);
    expect(ctx.warnings).toEqual([
      "transcript[0]: expected a [speaker, message] pair of strings, got an array; turn left out",
    ]);
  });

  it("maps an unknown speaker to other, with a warning", () => {
    const ctx = new Ctx("openmic");
    expect(convertOpenMicTranscript(ctx, { transcript: [["narrator", "Meanwhile…"]] })).toEqual([
      { role: "other", text: "Meanwhile…" },
    ]);
    expect(ctx.warnings[0]).toContain("transcript[0][0]");
  });

  it("returns no turns when there is no transcript", () => {
    expect(convertOpenMicTranscript(new Ctx("openmic"), {})).toEqual([]);
  });
});
