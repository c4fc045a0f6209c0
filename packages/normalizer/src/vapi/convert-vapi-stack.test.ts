import { describe, expect, it } from "vitest";
import { Ctx } from "../common/context.js";
import versioned from "./__fixtures__/create-call.versioning.docs.json" with { type: "json" };
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import { convertVapiStack } from "./convert-vapi-stack.js";

describe("convertVapiStack", () => {
  it("takes the model, transcriber and voice vendors of costs[]", () => {
    expect(convertVapiStack(new Ctx("vapi"), realistic)).toEqual({
      llm: { provider: "openai", model: "gpt-4o" },
      stt: { provider: "deepgram", model: "nova-2" },
      tts: { provider: "11labs", voiceId: "burt" },
    });
  });

  it("takes assistantVersion as the stack's agentVersion; null (the draft) or absent leaves it out", () => {
    expect(convertVapiStack(new Ctx("vapi"), versioned)).toEqual({ agentVersion: "v3" });
    expect(convertVapiStack(new Ctx("vapi"), { ...realistic, assistantVersion: "v12" })?.agentVersion).toBe(
      "v12",
    );
    expect(convertVapiStack(new Ctx("vapi"), { ...realistic, assistantVersion: null })).not.toHaveProperty(
      "agentVersion",
    );
    const ctx = new Ctx("vapi");
    expect(convertVapiStack(ctx, { assistantVersion: 3 })).toBeUndefined();
    expect(ctx.warnings).toEqual(["assistantVersion: expected a string, got number 3"]);
  });

  it("skips vendors without a provider (with a warning when mistyped); no costs → undefined", () => {
    const ctx = new Ctx("vapi");
    const stack = convertVapiStack(ctx, {
      costs: [
        { type: "model", model: { provider: 7 }, cost: 0 },
        { type: "voice", voice: { voiceId: "x" }, cost: 0 },
      ],
    });
    expect(stack).toBeUndefined();
    expect(ctx.warnings).toEqual(["costs[0].model.provider: expected a string, got number 7"]);
    expect(convertVapiStack(new Ctx("vapi"), {})).toBeUndefined();
  });
});
