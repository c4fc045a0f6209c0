import { fetchWithoutHeaders } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createBlandClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  SwitchboardError,
} from "../src/index.js";
import { blandResponseValidator } from "../src/validation.js";

const baseUrl = inject("prismUrl");
const apiKey = "sk-bland_test_key_0123456789";
const client = createBlandClient({
  apiKey,
  baseUrl,
  validateResponses: true,
  responseValidator: blandResponseValidator,
  maxRetries: 0,
});

describe("Bland AI client against the Prism mock of specs/bland.yaml", () => {
  it("gets the reference's call, typed, and the body validates against the spec", async () => {
    const call = await client.getCall("12345678-1234-1234-1234-123456789012");
    expect(call.call_id).toBe("12345678-1234-1234-1234-123456789012");
    expect(call.call_length).toBe(0.75);
    expect(call.corrected_duration).toBe("45");
    expect(call.price).toBe(0.068);
    expect(call.inbound).toBe(false);
    expect(call.transcripts?.map((t) => t.user)).toEqual(["user", "assistant"]);
  });

  it("lists one index range with filters; the reference's own list example validates too", async () => {
    const page = await client.listCalls({ from: 0, to: 2, inbound: false, sort_by: "created_at" });
    expect(page.data.map((c) => c.call_id)).toEqual([
      "12345678-1234-1234-1234-123456789012",
      "12345678-1234-1234-1234-123456789012",
    ]);
    expect(page.body.total_count).toBe(2);
    expect(page.hasNextPage()).toBe(false);

    const seed = await client.listCalls({}, { headers: { Prefer: "example=seed" } });
    expect(seed.body.count).toBe(784);
    expect(seed.data[0]?.call_length).toBe(0.834);
    expect(seed.data[0]?.transcripts).toBeUndefined();
  });

  it("rejects an undocumented sort_by (400 from Prism's request validation)", async () => {
    await expect(client.listCalls({ sort_by: "duration" as unknown as "created_at" })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it("rejects an empty or reversed range, or a zero limit, before sending anything", async () => {
    await expect(client.listCalls({ from: 10, to: 5 })).rejects.toThrow(
      /to \(5\) must be greater than from \(10\)/,
    );
    await expect(client.listCalls({ from: 3, to: 3 })).rejects.toBeInstanceOf(SwitchboardError);
    await expect(client.listCalls({ limit: 0 })).rejects.toBeInstanceOf(SwitchboardError);
  });

  it("sends the key as a bare authorization header (no Bearer), and throws AuthenticationError without it", async () => {
    const seen: (string | null)[] = [];
    const spy = createBlandClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: (request) => {
        seen.push(request.headers.get("authorization"));
        return fetch(request);
      },
    });
    await spy.getCall("12345678-1234-1234-1234-123456789012");
    expect(seen).toEqual([apiKey]);

    const noAuth = createBlandClient({
      apiKey,
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    const error = await noAuth.getCall("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, provider: "bland" });
    expect((error as Error).message).toBe("bland: HTTP 401 AUTH_FAILURE: Unauthorized");
    expect((error as AuthenticationError).body).toEqual({
      data: null,
      errors: [{ error: "AUTH_FAILURE", message: "Unauthorized" }],
    });
  });

  it("sends encrypted_key when given and redacts it like the API key", async () => {
    const encryptedKey = "enc_twilio_0123456789abcdef";
    const seen: (string | null)[] = [];
    const byot = createBlandClient({
      apiKey,
      encryptedKey,
      baseUrl,
      maxRetries: 0,
      fetch: (request) => {
        seen.push(request.headers.get("encrypted_key"));
        return fetch(request);
      },
    });
    await byot.getCall("12345678-1234-1234-1234-123456789012");
    expect(seen).toEqual([encryptedKey]);
    expect(() => createBlandClient({ apiKey, encryptedKey: "" })).toThrow(/encryptedKey/);
  });

  it.each([
    [
      404,
      NotFoundError,
      { status: "error", data: null, errors: [{ error: "CALL_NOT_FOUND", message: "Call not found" }] },
    ],
    [429, RateLimitError, { status: "error", message: "Rate limit exceeded" }],
    [500, InternalServerError, { status: "error", message: "Internal server error" }],
  ] as const)(
    "maps HTTP %i (Prefer: code) to its error class with the body",
    async (status, ErrorClass, body) => {
      const error = await client
        .getCall("missing", { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status, body, provider: "bland" });
      expect(String((error as Error).message)).not.toContain(apiKey);
    },
  );
});
