import { inspect } from "node:util";
import { type FaultServer, type FaultStep, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createRedactor } from "./redact.js";
import { createToyClient, TOY_KEY, TOY_SECRET } from "./test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An API that echoes the credentials back in its error bodies and headers: the worst case. */
function echoing(step: Omit<Extract<FaultStep, { status?: number }>, "body">) {
  return (req: { headers: Record<string, unknown> }): FaultStep => ({
    ...step,
    headers: {
      ...step.headers,
      "x-echo-key": String(req.headers["x-api-key"]),
      "x-api-key": String(req.headers["x-api-key"]),
    },
    body: {
      error: `bad key ${String(req.headers["x-api-key"])}`,
      secret: String(req.headers["x-api-secret"]),
    },
  });
}

function assertNoSecret(text: string) {
  expect(text).not.toContain(TOY_KEY);
  expect(text).not.toContain(TOY_SECRET);
}

describe("no API key or secret leaks", () => {
  it.each([
    ["401", { status: 401 }],
    ["403", { status: 403 }],
    ["404", { status: 404 }],
    ["429", { status: 429, headers: { "retry-after-ms": "1" } }],
    ["500", { status: 500, headers: { "retry-after-ms": "1" } }],
  ])("HTTP %s: message, body, headers, toJSON, inspect and logs are clean", async (_name, step) => {
    server = await startFaultServer(echoing(step));
    const lines: string[] = [];
    const logger = {
      debug: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const client = createToyClient({ baseUrl: server.url, logger, logLevel: "debug", maxRetries: 1 });
    const error = await client.getItem(TOY_KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    assertNoSecret((error as Error).message);
    assertNoSecret(JSON.stringify(error));
    assertNoSecret(inspect(error, { depth: 10 }));
    assertNoSecret(lines.join("\n"));
    expect(lines.some((l) => l.includes("GET") && l.includes(`→ ${step.status}`))).toBe(true);
    expect((error as { headers: Record<string, string> }).headers["x-api-key"]).toBe("[REDACTED]");
  });

  it("connection errors, timeouts and bad bodies are clean too", async () => {
    for (const step of [
      { reset: true },
      { stall: true },
      { body: `<html>${TOY_KEY}</html>` },
    ] as FaultStep[]) {
      server = await startFaultServer(() => step);
      const error = await createToyClient({
        baseUrl: `${server.url}/k/${TOY_KEY}`,
        maxRetries: 0,
        timeoutMs: 100,
      })
        .getItem(TOY_SECRET)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      assertNoSecret(`${(error as Error).message} ${JSON.stringify(error)} ${inspect(error, { depth: 10 })}`);
      await server.close();
      server = undefined;
    }
  });
});

describe("createRedactor", () => {
  it("redacts credential headers by name and secrets inside any value", () => {
    const r = createRedactor(["abcd1234"]);
    expect(
      r.headers({ Authorization: "Bearer abcd1234", "X-API-SECRET": "x", Link: "<https://a?k=abcd1234>" }),
    ).toEqual({
      authorization: "[REDACTED]",
      "x-api-secret": "[REDACTED]",
      link: "<https://a?k=[REDACTED]>",
    });
    expect(r.value({ nested: ["abcd1234"] })).toEqual({ nested: ["[REDACTED]"] });
  });
});
