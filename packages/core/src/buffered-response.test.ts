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

  it("keeps an unencoded answer's Content-Length, its body readable twice", async () => {
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

  it("gives a chunked answer (no Content-Length) the body's UTF-8 length, so openapi-fetch parses no second time", async () => {
    const parse = JSON.parse;
    let parses = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parses++;
      return parse(...args);
    }) as typeof JSON.parse;
    try {
      const { data, response } = await answering(body, {}).getCall("a").withResponse();
      expect(data).toEqual({ id: "a", name: "Zoë 🙂" });
      expect(parses).toBe(1);
      expect(response.headers.get("content-length")).toBe(String(bytes));
    } finally {
      JSON.parse = parse;
    }
  });

  it("keeps the answer's url, and serves the body again through body, arrayBuffer(), blob() and clone()", async () => {
    const toy = createToyClient({
      baseUrl: "https://toy.invalid",
      fetch: async (request: Request) => {
        const response = new Response(body, { status: 200, headers: { "content-type": "application/json" } });
        Object.defineProperty(response, "url", { value: request.url });
        return response;
      },
    });
    const { response } = await toy.api
      .calls({ getCall: toy.getItem, fetchPage: toy.offsetPages })
      .getCall("a")
      .withResponse();
    expect(response.url).toMatch(/^https:\/\/toy\.invalid\//);
    expect(await new Response(response.body).text()).toBe(body);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(body);
    expect(await (await response.blob()).text()).toBe(body);
    expect(await response.clone().json()).toEqual({ id: "a", name: "Zoë 🙂" });
    expect(response.bodyUsed).toBe(false);
  });
});
