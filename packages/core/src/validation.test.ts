import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ResponseValidationError } from "./errors.js";
import { createToyClient } from "./test-support/toy-client.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("validateResponses", () => {
  it("passes a body that matches the spec, extra fields included (drift is not an error)", async () => {
    server = await startFaultServer(() => ({ body: { id: "a", n: 1, brand_new_field: true } }));
    const client = createToyClient({ baseUrl: server.url, validateResponses: true });
    await expect(client.getItem("a")).resolves.toEqual({ id: "a", n: 1, brand_new_field: true });
  });

  it("throws ResponseValidationError listing every path, expected and actual", async () => {
    server = await startFaultServer(() => ({ body: { n: "3", status: "weird" } }));
    const client = createToyClient({ baseUrl: server.url, validateResponses: true });
    const error = (await client.getItem("a").catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operationId).toBe("getItem");
    expect(error.issues).toEqual([
      { path: "/id", expected: "a required property", actual: undefined },
      { path: "/n", expected: "type integer", actual: '"3"' },
      { path: "/status", expected: 'one of "ok", "done"', actual: '"weird"' },
    ]);
    expect(error.message).toContain('/n: expected type integer, got "3"');
  });

  it('logs instead of throwing in "warn" mode', async () => {
    server = await startFaultServer(() => ({ body: { id: 7, n: 1 } }));
    const warnings: string[] = [];
    const noop = () => {};
    const client = createToyClient({
      baseUrl: server.url,
      validateResponses: "warn",
      logger: { debug: noop, info: noop, error: noop, warn: (m: string) => warnings.push(m) },
    });
    await expect(client.getItem("a")).resolves.toEqual({ id: 7, n: 1 });
    expect(warnings).toEqual([
      "[switchboard:toy] toy: getItem response does not match the spec (1 issue): /id: expected type string, got 7",
    ]);
  });
});
