import { describe, expect, it } from "vitest";
import { NormalizeError } from "../errors.js";
import { unifiedCallErrors } from "../test-support/unified-schema.js";
import realistic from "./__fixtures__/get-call.realistic.json" with { type: "json" };
import queueManagement from "./__fixtures__/webhook.end-of-call-report.queue-management.docs.json" with {
  type: "json",
};
import { normalizeVapiCall } from "./normalize-vapi-call.js";
import { normalizeVapiServerMessage } from "./normalize-vapi-server-message.js";

describe("normalizeVapiServerMessage", () => {
  it("normalizes the end-of-call report of https://docs.vapi.ai/calls/call-queue-management", () => {
    const call = normalizeVapiServerMessage(queueManagement);
    expect(call).toMatchObject({
      provider: "vapi",
      id: "73a6da0f-c455-4bb6-bf4a-5f0634871430",
      status: { unified: "ended", raw: "ended" },
      endReason: { unified: "agent_hangup", raw: "assistant-ended-call" },
    });
    expect(unifiedCallErrors(call)).toEqual([]);
  });

  it("lays the report's own fields over a bare call: the same Call as GET /call/{id}", () => {
    const {
      artifact,
      analysis,
      endedReason,
      cost,
      costBreakdown: _cb,
      startedAt,
      endedAt,
      ...bare
    } = realistic;
    const body = {
      message: {
        type: "end-of-call-report",
        endedReason,
        artifact,
        analysis,
        cost,
        startedAt,
        endedAt,
        call: { ...bare, status: "in-progress" },
      },
    };
    const before = structuredClone(body);
    const call = normalizeVapiServerMessage(body);
    const { costBreakdown: _omit, ...expected } = realistic;
    const fromApi = normalizeVapiCall({ ...expected, costs: realistic.costs });
    expect({ ...call, raw: undefined, status: undefined }).toEqual({
      ...fromApi,
      raw: undefined,
      status: undefined,
    });
    // The report's call said in-progress; the report itself has no status: kept as sent.
    expect(call.status).toEqual({ unified: "in_progress", raw: "in-progress" });
    expect(body).toEqual(before);
  });

  it("a status update sets the status and end reason of its call", () => {
    const call = normalizeVapiServerMessage({
      message: {
        type: "status-update",
        status: "ended",
        endedReason: "customer-busy",
        call: { id: "c1", type: "outboundPhoneCall" },
      },
    });
    expect(call).toMatchObject({
      id: "c1",
      status: { unified: "not_connected", raw: "ended" },
      endReason: { unified: "busy", raw: "customer-busy" },
    });
  });

  it("throws NormalizeError naming message.call.id for the guides' `{}` placeholder calls, and for other types", () => {
    expect(() =>
      normalizeVapiServerMessage({ message: { type: "status-update", call: {}, status: "ended" } }),
    ).toThrow(expect.objectContaining({ name: "NormalizeError", path: "message.call.id" }));
    const error = (() => {
      try {
        normalizeVapiServerMessage({ message: { type: "transcript" } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ path: "message.type" });
  });
});
