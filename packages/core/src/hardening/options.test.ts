import { inspect } from "node:util";
import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient, requireCredential } from "../client.js";
import { APIConnectionError, InvalidArgumentError, SwitchboardError } from "../errors.js";
import type { PageFetcher } from "../pagination.js";
import { createToyClient, TOY_KEY } from "../test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PASSWORD = "hunter2-pass-9981";

/** The error thrown by `run`, or `undefined`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("credentials and base URL are checked at creation, naming the option, never the value", () => {
  it.each([
    ["a newline", "sk_live_abc\ndef_123456"],
    ["a NUL", "sk_live_abc\u0000def_123456"],
    ["a CR", "sk_live_abc\rdef_123456"],
    ["a non-Latin-1 character", "sk_live_abc€def_123456"],
    ["a trailing space", "sk_live_abcdef_123456 "],
  ])("rejects an API key with %s", (_, key) => {
    const error = thrown(() => requireCredential("toy", "apiKey", key, "TOY_API_KEY"));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ argument: "apiKey", provider: "toy" });
    expect((error as Error).message).toContain("apiKey");
    expect(inspect(error)).not.toContain("def_123456");
  });

  it.each([
    ["credentials", `http://admin:${PASSWORD}@127.0.0.1:9/`],
    ["only a user", "http://admin@127.0.0.1:9/"],
    ["another scheme", "ftp://127.0.0.1/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["an unparseable URL", `not a url ${PASSWORD}`],
    ["a query", "http://127.0.0.1:9/?k=1"],
    ["an empty string", ""],
  ])("rejects a base URL with %s", (_, baseUrl) => {
    const error = thrown(() => createToyClient({ baseUrl }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ argument: "baseUrl" });
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(PASSWORD);
  });

  it("a TypeError thrown by fetch is an APIConnectionError with the secrets redacted", async () => {
    const client = createToyClient({
      baseUrl: "http://127.0.0.1:9",
      maxRetries: 0,
      fetch: async (request) => {
        throw new TypeError(`invalid header value "${request.headers.get("x-api-key")}\n"`);
      },
    });
    const error = await client.getItem("a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(inspect(error)).not.toContain(TOY_KEY);
    expect((error as Error).message).toContain("[REDACTED]");
  });
});

describe("option edges are rejected with InvalidArgumentError", () => {
  it.each([
    [{ timeoutMs: 2 ** 31 }, "timeoutMs"],
    [{ timeoutMs: 0 }, "timeoutMs"],
    [{ timeoutMs: Number.NaN }, "timeoutMs"],
    [{ maxRetries: 1.5 }, "maxRetries"],
    [{ maxRetries: -1 }, "maxRetries"],
    [{ maxRetryDelayMs: -1 }, "maxRetryDelayMs"],
    [{ headers: { "x-note": "a\r\nx-api-key: stolen" } }, "headers"],
  ])("at creation: %j", (options, argument) => {
    expect(thrown(() => createToyClient({ baseUrl: "http://127.0.0.1:9", ...options }))).toMatchObject({
      name: "InvalidArgumentError",
      argument,
    });
  });

  it.each([
    [{ timeoutMs: 2 ** 31 }, "timeoutMs"],
    [{ maxRetries: Number.NaN }, "maxRetries"],
    [{ signal: "nope" as unknown as AbortSignal }, "signal"],
  ])("per request: %j", async (options, argument) => {
    const client = createToyClient({ baseUrl: "http://127.0.0.1:9" });
    await expect(client.getItem("a", options)).rejects.toMatchObject({
      name: "InvalidArgumentError",
      argument,
    });
  });

  it("timeoutMs of 2^31-1 is accepted and does not fire early", async () => {
    server = await startFaultServer(() => ({ body: { id: "a", n: 1 }, delayMs: 30 }));
    await expect(
      createToyClient({ baseUrl: server.url, timeoutMs: 2 ** 31 - 1 }).getItem("a"),
    ).resolves.toEqual({
      id: "a",
      n: 1,
    });
  });

  it.each([2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    "maxItems of %s is rejected when iterateCalls is called",
    (maxItems) => {
      const api = createApiClient<Record<string, never>>({
        provider: "toy",
        defaultBaseUrl: "http://127.0.0.1:9",
        authHeaders: {},
        secrets: [],
        options: {},
        validatorImport: "none",
      });
      const fetchPage: PageFetcher<number, object> = async () => ({
        items: [1, 2, 3],
        next: undefined,
        body: {},
      });
      const calls = api.calls({ getCall: async () => 1, fetchPage });
      expect(thrown(() => calls.iterateCalls({}, { maxItems }))).toMatchObject({
        name: "InvalidArgumentError",
        argument: "maxItems",
      });
    },
  );

  it("1 000 concurrent requests sharing one AbortSignal print no MaxListenersExceededWarning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    try {
      const controller = new AbortController();
      const client = createToyClient({
        baseUrl: "http://127.0.0.1:9",
        fetch: async () => {
          await new Promise((r) => setTimeout(r, 20));
          return Response.json({ id: "a", n: 1 });
        },
      });
      const results = await Promise.all(
        Array.from({ length: 1000 }, () => client.getItem("a", { signal: controller.signal })),
      );
      expect(results).toHaveLength(1000);
      // One more round, aborted mid-flight: every request rejects, and the listener count stayed at one.
      const pending = Array.from({ length: 200 }, () =>
        client.getItem("a", { signal: controller.signal }).catch((e: unknown) => e),
      );
      controller.abort();
      const errors = await Promise.all(pending);
      expect(errors.every((e) => e instanceof SwitchboardError && e.name === "APIUserAbortError")).toBe(true);
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.includes("MaxListeners"))).toEqual([]);
  });
});
