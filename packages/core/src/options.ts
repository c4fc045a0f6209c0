import { InvalidArgumentError } from "./errors.js";
import type { Concurrency } from "./limiter.js";
import type { IterateOptions } from "./pagination.js";
import type { RequestOptions } from "./transport.js";

/** The longest timer Node and browsers honour (2³¹−1 ms, ~24.8 days); longer ones fire after ~1 ms. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** Whether `text` holds only what an HTTP header value can carry: tab, visible ASCII, space, Latin-1 (no CR, LF, NUL, DEL). */
function isHeaderValue(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || c > 0xff) return false;
  }
  return true;
}

/** Whether `text` holds a C0 control character or DEL. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const fail = (provider: string, argument: string, problem: string): never => {
  throw new InvalidArgumentError(`${provider}: the ${argument} option ${problem}`, { provider, argument });
};

/**
 * Checks a credential (API key, secret, organization id): a non-empty string of characters an HTTP header
 * can carry (no newline, NUL or other control character, no character above U+00FF), without leading or
 * trailing spaces.
 * @throws {InvalidArgumentError} naming the option (never its value).
 */
export function checkCredential(provider: string, name: string, value: unknown, envName?: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    const hint = envName ? ` (e.g. from the ${envName} environment variable)` : "";
    fail(provider, name, `is required and must be a non-empty string${hint}`);
  }
  const text = value as string;
  if (!isHeaderValue(text)) {
    fail(provider, name, "contains a control character (newline, NUL, …) or a non-Latin-1 character");
  }
  if (text.trim() !== text) fail(provider, name, "has leading or trailing whitespace");
  return text;
}

/**
 * Checks the base URL: parseable, `http:` or `https:`, no `user:password@`, no query or fragment.
 * Returns it without trailing slashes.
 * @throws {InvalidArgumentError} naming `baseUrl` (never its value, which could hold a password).
 */
export function checkBaseUrl(provider: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(provider, "baseUrl", "must be a non-empty string");
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    fail(provider, "baseUrl", "is not a valid absolute URL");
  }
  const parsed = url as URL;
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    fail(provider, "baseUrl", "must be http(s)");
  if (parsed.username !== "" || parsed.password !== "") {
    fail(
      provider,
      "baseUrl",
      "must not contain credentials (user:password@); pass the API key option instead",
    );
  }
  if (parsed.search !== "" || parsed.hash !== "")
    fail(provider, "baseUrl", "must not have a query or fragment");
  return parsed.href.replace(/\/+$/, "");
}

/** Checks a timeout in ms: a finite number > 0 and ≤ {@link MAX_TIMEOUT_MS}. */
export function checkTimeoutMs(provider: string, value: unknown, name = "timeoutMs"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    fail(provider, name, `must be a number of milliseconds > 0 and ≤ ${MAX_TIMEOUT_MS}`);
  }
  return value as number;
}

/** Checks a count (`maxRetries`, `maxItems`): a whole number ≥ 0 (NaN, 2.5, -1, Infinity are rejected). */
export function checkCount(provider: string, value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail(provider, name, "must be a whole number ≥ 0");
  }
  return value as number;
}

/** Checks `maxRetryDelayMs`: a finite number of milliseconds ≥ 0. */
export function checkDelayMs(provider: string, value: unknown, name = "maxRetryDelayMs"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    fail(provider, name, "must be a number of milliseconds ≥ 0");
  }
  return value as number;
}

/** Checks extra headers: an object of valid header names to valid header values. */
export function checkHeaders(provider: string, value: unknown, name = "headers"): void {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(provider, name, "must be an object");
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (!HEADER_NAME.test(key)) fail(provider, name, "has an invalid header name");
    if (typeof item !== "string" || !isHeaderValue(item)) {
      fail(provider, name, `has an invalid value for header ${key} (a string without control characters)`);
    }
  }
}

/** Checks a `signal` option: absent or an AbortSignal. */
export function checkSignal(provider: string, value: unknown): void {
  if (value !== undefined && !(value instanceof AbortSignal))
    fail(provider, "signal", "must be an AbortSignal");
}

/**
 * Checks one path parameter (a call id) so that it can only address its own path segment: a non-empty
 * string that is not `.` or `..` and holds no `/`, `\`, `?`, `#`, `%` or control character, or a safe
 * integer ≥ 0. (openapi-fetch then percent-encodes it.)
 * @throws {InvalidArgumentError} naming the parameter; the value is not repeated.
 */
export function checkPathParam(provider: string, name: string, value: unknown): void {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(`${provider}: ${name} must be a whole number ≥ 0`, {
        provider,
        argument: name,
      });
    }
    return;
  }
  const problem =
    typeof value !== "string" || value.trim() === ""
      ? "must be a non-empty string"
      : value === "." || value === ".."
        ? 'must not be "." or ".."'
        : /[/\\?#%]/.test(value) || hasControl(value)
          ? "must not contain /, \\, ?, #, % or control characters"
          : undefined;
  if (problem)
    throw new InvalidArgumentError(`${provider}: ${name} ${problem}`, { provider, argument: name });
}

/**
 * Checks the options of one request (a method's last argument).
 * @throws {InvalidArgumentError} naming the option: `signal` not an AbortSignal, `timeoutMs` not in
 *   (0, 2³¹−1], `maxRetries` not a whole number ≥ 0, `maxRetryDelayMs` < 0, invalid `headers`.
 */
export function checkRequestOptions(provider: string, options: RequestOptions | undefined): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object") {
    throw new InvalidArgumentError(`${provider}: request options must be an object`, {
      provider,
      argument: "options",
    });
  }
  checkSignal(provider, options.signal);
  checkTimeoutMs(provider, options.timeoutMs);
  checkCount(provider, options.maxRetries, "maxRetries");
  checkDelayMs(provider, options.maxRetryDelayMs);
  checkHeaders(provider, options.headers);
}

/**
 * Checks the options of a walk (`iterateCalls`, `iterateFrom`), once and with one error class: the request
 * options, `maxItems` (a whole number ≥ 0: 2.5, -1 or NaN is rejected, not rounded), `order` and the
 * walk's `concurrency` (its own, else the client's `clientConcurrency`: `"auto"` or a whole number ≥ 1).
 * @throws {InvalidArgumentError} naming the option.
 */
export function checkIterateOptions(
  provider: string,
  options: IterateOptions | undefined,
  clientConcurrency?: Concurrency | undefined,
): void {
  checkRequestOptions(provider, options);
  checkCount(provider, options?.maxItems, "maxItems");
  const order = options?.order;
  if (order !== undefined && order !== "list" && order !== "newest" && order !== "any")
    fail(provider, "order", 'must be "list", "newest" or "any"');
  const concurrency = options?.concurrency ?? clientConcurrency;
  if (
    concurrency !== undefined &&
    concurrency !== "auto" &&
    !(Number.isInteger(concurrency) && concurrency >= 1)
  )
    fail(provider, "concurrency", `must be "auto" or a whole number ≥ 1 (got ${String(concurrency)})`);
}
