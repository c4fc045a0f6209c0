import { fetchWithoutHeaders, startFaultServer } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  createButterClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index.js";
import { butterResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "bt_test_key_0123456789";
const client = createButterClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: butterResponseValidator,
  maxRetries: 0,
});

describe("Butter client against the Prism mock of specs/butter.yaml", () => {
  it("gets the seed call, unwrapped from {success, data}, validated against the spec", async () => {
    const call = await client.getCall("call_abc123def456");
    expect(call.call_sid).toBe("call_abc123def456");
    expect(call.total_cost).toBe(12.35);
    expect(call.transport).toBe("twilio");
    expect(call.transcript).toHaveLength(1);
  });

  it("authenticates with Bearer + X-Organization-Id as well", async () => {
    const org = createButterClient({ apiKey, organizationId: "org_123", baseUrl, maxRetries: 0 });
    await expect(org.getCall("call_abc123def456")).resolves.toMatchObject({ agent_id: "agent_xyz789" });
  });

  it("lists the only page of rows (has_more: false ends the list)", async () => {
    const page = await client.listCalls({ limit: 50 });
    expect(page.data.map((c) => c.status)).toEqual(["completed", "no-answer"]);
    expect(page.hasNextPage()).toBe(false);
  });

  it("lists a page of rows with its cursor", async () => {
    const page = await client.listCalls({ limit: 2 }, { headers: { Prefer: "example=withNextPage" } });
    expect(page.data.map((c) => c.call_sid)).toEqual(["call_abc123def456", "call_def456ghi789"]);
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextPageParams()).toEqual({ limit: 2, cursor: page.body.pagination?.next_cursor });
  });

  it("throws AuthenticationError when the key is refused (Prism's security check)", async () => {
    const noKey = createButterClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("x-api-key"),
    });
    const error = await noKey.getCall("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      provider: "butter",
      body: { success: false, error: "Unauthorized" },
    });
  });

  it.each([
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, InternalServerError],
  ] as const)("maps HTTP %i (Prefer: code) to its error class", async (status, ErrorClass) => {
    const error = await client
      .getCall("missing", { headers: { Prefer: `code=${status}` } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, provider: "butter", body: { success: false } });
    expect(JSON.stringify(error)).not.toContain(apiKey);
  });

  it("throws on an envelope that says success: false, even with HTTP 200", async () => {
    const server = await startFaultServer(() => ({ body: { success: false, error: "quota exhausted" } }));
    try {
      const bad = createButterClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
      const error = await bad.getCall("call_1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 200, body: { success: false, error: "quota exhausted" } });
      expect((error as Error).message).toBe("butter: HTTP 200 quota exhausted");
    } finally {
      await server.close();
    }
  });
});
