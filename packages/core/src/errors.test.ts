import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  makeAPIError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SwitchboardError,
  UnprocessableEntityError,
} from "./errors.js";

describe("makeAPIError", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])("HTTP %i → %o", (status, ErrorClass) => {
    const error = makeAPIError({
      provider: "toy",
      status,
      headers: { "x-request-id": "req_1" },
      body: { detail: "nope" },
    });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SwitchboardError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.message).toBe(`toy: HTTP ${status} nope`);
    expect(error.requestId).toBe("req_1");
  });

  it("names the envelope's message and error text", () => {
    const error = makeAPIError({
      provider: "zudu",
      status: 404,
      headers: {},
      body: { message: "Call not found", status: "error", error: "Call with ID 'x' does not exist" },
    });
    expect(error.message).toBe("zudu: HTTP 404 Call not found: Call with ID 'x' does not exist");
  });

  it("falls back to the first entry of an errors list (strings or {error, message})", () => {
    const detail = (body: unknown) =>
      makeAPIError({ provider: "toy", status: 401, headers: {}, body }).message;
    expect(detail({ data: null, errors: [{ error: "AUTH_FAILURE", message: "Unauthorized" }] })).toBe(
      "toy: HTTP 401 AUTH_FAILURE: Unauthorized",
    );
    expect(detail({ errors: ["Missing required parameter: phone_number."] })).toBe(
      "toy: HTTP 401 Missing required parameter: phone_number.",
    );
    expect(detail({ message: "Invalid parameters", errors: ["x"] })).toBe("toy: HTTP 401 Invalid parameters");
    expect(detail({ errors: [] })).toBe("toy: HTTP 401");
  });
});
