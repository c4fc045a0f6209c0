/**
 * The error hierarchy shared by every Switchboard client. Every error a client throws is a
 * {@link SwitchboardError}; HTTP answers outside 2xx are {@link APIError} subclasses chosen by status.
 * Messages, headers and bodies are redacted before they are stored: no API key or secret is ever held by
 * an error object, so logging or serialising one is safe.
 */

/** Options common to every Switchboard error. */
export interface SwitchboardErrorOptions {
  /** The provider whose API was called (`"openmic"`, `"zudu"`, …), when known. */
  provider?: string | undefined;
  /** The underlying error (already redacted by the caller). */
  cause?: unknown;
}

/**
 * Brands that make `instanceof` work across copies of this module (the dual-package hazard: an app whose
 * dependencies load both the ESM `dist/` and the CommonJS `dist/cjs/` build of `@switchboard/core` holds two
 * `NotFoundError` classes). Each class below is registered with a brand name as a static property under
 * {@link CLASS_BRAND}; each error instance carries, under {@link INSTANCE_BRANDS}, the brands of its class
 * and of every branded ancestor. Both keys are `Symbol.for` symbols: every copy of the module sees the same.
 */
const CLASS_BRAND = Symbol.for("@switchboard/core.errorClass");
const INSTANCE_BRANDS = Symbol.for("@switchboard/core.errorBrands");

const ownBrand = (value: unknown): string | undefined =>
  typeof value === "function" && Object.hasOwn(value, CLASS_BRAND)
    ? (value as unknown as Record<symbol, string>)[CLASS_BRAND]
    : undefined;

/** Base class of every error thrown by a Switchboard client. */
export class SwitchboardError extends Error {
  override name = "SwitchboardError";
  /** The provider whose API was called, when known. */
  readonly provider: string | undefined;

  constructor(message: string, options: SwitchboardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider;
    const brands: string[] = [];
    for (let c: unknown = new.target; typeof c === "function"; c = Object.getPrototypeOf(c)) {
      const brand = ownBrand(c);
      if (brand) brands.push(brand);
    }
    Object.defineProperty(this, INSTANCE_BRANDS, { value: brands, enumerable: false });
  }

  /**
   * `error instanceof NotFoundError` (or any class of this module) is true for an error created by any copy
   * of `@switchboard/core`, ESM or CommonJS, as long as it is of that class or a subclass. Subclasses you
   * define yourself use the ordinary prototype check.
   */
  static override [Symbol.hasInstance]<T>(
    this: abstract new (
      ...args: never[]
    ) => T,
    value: unknown,
  ): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass included.
    const brand = ownBrand(this);
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass included.
    if (brand === undefined) return Function.prototype[Symbol.hasInstance].call(this, value);
    if (typeof value !== "object" || value === null) return false;
    const brands = (value as Record<symbol, unknown>)[INSTANCE_BRANDS];
    return Array.isArray(brands) ? brands.includes(brand) : false;
  }

  /** A JSON-safe view of the error (name, message, provider and subclass fields); holds no secret. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, provider: this.provider };
  }
}

/** Fields of an HTTP error answer. */
export interface APIErrorInit extends SwitchboardErrorOptions {
  /** HTTP status code of the answer. */
  status: number;
  /** Response headers, lower-case names, credentials redacted. */
  headers: Record<string, string>;
  /** The parsed JSON body, or the body text when it was not JSON; `undefined` when empty. */
  body: unknown;
  /** The provider's request id, from `x-request-id` / `request-id` / `x-amzn-requestid` / `cf-ray`. */
  requestId?: string | undefined;
}

/** An HTTP answer outside 2xx, or a 2xx whose envelope says error (`status: "error"`, `success: false`). */
export class APIError extends SwitchboardError {
  override name = "APIError";
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (lower-case names; `Authorization`, `X-API-*`, cookies redacted). */
  readonly headers: Record<string, string>;
  /** The parsed error body (JSON), or its text. */
  readonly body: unknown;
  /** The provider's request id, when it sent one. */
  readonly requestId: string | undefined;

  constructor(message: string, init: APIErrorInit) {
    super(message, init);
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.requestId = init.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      headers: this.headers,
      body: this.body,
    };
  }
}

/** 400 Bad Request. */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/** 401 Unauthorized: the API key is missing, wrong or expired. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/** 403 Forbidden: the key may not access this resource. */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/** 404 Not Found. */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/** 409 Conflict (retried by default). */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/** 422 Unprocessable Entity. */
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
/** 429 Too Many Requests, after the retries were spent. */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /**
   * How long the provider asked us to wait, in milliseconds, from `retry-after-ms` or `Retry-After`
   * (seconds or an HTTP date); `undefined` when it did not say.
   */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: APIErrorInit & { retryAfterMs?: number | undefined }) {
    super(message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}
/** Status 500 or above. */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got an HTTP answer: DNS failure, refused or reset connection, TLS error. */
export class APIConnectionError extends SwitchboardError {
  override name = "APIConnectionError";
}

/** An attempt took longer than `timeoutMs` (after the retries were spent). */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
  /** The per-attempt timeout that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  constructor(message: string, options: SwitchboardErrorOptions & { timeoutMs: number }) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

/** The caller's `AbortSignal` fired: the request, or the wait before a retry, was cancelled. */
export class APIUserAbortError extends SwitchboardError {
  override name = "APIUserAbortError";
}

/**
 * A client option, credential or call argument is invalid (thrown at client creation or when a method is
 * called, before any request is sent). `argument` names it (`"apiKey"`, `"baseUrl"`, `"timeoutMs"`, `"id"`);
 * the message says what was wrong and never repeats the value (it may be a secret).
 */
export class InvalidArgumentError extends SwitchboardError {
  override name = "InvalidArgumentError";
  /** The option or argument that was rejected, e.g. `apiKey`, `baseUrl`, `timeoutMs`, `maxItems`, `id`. */
  readonly argument: string;
  constructor(message: string, init: SwitchboardErrorOptions & { argument: string }) {
    super(message, init);
    this.argument = init.argument;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), argument: this.argument };
  }
}

/**
 * The API answered with a redirect (3xx with `Location`) that the client refuses to follow: to another
 * origin (scheme, host or port) than the configured base URL, where the credentials must not go, or more
 * than 5 redirects in a row. Same-origin redirects are followed by the client itself. Not retried.
 */
export class RedirectError extends SwitchboardError {
  override name = "RedirectError";
  /** HTTP status of the redirect (301, 302, 303, 307 or 308). */
  readonly status: number;
  /** The origin the API redirected to (`https://other.example:8443`), without path or query (redacted). */
  readonly location: string;
  constructor(message: string, init: SwitchboardErrorOptions & { status: number; location: string }) {
    super(message, init);
    this.status = init.status;
    this.location = init.location;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, location: this.location };
  }
}

/**
 * A 2xx answer whose body is not the JSON the spec promises (HTML, empty, truncated), or JSON of an
 * unexpected shape (an array, `null` or a string where an object was expected; no list where one was
 * expected). Holds the status, the content type, the first 200 characters of the body (redacted), and for
 * a shape mismatch the operation and what was expected.
 */
export class InvalidResponseBodyError extends SwitchboardError {
  override name = "InvalidResponseBodyError";
  /** HTTP status of the answer (2xx). */
  readonly status: number;
  /** The `Content-Type` the server sent, if any. */
  readonly contentType: string | undefined;
  /** The first 200 characters of the body (redacted before it was cut). */
  readonly bodySnippet: string;
  /** The operation whose body had the wrong shape (`listCalls`), when known. */
  readonly operationId: string | undefined;
  /** What was expected, e.g. `an array at "calls"`, when the body was JSON of the wrong shape. */
  readonly expected: string | undefined;
  constructor(
    message: string,
    init: SwitchboardErrorOptions & {
      status: number;
      contentType?: string | undefined;
      bodySnippet: string;
      operationId?: string | undefined;
      expected?: string | undefined;
    },
  ) {
    super(message, init);
    this.status = init.status;
    this.contentType = init.contentType;
    this.bodySnippet = init.bodySnippet;
    this.operationId = init.operationId;
    this.expected = init.expected;
  }
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      contentType: this.contentType,
      bodySnippet: this.bodySnippet,
      operationId: this.operationId,
      expected: this.expected,
    };
  }
}

/**
 * A list answer cannot be paged on without skipping or repeating items: e.g. a call in a time-windowed page
 * has no usable timestamp, or more items than the largest page share one timestamp. Names the provider and
 * the JSON path (`/3/createdAt`) of the offending value in the page's body.
 */
export class PaginationError extends SwitchboardError {
  override name = "PaginationError";
  /** JSON Pointer of the offending value in the page's body (`""` for the page itself). */
  readonly path: string;
  constructor(message: string, init: SwitchboardErrorOptions & { path: string }) {
    super(message, init);
    this.path = init.path;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), path: this.path };
  }
}

/** One mismatch between a response body and the spec's schema. */
export interface ValidationIssue {
  /** JSON Pointer of the offending value in the response body, e.g. `/calls/0/duration_ms` (`""` = root). */
  path: string;
  /** What the schema expected, e.g. `type integer`, `one of: ended, ongoing`, `required property call_id`. */
  expected: string;
  /** The value found there (JSON text, cut at 80 characters), or `undefined` for a missing property. */
  actual: string | undefined;
  /**
   * `true` for a value the spec's `enum` does not list: a value new to us (the provider added it). Drift is
   * reported as a warning and never fails a response; the value is kept as sent.
   */
  drift?: boolean;
}

/**
 * A response body did not match the provider's spec (thrown when `validateResponses: true`). Tells a user
 * that the provider changed its API: each issue names a JSON path, what the spec expected and what came.
 */
export class ResponseValidationError extends SwitchboardError {
  override name = "ResponseValidationError";
  /** The operation whose response failed, e.g. `getCall`. */
  readonly operationId: string;
  /** Every mismatch found (all of them, not only the first). */
  readonly issues: ValidationIssue[];
  constructor(
    message: string,
    init: SwitchboardErrorOptions & { operationId: string; issues: ValidationIssue[] },
  ) {
    super(message, init);
    this.operationId = init.operationId;
    this.issues = init.issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, issues: this.issues };
  }
}

// Brand names are string literals (not `Class.name`), so that minifiers cannot make two copies disagree.

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray"];

/** Picks the provider's request id out of (lower-cased) response headers. */
export function requestIdFrom(headers: Record<string, string>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers[name];
    if (value) return value;
  }
  return undefined;
}

/**
 * Extracts a human-readable text from an error body: `message`, `error`, `detail`, or the text itself; else
 * the first entry of an `errors` list — a string, or an object's `error`/`message`
 * (`{"errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}` → `AUTH_FAILURE: Unauthorized`).
 */
export function errorDetail(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim().slice(0, 200) || undefined;
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of ["message", "error", "detail"]) {
      const value = record[key];
      if (typeof value === "string" && value && !parts.includes(value)) parts.push(value);
    }
    if (parts.length) return parts.join(": ");
    const first = Array.isArray(record.errors) ? record.errors[0] : undefined;
    if (typeof first === "string") return first.trim().slice(0, 200) || undefined;
    if (first && typeof first === "object") {
      const entry = first as Record<string, unknown>;
      const texts = [entry.error, entry.message].filter(
        (v): v is string => typeof v === "string" && v !== "",
      );
      if (texts.length) return texts.join(": ");
    }
  }
  return undefined;
}

/**
 * Builds the {@link APIError} subclass for an HTTP status: 400 {@link BadRequestError}, 401
 * {@link AuthenticationError}, 403 {@link PermissionDeniedError}, 404 {@link NotFoundError}, 409
 * {@link ConflictError}, 422 {@link UnprocessableEntityError}, 429 {@link RateLimitError}, ≥ 500
 * {@link InternalServerError}, anything else {@link APIError}. The message reads
 * `<provider>: <status> <detail from the body>`.
 */
export function makeAPIError(init: APIErrorInit & { retryAfterMs?: number | undefined }): APIError {
  const detail = errorDetail(init.body);
  const message = `${init.provider ?? "api"}: HTTP ${init.status}${detail ? ` ${detail}` : ""}`;
  const full = { ...init, requestId: init.requestId ?? requestIdFrom(init.headers) };
  switch (init.status) {
    case 400:
      return new BadRequestError(message, full);
    case 401:
      return new AuthenticationError(message, full);
    case 403:
      return new PermissionDeniedError(message, full);
    case 404:
      return new NotFoundError(message, full);
    case 409:
      return new ConflictError(message, full);
    case 422:
      return new UnprocessableEntityError(message, full);
    case 429:
      return new RateLimitError(message, full);
    default:
      return init.status >= 500 ? new InternalServerError(message, full) : new APIError(message, full);
  }
}

/**
 * Why a webhook request was refused:
 * - `missing_signature`: the signature header, or the shared token (header or query parameter), is absent;
 * - `bad_signature`: the signature or token does not match the secret (or the body was changed);
 * - `stale_timestamp`: the signed timestamp is outside the tolerance window (too old, or in the future);
 * - `malformed`: the request cannot be read (body not UTF-8 JSON, signature/timestamp header unparsable).
 */
export type WebhookVerificationReason =
  | "missing_signature"
  | "bad_signature"
  | "stale_timestamp"
  | "malformed";

/**
 * A webhook request failed verification or could not be read. Carries the provider, the `reason` and, when a
 * header is at fault, its name. Never holds the secret, the expected signature or the received one.
 * Map it to HTTP as: `malformed` without `header` → 400, anything else → 401.
 */
export class WebhookVerificationError extends SwitchboardError {
  override name = "WebhookVerificationError";
  /** What was wrong (see {@link WebhookVerificationReason}). */
  readonly reason: WebhookVerificationReason;
  /** The header at fault (e.g. `X-Webhook-Signature`), when one is; `undefined` for the body itself. */
  readonly header: string | undefined;
  constructor(
    message: string,
    init: SwitchboardErrorOptions & { reason: WebhookVerificationReason; header?: string | undefined },
  ) {
    super(message, init);
    this.reason = init.reason;
    this.header = init.header;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, header: this.header };
  }
}

/**
 * Registers `errorClass`, a {@link SwitchboardError} subclass of another Switchboard package, under `brand`
 * (`"@switchboard/<package>:<ClassName>"`), so that `instanceof` holds across that package's ESM and CommonJS
 * copies as it does for this module's classes. Call it once, right after the class. Returns the class.
 *
 * @throws {InvalidArgumentError} when the class already has a brand (a brand names one class).
 */
export function brandErrorClass<T extends abstract new (...args: never[]) => SwitchboardError>(
  errorClass: T,
  brand: string,
): T {
  if (Object.hasOwn(errorClass, CLASS_BRAND))
    throw new InvalidArgumentError(`${brand}: this error class is branded already`, {
      argument: "errorClass",
    });
  Object.defineProperty(errorClass, CLASS_BRAND, { value: brand });
  return errorClass;
}

/** Whether `errorClass` is branded ({@link brandErrorClass}, or one of this module's classes). */
export function isBrandedErrorClass(errorClass: unknown): boolean {
  return ownBrand(errorClass) !== undefined;
}

// Every class above, registered with its brand (see SwitchboardError): `instanceof` across ESM and CommonJS copies.
for (const [errorClass, brand] of [
  [SwitchboardError, "SwitchboardError"],
  [APIError, "APIError"],
  [BadRequestError, "BadRequestError"],
  [AuthenticationError, "AuthenticationError"],
  [PermissionDeniedError, "PermissionDeniedError"],
  [NotFoundError, "NotFoundError"],
  [ConflictError, "ConflictError"],
  [UnprocessableEntityError, "UnprocessableEntityError"],
  [RateLimitError, "RateLimitError"],
  [InternalServerError, "InternalServerError"],
  [APIConnectionError, "APIConnectionError"],
  [APITimeoutError, "APITimeoutError"],
  [APIUserAbortError, "APIUserAbortError"],
  [InvalidResponseBodyError, "InvalidResponseBodyError"],
  [ResponseValidationError, "ResponseValidationError"],
  [InvalidArgumentError, "InvalidArgumentError"],
  [RedirectError, "RedirectError"],
  [PaginationError, "PaginationError"],
  [WebhookVerificationError, "WebhookVerificationError"],
] as const) {
  Object.defineProperty(errorClass, CLASS_BRAND, { value: `@switchboard/core:${brand}` });
}
