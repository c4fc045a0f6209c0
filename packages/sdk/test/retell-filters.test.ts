import { describe, expect, it } from "vitest";
import { createSwitchboard } from "../src/client.js";
import { mockEnv, recordingFetch } from "./env.js";

/** The JSON bodies of the `POST /v3/list-calls` requests a listing sent. */
const listBodies = (requests: { url: URL; body: string }[]) =>
  requests.filter((r) => r.url.pathname === "/v3/list-calls").map((r) => JSON.parse(r.body));

describe("Retell: the unified filters are sent as v3 filter_criteria (Prism validates the body against the spec)", () => {
  it("status, direction, agentId, since and until become typed conditions in one request body", async () => {
    const { fetch, requests } = recordingFetch();
    const sb = createSwitchboard({ env: mockEnv(), fetch });
    const stream = sb.iterateCalls({
      providers: ["retell"],
      status: "ended",
      direction: "outbound",
      agentId: "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
      since: "2024-01-01T00:00:00Z",
      until: "2026-01-01T00:00:00Z",
      order: "arrival",
    });
    for await (const _ of stream);
    // Prism answers 422 to a body outside the spec's grammar: the walk would have failed.
    expect(stream.errors).toEqual([]);
    const [first, ...rest] = listBodies(requests);
    expect(first).toMatchObject({
      sort_order: "descending",
      filter_criteria: {
        call_status: { type: "enum", op: "in", value: ["ended"] },
        direction: { type: "enum", op: "in", value: ["outbound"] },
        agent: [{ agent_id: "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD" }],
        start_timestamp: { type: "range", op: "bt" },
      },
    });
    const [from, to] = first.filter_criteria.start_timestamp.value as [number, number];
    expect(from).toBeGreaterThanOrEqual(Date.parse("2024-01-01T00:00:00Z") - 1);
    expect(to).toBeLessThanOrEqual(Date.parse("2026-01-01T00:00:00Z") + 1);
    // Every window of the walk carries the same filters.
    for (const body of rest)
      expect(body.filter_criteria).toMatchObject({
        call_status: { value: ["ended"] },
        direction: { value: ["outbound"] },
        agent: [{ agent_id: "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD" }],
      });
  });

  it("a unified status Retell's filter has no value for (queued) is applied client-side, not sent", async () => {
    const { fetch, requests } = recordingFetch();
    const sb = createSwitchboard({ env: mockEnv(), fetch });
    const calls = [];
    for await (const call of sb.iterateCalls({ providers: ["retell"], status: "queued", order: "arrival" }))
      calls.push(call);
    expect(calls.every((c) => c.status.unified === "queued")).toBe(true);
    for (const body of listBodies(requests)) expect(body.filter_criteria?.call_status).toBeUndefined();
  });
});
