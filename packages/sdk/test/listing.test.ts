import { pagingCall as makeCall, startPagingServer } from "@switchboard/testing";
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../src/client.js";

/** The id of a raw call as `makeCall` built it. */
const idOf = (call: { call_id?: string; id?: number }) => call.call_id ?? String(call.id);

/**
 * Each descriptor's `listing` (what docs/mapping.md says of the provider's walk) against the client's
 * behaviour on the loopback paging server: 300 calls a minute apart in pages of 10, 20 ms per page, 4 pages (or
 * time windows) at once allowed.
 */
describe.each(PROVIDERS.map((d) => [d.name, d] as const))(
  "%s: the listing the mapping matrix documents",
  (name, descriptor) => {
    /** The provider's client on `baseUrl`: fake credentials, 4 pages at once, no default rate ceiling. */
    const clientOn = (
      baseUrl: string,
      extra: { fetch?: (input: Request, init?: RequestInit) => Promise<Response> } = {},
    ) =>
      descriptor.createClient({
        ...Object.fromEntries(
          descriptor.credentials.filter((c) => c.required).map((c) => [c.option, `k_${c.option}_0123456789`]),
        ),
        baseUrl,
        concurrency: 4,
        rateLimit: null,
        ...extra,
      } as never) as {
        iterateCalls(params: { limit: number }): AsyncIterable<{ call_id?: string; id?: number }>;
      };
    it("pages concurrently exactly when the descriptor says so, pins the snapshot it names, yields every call once", async () => {
      const server = await startPagingServer({ total: 300, makeCall, delayMs: 20, spacingMs: 60_000 });
      const urls: string[] = [];
      const bodies: string[] = [];
      try {
        const client = clientOn(server.urlOf(name), {
          fetch: async (input: Request, init?: RequestInit) => {
            urls.push(input.url);
            if (input.body) bodies.push(await input.clone().text());
            return fetch(input, init);
          },
        });
        const ids: string[] = [];
        for await (const call of client.iterateCalls({ limit: 10 })) ids.push(idOf(call));
        expect(new Set(ids).size).toBe(300);
        expect(ids).toHaveLength(300);
        expect((server.peakConcurrency[name] ?? 0) > 1).toBe(descriptor.listing.concurrentPages);
        const { snapshot } = descriptor.listing;
        // A query parameter, or a body path (`filter_criteria.start_timestamp`).
        const inBody = (body: unknown, path: string[]): boolean =>
          path.length === 0 ||
          (typeof body === "object" &&
            body !== null &&
            (path[0] as string) in body &&
            inBody((body as Record<string, unknown>)[path[0] as string], path.slice(1)));
        const sent = (param: string) =>
          urls.some((url) => new URL(url).searchParams.has(param)) ||
          bodies.some((b) => inBody(JSON.parse(b), param.split(".")));
        if (snapshot) expect(sent(snapshot)).toBe(true);
      } finally {
        await server.close();
      }
    });

    it("yields no call twice and misses none of the calls that existed at the start while calls arrive at the head", async () => {
      // 3 new calls at the head of the list each time a page is served (Vapi's times are the calls' own).
      const server = await startPagingServer({ total: 60, makeCall, delayMs: 5, insertPerPage: 3 });
      try {
        const client = clientOn(server.urlOf(name));
        const ids: string[] = [];
        for await (const call of client.iterateCalls({ limit: 10 })) ids.push(idOf(call));
        expect(ids.length - new Set(ids).size).toBe(0);
        const seen = new Set(ids);
        const missing = Array.from({ length: 60 }, (_, i) => idOf(makeCall(name, i))).filter(
          (id) => !seen.has(id),
        );
        expect(missing).toEqual([]);
      } finally {
        await server.close();
      }
    });
  },
);
