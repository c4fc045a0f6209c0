import { describe, expect, it } from "vitest";
import { createToyClient } from "./test-support/toy-client.js";

/** A toy client whose `fetch` answers every request with `body` and `headers` (as a decoding fetch would). */
function answering(body: string, headers: Record<string, string>) {
  const toy = createToyClient({
    baseUrl: "https://toy.invalid",
    fetch: async () =>
      new Response(body, { status: 200, headers: { "content-type": "application/json", ...headers } }),
  });
  return toy.api.calls({ getCall: toy.getItem, fetchPage: toy.offsetPages });
}

describe("the response `.withResponse()` returns: its body read once, readable again", () => {
  const body = JSON.stringify({ id: "a", name: "Zoë 🙂" });
  const bytes = new TextEncoder().encode(body).byteLength;

  it("keeps a response whose headers describe the decoded body (UTF-8 Content-Length), body readable twice", async () => {
    const { data, response } = await answering(body, { "content-length": String(bytes) })
      .getCall("a")
      .withResponse();
    expect(data).toEqual({ id: "a", name: "Zoë 🙂" });
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(body);
    expect(await response.json()).toEqual(data);
    expect(await response.text()).toBe(body);
    expect(response.headers.get("content-length")).toBe(String(bytes));
  });

  it("drops Content-Encoding and sets Content-Length to the decoded body's UTF-8 length (a gzip answer)", async () => {
    const { data, response } = await answering(body, { "content-encoding": "gzip", "content-length": "17" })
      .getCall("a")
      .withResponse();
    expect(data.id).toBe("a");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("content-length")).toBe(String(bytes));
    expect(await response.json()).toEqual(data);
  });

  it("corrects a Content-Length that does not match the body", async () => {
    const { response } = await answering(body, { "content-length": String(body.length) })
      .getCall("a")
      .withResponse();
    expect(body.length).not.toBe(bytes);
    expect(response.headers.get("content-length")).toBe(String(bytes));
    expect(await response.text()).toBe(body);
  });
});
