import { describe, expect, it } from "vitest";
import { Ctx } from "../shared/context.js";
import { convertThinnestAITranscript } from "./convert-thinnestai-transcript.js";

describe("convertThinnestAITranscript", () => {
  it("reads the string timestamps as seconds from call start", () => {
    const ctx = new Ctx("thinnestai");
    const turns = convertThinnestAITranscript(ctx, {
      transcript: [
        { role: "assistant", content: "Hi", timestamp: "0.0" },
        { role: "user", content: "Hello", timestamp: "5.2" },
      ],
    });
    expect(turns).toEqual([
      { role: "agent", text: "Hi", startMs: 0 },
      { role: "user", text: "Hello", startMs: 5200 },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("keeps a turn with a bad timestamp without startMs, and leaves out a malformed entry, with warnings", () => {
    const ctx = new Ctx("thinnestai");
    const turns = convertThinnestAITranscript(ctx, {
      transcript: [
        { role: "user", content: "Hm", timestamp: "soon" },
        "not a turn",
        { role: "narrator", content: "…" },
      ],
    });
    expect(turns).toEqual([
      { role: "user", text: "Hm" },
      { role: "other", text: "…" },
    ]);
    expect(ctx.warnings).toEqual([
      'transcript[0].timestamp: expected a string of seconds ≥ 0, got string "soon"',
      'transcript[1]: expected {role, content: string, timestamp}, got string "not a turn"; turn left out',
      'transcript[2].role: unknown role "narrator"; role "other"',
    ]);
  });

  it("does not read a role named like an Object.prototype key (fuzz regression, fast-check seed 1846012671)", () => {
    const ctx = new Ctx("thinnestai");
    expect(
      convertThinnestAITranscript(ctx, {
        transcript: [
          { role: "__proto__", content: "" },
          { role: "constructor", content: "x" },
        ],
      }),
    ).toEqual([
      { role: "other", text: "" },
      { role: "other", text: "x" },
    ]);
    expect(ctx.warnings).toHaveLength(2);
  });
});
