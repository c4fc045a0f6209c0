import { fetchWithoutHeaders, startFaultServer } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  createThinnestAIClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index.js";
import { thinnestAIResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "thns_sk_test_0123456789";
const client = createThinnestAIClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: thinnestAIResponseValidator,
  maxRetries: 0,
});

describe("ThinnestAI client against the Prism mock of specs/thinnestai.yaml", () => {
  it("gets the seed call 77, validated against the spec", async () => {
    const call = await client.getCall(77);
    expect(call.id).toBe(77);
    expect(call.type).toBe("web");
    expect(call.transcript?.map((t) => t.timestamp)).toEqual(["0.0", "5.2", "6.1"]);
    expect(call.cost?.total_inr).toBe(6.8);
  });

  it("lists call summaries with filters", async () => {
    const page = await client.listCalls({
      limit: 2,
      status: "ended",
      type: "inbound",
      start_date: "2026-03-01T00:00:00Z",
    });
    expect(page.data.map((c) => c.id)).toEqual([78, 77]);
    expect(page.body.total).toBe(2);
    expect(page.hasNextPage()).toBe(false);
  });

  it("throws AuthenticationError when the key is refused (Prism's security check)", async () => {
    const noKey = createThinnestAIClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    const error = await noKey.getCall(77).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      provider: "thinnestai",
      body: { detail: "Invalid or missing API key", status: 401 },
    });
  });

  it.each([
    [403, PermissionDeniedError, "Not authorized to access this call"],
    [404, NotFoundError, "Call not found"],
    [429, RateLimitError, "Rate limit exceeded"],
    [500, InternalServerError, "Internal server error"],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class and {detail, status} body",
    async (status, ErrorClass, detail) => {
      const error = await client
        .getCall(1, { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, provider: "thinnestai", body: { detail, status } });
      expect((error as Error).message).toBe(`thinnestai: HTTP ${status} ${detail}`);
    },
  );

  it("reads Retry-After and the rate-limit headers of a 429", async () => {
    const error = (await client
      .getCall(1, { headers: { Prefer: "code=429" } })
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.headers["x-ratelimit-limit"]).toBe("120");
  });

  it("unwraps a {data, message, status} wrapper, and throws when it says error even on HTTP 200", async () => {
    const bodies = [
      { data: { id: 5, agent_id: "ag_1", status: "error" }, message: "ok", status: "success" },
      { message: "Call lookup failed", status: "error" },
    ];
    const server = await startFaultServer((_req, i) => ({ body: bodies[i] }));
    try {
      const wrapped = createThinnestAIClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
      await expect(wrapped.getCall(5)).resolves.toEqual({ id: 5, agent_id: "ag_1", status: "error" });
      const error = await wrapped.getCall(5).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 200, body: { status: "error" } });
    } finally {
      await server.close();
    }
  });
});
