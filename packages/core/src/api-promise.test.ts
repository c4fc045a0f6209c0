import { type FaultServer, type FaultStep, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { APIPromise } from "./api-promise.js";
import { NotFoundError } from "./errors.js";
import { createToyClient } from "./test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function toyCalls() {
  let attempt = 0;
  server = await startFaultServer((req): FaultStep => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/items/missing") return { status: 404, body: { error: "no such item" } };
    if (url.pathname === "/items/flaky" && attempt++ === 0) return { status: 503, body: {} };
    if (url.pathname.startsWith("/items/"))
      return {
        body: { id: "a", n: attempt },
        headers: { "x-request-id": "req_123", "x-ratelimit-remaining": "41" },
      };
    return { body: { items: [{ id: "a" }], has_more: false }, headers: { "x-ratelimit-remaining": "40" } };
  });
  const toy = createToyClient({ baseUrl: server.url, maxRetries: 1 });
  return toy.api.calls({ getCall: toy.getItem, fetchPage: toy.offsetPages });
}

describe("APIPromise: success responses are reachable", () => {
  it("awaits to the data; withResponse() adds the HTTP response and the request id", async () => {
    const calls = await toyCalls();
    const promise = calls.getCall("a");
    expect(promise).toBeInstanceOf(APIPromise);
    expect(await promise).toEqual({ id: "a", n: 0 });
    const { data, response, requestId } = await calls.getCall("a").withResponse();
    expect(data.id).toBe("a");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("41");
    expect(requestId).toBe("req_123");
  });

  it("gives the response of the final attempt after a retry", async () => {
    const calls = await toyCalls();
    const { response } = await calls.getCall("flaky").withResponse();
    expect(response.status).toBe(200);
  });

  it("rejects withResponse() and await alike with the typed error", async () => {
    const calls = await toyCalls();
    await expect(calls.getCall("missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(calls.getCall("missing").withResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exposes each page's response (rate-limit headers)", async () => {
    const calls = await toyCalls();
    const page = await calls.listCalls({ limit: 10 });
    expect(page.response?.headers.get("x-ratelimit-remaining")).toBe("40");
    const { data, response } = await calls.listCalls({ limit: 10 }).withResponse();
    expect(data.data).toEqual([{ id: "a" }]);
    expect(response).toBe(data.response);
  });
});
