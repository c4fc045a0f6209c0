import { fetchWithoutHeaders, startFaultServer } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  createZuduClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index.js";
import { zuduResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "sk_test_0123456789";
const apiSecret = "s3cr3t_test_0123456789";
const client = createZuduClient({
  apiKey,
  apiSecret,
  baseUrl,
  validateResponses: true,
  responseValidator: zuduResponseValidator,
  maxRetries: 0,
});

describe("Zudu client against the Prism mock of specs/zudu.yaml", () => {
  it("gets the seed call, unwrapped from Zudu's envelope, validated against the spec", async () => {
    const call = await client.getCall("call-456");
    expect(call.call_id).toBe("call-456");
    expect(call.call_status).toBe("ONGOING");
    expect(call.end_timestamp).toBeNull();
    expect(call.call_cost?.combined_cost).toBe(0.15);
  });

  it("lists calls with a JSON body of filters, 0-based page", async () => {
    const page = await client.listCalls({
      page: 0,
      limit: 20,
      sort_order: "descending",
      filter_criteria: { call_status: ["ENDED"], duration_ms: { lower_threshold: 1000 } },
    });
    expect(page.data.map((c) => c.call_id)).toEqual(["call-457", "call-456"]);
    expect(page.body.pagination?.has_next_page).toBe(false);
    expect(page.hasNextPage()).toBe(false);
  });

  it("rejects a body outside the documented schema (400 from Prism)", async () => {
    // A 400 is never retried; the retries only cover a connection Prism drops under load (it answers a
    // request it rejects before reading the whole body).
    await expect(client.listCalls({ page: -1 }, { maxRetries: 2 })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("throws AuthenticationError when only one of key and secret is sent (both are required)", async () => {
    const noSecret = createZuduClient({
      apiKey,
      apiSecret,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("x-api-secret"),
    });
    const error = await noSecret.getCall("call-456").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      provider: "zudu",
      body: { status: "error", message: "Unauthorized" },
    });
  });

  it.each([
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, InternalServerError],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class with the envelope as body",
    async (status, ErrorClass) => {
      const error = await client
        .getCall("call_abc123", { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, provider: "zudu", body: { status: "error" } });
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(apiSecret);
    },
  );

  it("names the 404 envelope's message and error", async () => {
    const error = await client
      .getCall("call_abc123", { headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "zudu: HTTP 404 Call not found: Call with ID 'call_abc123' does not exist",
    );
  });

  it('throws on an envelope that says status: "error", even with HTTP 200', async () => {
    const server = await startFaultServer(() => ({
      body: { message: "Lookup failed", status: "error", error: "db timeout" },
    }));
    try {
      const bad = createZuduClient({ apiKey, apiSecret, baseUrl: server.url, maxRetries: 0 });
      const error = await bad.getCall("call-456").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 200, body: { status: "error", error: "db timeout" } });
    } finally {
      await server.close();
    }
  });
});
