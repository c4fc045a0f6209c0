import { fetchWithoutHeaders } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createOpenMicClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  SwitchboardError,
} from "../src/index.js";
import { openMicResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "om_test_key_0123456789";
const client = createOpenMicClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: openMicResponseValidator,
  maxRetries: 0,
});

describe("OpenMic client against the Prism mock of specs/openmic.yaml", () => {
  it("gets the seed call, typed, and the body validates against the spec", async () => {
    const call = await client.getCall("cmbbvrg8wzi487w02m2bc7dji");
    expect(call.call_id).toBe("cmbbvrg8wzi487w02m2bc7dji");
    expect(call.call_status).toBe("ended");
    expect(call.duration_ms).toBe(300000);
    expect(call.transcript).toHaveLength(3);
    expect(call.call_cost?.total_cost).toBe(0.0822);
  });

  it("lists calls with filters; the seed list example (placeholders) validates too", async () => {
    const page = await client.listCalls({
      limit: 20,
      call_status: "ended",
      from_date: "2023-03-01T00:00:00Z",
    });
    expect(page.data.map((c) => c.call_id)).toEqual([
      "cmbbvrg8wzi487w02m2bc7dji",
      "cmbbw1x3kzi490w02q9vt4pla",
    ]);
    expect(page.body.pagination.has_more).toBe(false);
    expect(page.hasNextPage()).toBe(false);

    const seed = await client.listCalls({}, { headers: { Prefer: "example=seed" } });
    expect(seed.data[0]?.call_id).toBe("<string>");
    expect(seed.data[0]?.transcript).toEqual([["<string>"]]);
  });

  it("rejects a filter outside the documented range before any data is returned (400 from Prism)", async () => {
    await expect(client.listCalls({ limit: 500 })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("throws AuthenticationError with status and parsed body when the key is refused (Prism security check)", async () => {
    const noAuth = createOpenMicClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    const error = await noAuth.getCall("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, provider: "openmic" });
    expect((error as AuthenticationError).body).toEqual({
      error: "Unauthorized",
      message: "Invalid or expired API key",
    });
  });

  it.each([
    [404, NotFoundError, { error: "Call not found" }],
    [429, RateLimitError, { error: "Too many requests" }],
    [500, InternalServerError, { error: "Internal server error" }],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class with the body",
    async (status, ErrorClass, body) => {
      const error = await client
        .getCall("missing", { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, body, provider: "openmic" });
      expect(String((error as Error).message)).not.toContain(apiKey);
    },
  );
});

describe("opt-in response validation", () => {
  it("validateResponses without the validator fails at creation, naming what to import", () => {
    const create = () => createOpenMicClient({ apiKey, baseUrl, validateResponses: true });
    expect(create).toThrow(SwitchboardError);
    expect(create).toThrow('import { openMicResponseValidator } from "@switchboard/openmic/validation"');
  });
});
