/**
 * Regression: 2xx bodies of the wrong shape are `InvalidResponseBodyError` naming the provider, the
 * operation and what was expected, for each of the four clients, with or without `validateResponses`.
 */
import { createButterClient } from "@switchboard/butter";
import { butterResponseValidator } from "@switchboard/butter/validation";
import { createOpenMicClient, InvalidResponseBodyError } from "@switchboard/openmic";
import { openMicResponseValidator } from "@switchboard/openmic/validation";
import { createThinnestAIClient } from "@switchboard/thinnestai";
import { thinnestAIResponseValidator } from "@switchboard/thinnestai/validation";
import { createZuduClient } from "@switchboard/zudu";
import { zuduResponseValidator } from "@switchboard/zudu/validation";
import { describe, expect, it } from "vitest";

/** A fetch answering every request with `body` (JSON text) or, for `undefined`, a 204. */
const answer = (body: string | undefined) => async () =>
  body === undefined
    ? new Response(null, { status: 204 })
    : new Response(body, { status: 200, headers: { "content-type": "application/json" } });

const options = (body: string | undefined, validateResponses: boolean) => ({
  apiKey: "sk_shape_0123456789",
  baseUrl: "http://127.0.0.1:9",
  fetch: answer(body),
  maxRetries: 0,
  validateResponses,
});

type Case = [
  provider: string,
  operation: "getCall" | "listCalls",
  body: string | undefined,
  expected: string,
];

const CASES: Case[] = [
  ["openmic", "listCalls", "[]", "an object as the body"],
  ["openmic", "listCalls", '"calls"', "an object as the body"],
  ["openmic", "listCalls", "{}", 'an array at "calls"'],
  ["openmic", "listCalls", "null", "an object as the body"],
  ["openmic", "listCalls", undefined, "an object as the body"],
  ["zudu", "listCalls", "null", "an object as the body"],
  ["zudu", "listCalls", undefined, "an object as the body"],
  ["zudu", "getCall", "null", "an object as the body"],
  ["butter", "listCalls", "null", "an object as the body"],
  ["butter", "listCalls", undefined, "an object as the body"],
  ["butter", "listCalls", "[]", "an object as the body"],
  ["butter", "listCalls", "{}", 'an array at "data"'],
  ["butter", "getCall", "null", "an object as the body"],
  ["openmic", "getCall", "[]", "an object as the body"],
  ["openmic", "getCall", "null", "an object as the body"],
  ["openmic", "getCall", undefined, "an object as the body"],
  ["thinnestai", "getCall", "[]", "an object as the body"],
  ["thinnestai", "getCall", "null", "an object as the body"],
  ["thinnestai", "getCall", undefined, "an object as the body"],
  ["thinnestai", "listCalls", "[]", "an object as the body"],
  ["thinnestai", "listCalls", "{}", 'an array at "calls"'],
];

function client(provider: string, body: string | undefined, validate: boolean) {
  const o = options(body, validate);
  if (provider === "openmic")
    return createOpenMicClient({ ...o, responseValidator: openMicResponseValidator });
  if (provider === "zudu")
    return createZuduClient({
      ...o,
      apiSecret: "s3cr3t_shape_98765",
      responseValidator: zuduResponseValidator,
    });
  if (provider === "butter") return createButterClient({ ...o, responseValidator: butterResponseValidator });
  return createThinnestAIClient({ ...o, responseValidator: thinnestAIResponseValidator });
}

describe("wrong-shaped 2xx bodies", () => {
  for (const validate of [false, true]) {
    it.each(CASES)(
      `%s %s on %s → InvalidResponseBodyError (validateResponses: ${validate})`,
      async (provider, operation, body, expected) => {
        const c = client(provider, body, validate) as ReturnType<typeof createOpenMicClient>;
        const run =
          operation === "getCall"
            ? c.getCall((provider === "thinnestai" ? 7 : "call_1") as never)
            : c.listCalls();
        const error = await run.catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidResponseBodyError);
        expect(error).toMatchObject({ provider, operationId: operation, expected });
      },
    );
  }
});
