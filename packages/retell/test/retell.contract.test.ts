import { fetchWithoutHeaders } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createRetellClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { retellResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "key_test_0123456789abcdef";
const client = createRetellClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: retellResponseValidator,
  maxRetries: 0,
});

describe("Retell AI client against the Prism mock of specs/retell.yaml", () => {
  it("gets the reference's web call, typed, and the body validates against the spec", async () => {
    const call = await client.getCall("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
    expect(call.call_id).toBe("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
    expect(call.call_type).toBe("web_call");
    expect(call.latency?.e2e?.p50).toBe(800);
    expect(call.call_cost?.combined_cost).toBe(70);
    expect(call.transcript_object?.[0]?.words?.[0]).toEqual({ word: "hi", start: 0.7, end: 1.3 });
  });

  it("gets the phone-call example; its variant carries numbers and direction", async () => {
    const call = await client.getCall("x", { headers: { Prefer: "example=phoneCall" } });
    expect(call.call_type).toBe("phone_call");
    if (call.call_type === "phone_call") {
      expect([call.from_number, call.to_number, call.direction]).toEqual([
        "+12137771234",
        "+12137771235",
        "inbound",
      ]);
    }
  });

  it("lists calls over POST /v3/list-calls; the page exposes the cursor and has_more", async () => {
    const page = await client.listCalls(
      { limit: 2, sort_order: "descending", filter_criteria: {} },
      { headers: { Prefer: "example=more" } },
    );
    expect(page.data.map((c) => c.call_id)).toEqual([
      "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
      "Kcbs0UYZZKigwm7Tzzqj99seBIZInd7r",
    ]);
    expect(page.body.has_more).toBe(true);
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextPageParams()).toEqual({
      limit: 2,
      sort_order: "descending",
      filter_criteria: {},
      pagination_key: page.body.pagination_key,
    });
  });

  it("lists calls over the legacy POST /v2/list-calls (a bare array)", async () => {
    const page = await client.listCallsLegacy({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.nextPageParams()).toEqual({ limit: 2, pagination_key: "Kcbs0UYZZKigwm7Tzzqj99seBIZInd7r" });
    // A page shorter than the requested limit is the last one.
    const short = await client.listCallsLegacy({ limit: 1000 });
    expect(short.hasNextPage()).toBe(false);
  });

  it("rejects a legacy limit above the documented 1000 (400 from Prism's request validation)", async () => {
    await expect(client.listCallsLegacy({ limit: 5000 })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("throws AuthenticationError with Retell's error body when the key is refused", async () => {
    const noAuth = createRetellClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    const error = await noAuth.getCall("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, provider: "retell" });
    expect((error as AuthenticationError).body).toEqual({
      status: "error",
      message: "API key is missing or invalid.",
    });
  });

  it.each([
    [404, NotFoundError, "The requested resource was not found."],
    [422, UnprocessableEntityError, "Cannot find requested asset under given api key."],
    [429, RateLimitError, "Account rate limited, please throttle your requests."],
    [500, InternalServerError, "An unexpected server error occurred."],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class with the body",
    async (status, ErrorClass, message) => {
      const error = await client
        .getCall("missing", { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, body: { status: "error", message }, provider: "retell" });
      expect(String((error as Error).message)).not.toContain(apiKey);
    },
  );
});

describe("response validation: enum drift is a warning, a wrong type an error", () => {
  it("a disconnection_reason new to the spec passes validation, kept as sent, with a warning", async () => {
    const { startFaultServer } = await import("@switchboard/testing");
    const original = await client.getCall("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
    const server = await startFaultServer((req) =>
      req.headers["x-case"] === "wrong"
        ? { body: { ...original, duration_ms: "ten" } }
        : { body: { ...original, disconnection_reason: "brand_new_reason_2027" } },
    );
    try {
      const warnings: string[] = [];
      const noop = () => {};
      const strict = createRetellClient({
        apiKey,
        baseUrl: server.url,
        validateResponses: true,
        responseValidator: retellResponseValidator,
        maxRetries: 0,
        logger: { debug: noop, info: noop, error: noop, warn: (m: string) => warnings.push(m) },
      });
      const call = await strict.getCall("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
      expect(call.disconnection_reason).toBe("brand_new_reason_2027");
      expect(warnings.join("\n")).toMatch(/\/disconnection_reason: "brand_new_reason_2027", expected one of/);
      // A wrong type is still an error.
      const wrong = await strict
        .getCall("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6", { headers: { "x-case": "wrong" } })
        .catch((e: unknown) => e);
      expect(wrong).toMatchObject({ name: "ResponseValidationError" });
      expect((wrong as Error).message).toContain('/duration_ms: expected type integer, got "ten"');
    } finally {
      await server.close();
    }
  });
});
