import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ResponseValidationError, SwitchboardError } from "./errors.js";
import { createToyClient, toySpec } from "./test-support/toy-client.js";
import { createSpecValidator } from "./validation.js";

const responseValidator = createSpecValidator("toy", toySpec);

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A toy client with `validateResponses: true`, and the warnings it logs. */
function strictClient(baseUrl: string) {
  const warnings: string[] = [];
  const noop = () => {};
  const logger = { debug: noop, info: noop, error: noop, warn: (m: string) => warnings.push(m) };
  return {
    client: createToyClient({ baseUrl, validateResponses: true, responseValidator, logger }),
    warnings,
  };
}

describe("validateResponses", () => {
  it("passes a body that matches the spec, extra fields included (drift is not an error)", async () => {
    server = await startFaultServer(() => ({ body: { id: "a", n: 1, brand_new_field: true } }));
    const client = createToyClient({ baseUrl: server.url, validateResponses: true, responseValidator });
    await expect(client.getItem("a")).resolves.toEqual({ id: "a", n: 1, brand_new_field: true });
  });

  it("throws ResponseValidationError listing every path, expected and actual; a new enum value is not one", async () => {
    server = await startFaultServer(() => ({ body: { n: "3", status: "weird" } }));
    const { client, warnings } = strictClient(server.url);
    const error = (await client.getItem("a").catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operationId).toBe("getItem");
    expect(error.issues).toEqual([
      { path: "/id", expected: "a required property", actual: undefined },
      { path: "/n", expected: "type integer", actual: '"3"' },
    ]);
    expect(error.message).toContain('/n: expected type integer, got "3"');
    expect(warnings).toEqual([
      '[switchboard:toy] toy: getItem response has 1 value the spec does not list (drift, kept as sent): /status: "weird", expected one of "ok", "done"',
    ]);
  });

  it("passes a body whose only mismatch is an enum value new to the spec (drift), with a warning", async () => {
    server = await startFaultServer(() => ({ body: { id: "a", n: 1, status: "archived" } }));
    const { client, warnings } = strictClient(server.url);
    await expect(client.getItem("a")).resolves.toEqual({ id: "a", n: 1, status: "archived" });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('/status: "archived", expected one of "ok", "done"');
    const validate = await responseValidator.forResponse("getItem", 200);
    expect(validate({ id: "a", n: 1, status: "archived" })).toEqual([
      { path: "/status", expected: 'one of "ok", "done"', actual: '"archived"', drift: true },
    ]);
    // A wrong type is still an error, beside the drift.
    expect(validate({ id: "a", n: 1.5, status: "archived" }).map((i) => [i.path, i.drift ?? false])).toEqual([
      ["/status", true],
      ["/n", false],
    ]);
  });

  it('logs instead of throwing in "warn" mode', async () => {
    server = await startFaultServer(() => ({ body: { id: 7, n: 1 } }));
    const warnings: string[] = [];
    const noop = () => {};
    const client = createToyClient({
      baseUrl: server.url,
      validateResponses: "warn",
      responseValidator,
      logger: { debug: noop, info: noop, error: noop, warn: (m: string) => warnings.push(m) },
    });
    await expect(client.getItem("a")).resolves.toEqual({ id: 7, n: 1 });
    expect(warnings).toEqual([
      "[switchboard:toy] toy: getItem response does not match the spec (1 issue): /id: expected type string, got 7",
    ]);
  });

  it("without responseValidator, fails at creation with a SwitchboardError that tells what to import", () => {
    for (const validateResponses of [true, "warn"] as const) {
      const create = () => createToyClient({ baseUrl: "http://127.0.0.1:9", validateResponses });
      expect(create).toThrow(SwitchboardError);
      expect(create).toThrow(
        /^toy: validateResponses needs the provider's response validator.*import \{ toyResponseValidator \} from "\.\/test-support\/toy-client\.js", and pass it as the responseValidator option$/,
      );
    }
  });

  it("refuses another provider's validator", () => {
    const create = () =>
      createToyClient({
        baseUrl: "http://127.0.0.1:9",
        validateResponses: true,
        responseValidator: createSpecValidator("other", toySpec),
      });
    expect(create).toThrow(SwitchboardError);
    expect(create).toThrow(/^toy: responseValidator is the validator of "other", not toy/);
  });

  it("loads no validator when validateResponses is off, even with one given", async () => {
    server = await startFaultServer(() => ({ body: { id: 7 } }));
    const client = createToyClient({ baseUrl: server.url, responseValidator });
    await expect(client.getItem("a")).resolves.toEqual({ id: 7 });
  });
});
