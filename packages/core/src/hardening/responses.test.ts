import { inspect } from "node:util";
import { type FaultServer, type FaultStep, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  InvalidResponseBodyError,
  RateLimitError,
  ResponseValidationError,
} from "../errors.js";
import { createRedactor } from "../redact.js";
import { createToyClient, TOY_KEY, TOY_SECRET, toySpec } from "../test-support/toy-client.js";
import { createSpecValidator } from "../validation.js";

const responseValidator = createSpecValidator("toy", toySpec);

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function serve(...steps: FaultStep[]): Promise<FaultServer> {
  server = await startFaultServer((_req, i) => steps[Math.min(i, steps.length - 1)] as FaultStep);
  return server;
}

describe("2xx bodies of the wrong shape are InvalidResponseBodyError, with or without validateResponses", () => {
  const cases: [string, FaultStep][] = [
    ["an array", { body: [{ id: "a" }] }],
    ["a string", { body: '"text"', headers: { "content-type": "application/json" } }],
    ["null", { body: "null", headers: { "content-type": "application/json" } }],
    ["a 204", { status: 204 }],
  ];
  for (const validateResponses of [false, true]) {
    it.each(cases)(`getItem on %s (validateResponses: ${validateResponses})`, async (_, step) => {
      const s = await serve(step);
      const error = await createToyClient({ baseUrl: s.url, validateResponses, responseValidator })
        .getItem("a")
        .catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseBodyError);
      expect(error).toMatchObject({
        provider: "toy",
        operationId: "getItem",
        expected: "an object as the body",
      });
    });
  }

  it.each([
    ["{}", {}, 'an array at "items"'],
    ["items: {}", { items: {} }, 'an array at "items"'],
    ["an array", [], "an object as the body"],
  ])("a list body of %s", async (_, body, expected) => {
    const s = await serve({ body });
    const client = createToyClient({ baseUrl: s.url });
    const error = await client.offsetPages({}, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseBodyError);
    expect(error).toMatchObject({ operationId: "listItems", expected });
    expect((error as Error).message).toMatch(/toy: listItems: HTTP 200 .*expected/);
  });

  it("a well-shaped body still goes to the spec validator", async () => {
    const s = await serve({ body: { id: 1 } });
    const error = await createToyClient({ baseUrl: s.url, validateResponses: true, responseValidator })
      .getItem("a")
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
  });
});

describe("Retry-After is honoured only within (0, 60 s]; longer asks surface at once", () => {
  it("Retry-After: 999999 is not waited out: RateLimitError with retryAfterMs, one request", async () => {
    const s = await serve({ status: 429, headers: { "retry-after": "999999" }, body: { error: "later" } });
    const started = performance.now();
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 999_999_000 });
    expect(s.requests).toHaveLength(1);
  });

  it("a wait above the caller's maxRetryDelayMs surfaces too", async () => {
    const s = await serve({ status: 429, headers: { "retry-after": "5" } }, { body: { id: "a", n: 1 } });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a", { maxRetryDelayMs: 1000 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retryAfterMs: 5000 });
  });

  it.each([["0"], ["Thu, 01 Jan 1970 00:00:00 GMT"], ["-3"], ["soon"]])(
    "Retry-After: %s uses the client's own backoff (≥ 500 ms), not an immediate retry",
    async (value) => {
      const s = await serve({ status: 429, headers: { "retry-after": value } }, { body: { id: "a", n: 1 } });
      const waits: number[] = [];
      const client = createToyClient({ baseUrl: s.url, onRetry: (r) => waits.push(r.delayMs) });
      await expect(client.getItem("a")).resolves.toEqual({ id: "a", n: 1 });
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThanOrEqual(500);
      const [first, second] = s.requests;
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(490);
    },
  );
});

describe("ids can only address their own path segment", () => {
  it.each(["", " ", ".", "..", "../calls", "a/b", "a?x=1", "a#b", "a\\b", "%2e%2e", "a\nb"])(
    "rejects id %j before any request",
    async (id) => {
      const s = await serve({ body: { id: "a", n: 1 } });
      const error = await createToyClient({ baseUrl: s.url })
        .getItem(id)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ argument: "id" });
      expect(s.requests).toHaveLength(0);
    },
  );

  it("an ordinary id with dots and dashes is sent, encoded", async () => {
    const s = await serve({ body: { id: "a", n: 1 } });
    await createToyClient({ baseUrl: s.url }).getItem("call.v2-ü");
    expect(s.requests[0]?.url).toBe("/items/call.v2-%C3%BC");
  });
});

describe("redaction runs before truncation, at any depth", () => {
  it("redacts a key 10 000 levels deep in an error body", async () => {
    let deep: unknown = { echo: TOY_KEY };
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    let node = createRedactor([TOY_KEY]).value(deep) as { d?: unknown; echo?: unknown };
    for (let i = 0; i < 10_000; i++) node = node.d as typeof node;
    expect(node).toEqual({ echo: "[REDACTED]" });
  });

  it("a key echoed 100 levels deep in an API error body is redacted", async () => {
    const body = `${"[".repeat(100)}"${TOY_KEY}"${"]".repeat(100)}`;
    const s = await serve({ status: 400, body, headers: { "content-type": "application/json" } });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain(TOY_KEY);
  });

  it("a key straddling the 200-character body snippet keeps none of its characters", async () => {
    const body = `<html>${"x".repeat(200 - 6 - 11)}${TOY_KEY}</html>`;
    const s = await serve({ body });
    const error = await createToyClient({ baseUrl: s.url })
      .getItem("a")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseBodyError);
    expect(inspect(error)).not.toContain(TOY_KEY.slice(0, 11));
  });

  it("a key straddling the 80-character cut of a validation issue keeps none of its characters", async () => {
    // A string where the spec wants an integer: a mismatch, reported with the value cut at 80 characters.
    const value = `${"y".repeat(80 - 1 - 11)}${TOY_SECRET}`;
    const s = await serve({ body: { id: "a", n: value, status: value } });
    const warnings: string[] = [];
    const noop = () => {};
    const logger = { debug: noop, info: noop, error: noop, warn: (m: string) => warnings.push(m) };
    const error = await createToyClient({
      baseUrl: s.url,
      validateResponses: true,
      responseValidator,
      logger,
    })
      .getItem("a")
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(`${inspect(error, { depth: 5 })} ${JSON.stringify(error)}`).not.toContain(TOY_SECRET.slice(0, 11));
    // The same value outside the `status` enum is drift: a warning line, as clean.
    expect(warnings.join("\n")).toContain("/status");
    expect(warnings.join("\n")).not.toContain(TOY_SECRET.slice(0, 11));
  });
});
