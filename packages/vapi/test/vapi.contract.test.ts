import { fetchWithoutHeaders } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createVapiClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from "../src/index.js";
import { vapiResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "vapi_test_key_0123456789";
const client = createVapiClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: vapiResponseValidator,
  maxRetries: 0,
});

describe("Vapi client against the Prism mock of specs/vapi.yaml", () => {
  it("gets the ended call, typed, and the body validates against the spec", async () => {
    const call = await client.getCall("9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f");
    expect(call.id).toBe("9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f");
    expect(call.type).toBe("outboundPhoneCall");
    expect(call.endedReason).toBe("customer-ended-call");
    expect(call.cost).toBe(0.1634);
    expect(call.costBreakdown?.total).toBe(0.1634);
    expect(call.artifact?.messages).toHaveLength(7);
    expect(call.customer?.number).toBe("+12345678913");
  });

  it.each([
    ["seed", "outboundPhoneCall", "queued"],
    ["websocketTransport", "vapi.websocketCall", "queued"],
    ["forwardingDrops", undefined, "ended"],
  ] as const)("serves the docs' %s example and it validates against the spec", async (name, type, status) => {
    const call = await client.getCall("x", { headers: { Prefer: `example=${name}` } });
    expect(call.type).toBe(type);
    expect(call.status).toBe(status);
  });

  it("lists calls as a bare array with filters; one short page ends the list", async () => {
    const page = await client.listCalls({
      limit: 10,
      assistantId: "5b0a4a08-133c-4146-9315-0984f8c6be80",
      createdAtGe: "2024-09-01T00:00:00Z",
    });
    expect(page.data.map((c) => c.id)).toEqual([
      "9c1d3b0e-5f6a-4c2b-8e7d-1a2b3c4d5e6f",
      "7420f27a-30fd-4f49-a995-5549ae7cc00d",
    ]);
    expect(page.body).toHaveLength(2);
    expect(page.hasNextPage()).toBe(false);
  });

  it("rejects a limit above 1000 and a malformed date-time filter (400 from Prism)", async () => {
    await expect(client.listCalls({ limit: 5000 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.listCalls({ createdAtLt: "yesterday" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("throws AuthenticationError with status and body when the key is refused (Prism security check)", async () => {
    const noAuth = createVapiClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    const error = await noAuth.getCall("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      provider: "vapi",
      body: { message: "Unauthorized", statusCode: 401 },
    });
  });

  it.each([
    [404, NotFoundError, { message: "Not Found", error: "Not Found", statusCode: 404 }],
    [429, RateLimitError, { message: "Too Many Requests", statusCode: 429 }],
    [500, InternalServerError, { message: "Internal server error", statusCode: 500 }],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class with the body",
    async (status, ErrorClass, body) => {
      const error = await client
        .getCall("missing", { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, body, provider: "vapi" });
      expect(String((error as Error).message)).not.toContain(apiKey);
    },
  );

  it("requires an API key, naming the option and the environment variable", () => {
    expect(() => createVapiClient({ apiKey: "" })).toThrow(
      /vapi: the apiKey option is required.*VAPI_API_KEY/,
    );
  });
});
