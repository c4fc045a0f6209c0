import { type FaultServer, type FaultStep, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { RedirectError } from "../errors.js";
import { createToyClient, TOY_KEY, TOY_SECRET } from "../test-support/toy-client.js";

const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: (path: string) => FaultStep): Promise<FaultServer> {
  const s = await startFaultServer((req) => handler(req.url));
  servers.push(s);
  return s;
}

/** Everything the other origin received that could be a credential or the request body. */
function leaked(s: FaultServer): string {
  return JSON.stringify(s.requests.map((r) => ({ h: r.headers, b: r.body, u: r.url })));
}

describe("redirects (two loopback servers on two ports = two origins)", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`refuses a ${status} to another origin with RedirectError; the other origin gets nothing (GET and POST)`, async () => {
      const other = await serve(() => ({ body: { id: "x", n: 1, items: [] } }));
      const api = await serve(() => ({ status, headers: { location: `${other.url}/steal?from=api` } }));
      const client = createToyClient({ baseUrl: api.url, maxRetries: 2 });
      const get = await client.getItem("a").catch((e: unknown) => e);
      expect(get).toBeInstanceOf(RedirectError);
      expect(get).toMatchObject({ status, location: other.url, provider: "toy" });
      const post = await client.search(`body-${TOY_SECRET}`).catch((e: unknown) => e);
      expect(post).toBeInstanceOf(RedirectError);
      expect(other.requests).toHaveLength(0);
      expect(leaked(other)).not.toContain(TOY_KEY);
      // Not retried: one request per call reached the API.
      expect(api.requests).toHaveLength(2);
    });
  }

  it("refuses a redirect to the same host on another port, and to another scheme", async () => {
    const api = await serve((path) =>
      path.startsWith("/items/a")
        ? { status: 302, headers: { location: "http://127.0.0.1:1/items/a" } }
        : { status: 307, headers: { location: "https://127.0.0.1/search" } },
    );
    const client = createToyClient({ baseUrl: api.url });
    await expect(client.getItem("a")).rejects.toBeInstanceOf(RedirectError);
    await expect(client.search("q")).rejects.toBeInstanceOf(RedirectError);
  });

  it("follows same-origin 302 (GET) and 307 (POST, body re-sent) redirects with the credentials", async () => {
    const api = await serve((path) => {
      if (path === "/items/old") return { status: 302, headers: { location: "/items/new" } };
      if (path === "/items/new") return { body: { id: "new", n: 2 } };
      if (path === "/search") return { status: 307, headers: { location: "/search2" } };
      return { body: { items: [{ id: "found" }] } };
    });
    const client = createToyClient({ baseUrl: api.url });
    await expect(client.getItem("old")).resolves.toEqual({ id: "new", n: 2 });
    await expect(client.search("needle")).resolves.toEqual({ items: [{ id: "found" }] });
    const [, second, , fourth] = api.requests;
    expect(second?.headers["x-api-key"]).toBe(TOY_KEY);
    expect(fourth).toMatchObject({ method: "POST", url: "/search2", body: JSON.stringify({ q: "needle" }) });
  });

  it("a 303 (or a 302 answering a POST) continues as a GET without the body", async () => {
    const api = await serve((path) =>
      path === "/search" ? { status: 303, headers: { location: "/results" } } : { body: { items: [] } },
    );
    await expect(createToyClient({ baseUrl: api.url }).search("q")).resolves.toEqual({ items: [] });
    expect(api.requests[1]).toMatchObject({ method: "GET", url: "/results", body: "" });
  });

  it("stops after 5 same-origin redirects", async () => {
    const api = await serve(() => ({ status: 302, headers: { location: "/items/a" } }));
    const error = await createToyClient({ baseUrl: api.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(api.requests).toHaveLength(6);
  });
});
