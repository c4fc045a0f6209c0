import { afterEach, describe, expect, it, vi } from "vitest";
import { parseRetryAfterMs, retryDelayMs } from "./retry.js";

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each([
    [{ "retry-after": "1" }, 1000],
    [{ "retry-after": "2.5" }, 2500],
    [{ "retry-after-ms": "150" }, 150],
    [{ "retry-after-ms": "150", "retry-after": "9" }, 150],
    [{ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }, 3000],
    [{ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, 0],
    [{ "retry-after": "3600" }, 3_600_000],
    [{ "retry-after": "-5" }, undefined],
    [{ "retry-after": "soon" }, undefined],
    [{}, undefined],
  ])("reads %j as %s ms", (headers, expected) => {
    expect(parseRetryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe("retryDelayMs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("backs off exponentially from 0.5–1 s, each wait in [d/2, d] with d capped at 8 s", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect([0, 1, 2, 3, 4, 5].map((a) => retryDelayMs(a))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    vi.spyOn(Math, "random").mockReturnValue(0.999999);
    expect([0, 1, 2, 3, 4, 5].map((a) => retryDelayMs(a))).toEqual([999, 1999, 3999, 7999, 7999, 7999]);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    expect(retryDelayMs(0)).toBe(750);
  });

  it("prefers the server's Retry-After", () => {
    expect(retryDelayMs(3, new Headers({ "retry-after": "1" }))).toBe(1000);
  });
});
