/**
 * One job: response handling. Turns an openapi-fetch result into its data: the typed {@link APIError} for a
 * non-2xx answer, the body's shape checks, opt-in validation against the provider's spec (drift logged,
 * mismatches thrown or logged), and the provider's envelope unwrapping.
 */
import type { ClientSettings } from "./client-options.js";
import { type APIError, InvalidResponseBodyError, makeAPIError, ResponseValidationError } from "./errors.js";
import { parseRetryAfterMs } from "./retry.js";
import { type BodyExpectation, checkPaths, checkRoot } from "./shape.js";
import type { SpecValidator } from "./validation.js";

/** The result shape of an openapi-fetch call. */
export interface FetchResult<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/** Options of `ApiClient.handle`. */
export interface HandleOptions<D, R> {
  /** Takes the envelope off a checked body (`body.data`), or throws for an envelope that says error. */
  unwrap?: ((body: D, response: Response) => R) | undefined;
  /** The shape the body (and what `unwrap` returns) must have. */
  expect?: BodyExpectation | undefined;
}

/** What {@link createResponseHandler} returns. */
export interface ResponseHandler {
  /**
   * An openapi-fetch result → its data (see `ApiClient.handle`).
   * @throws {APIError} subclasses by status; {@link InvalidResponseBodyError} for a body of the wrong shape;
   *   {@link ResponseValidationError} for a body that does not match the spec (with `validateResponses: true`).
   */
  handle<D, E, R = D>(
    operationId: string,
    result: FetchResult<D, E>,
    unwrapOrOptions?: ((body: D, response: Response) => R) | HandleOptions<D, R>,
  ): Promise<R>;
  /** The typed error of an HTTP answer (status, redacted headers and body, `retryAfterMs` for a 429). */
  errorFrom(response: Response, body: unknown): APIError;
}

/** Builds the response handling of a client from its checked settings. */
export function createResponseHandler(settings: ClientSettings): ResponseHandler {
  const { provider, redactor, logger, options } = settings;

  const errorFrom = (response: Response, body: unknown): APIError =>
    makeAPIError({
      provider,
      status: response.status,
      headers: redactor.headers(response.headers),
      body: redactor.value(body),
      retryAfterMs: response.status === 429 ? roundUp(parseRetryAfterMs(response.headers)) : undefined,
    });

  async function handle<D, E, R = D>(
    operationId: string,
    result: FetchResult<D, E>,
    unwrapOrOptions?: ((body: D, response: Response) => R) | HandleOptions<D, R>,
  ): Promise<R> {
    const { unwrap, expect } =
      typeof unwrapOrOptions === "function"
        ? { unwrap: unwrapOrOptions, expect: undefined }
        : (unwrapOrOptions ?? {});
    const { response } = result;
    if (!response.ok || result.error !== undefined) throw errorFrom(response, result.error);
    const body = result.data as NonNullable<typeof result.data>;
    const badShape = (problem: string) =>
      new InvalidResponseBodyError(
        `${provider}: ${operationId}: HTTP ${response.status} body has an unexpected shape: ${problem}`,
        {
          provider,
          status: response.status,
          contentType: redactor.string(response.headers.get("content-type") ?? "") || undefined,
          bodySnippet: snippet(body),
          operationId,
          expected: problem.replace(/, got .*$/, "").replace(/^expected /, ""),
        },
      );
    if (expect) {
      const problem = checkRoot(body, expect.body, "as the body");
      if (problem) throw badShape(problem);
    }
    const data = unwrap ? unwrap(body, response) : (body as unknown as R);
    if (expect) {
      const problem =
        (expect.result ? checkRoot(data, expect.result, "in the response data") : undefined) ??
        checkPaths(data, expect);
      if (problem) throw badShape(problem);
    }
    if (settings.validator) await validate(settings.validator, operationId, response.status, body);
    return data;
  }

  /**
   * Checks a body against the provider's spec: values its enums do not list are drift (logged at warn, kept);
   * other mismatches throw {@link ResponseValidationError} (or are logged with `validateResponses: "warn"`).
   */
  async function validate(validator: SpecValidator, operationId: string, status: number, body: unknown) {
    // Each value is redacted before it is cut to 80 characters (no part of a straddling secret survives).
    const issues = (await validator.forResponse(operationId, status))(body).map((issue) => ({
      ...issue,
      actual: issue.actual === undefined ? undefined : redactor.string(issue.actual).slice(0, 80),
    }));
    const drift = issues.filter((issue) => issue.drift);
    if (drift.length > 0)
      logger.warn(
        redactor.string(
          `${provider}: ${operationId} response has ${drift.length} value${drift.length > 1 ? "s" : ""} the spec does not list (drift, kept as sent): ${drift
            .slice(0, 5)
            .map((i) => `${i.path || "/"}: ${i.actual ?? "nothing"}, expected ${i.expected}`)
            .join("; ")}`,
        ),
      );
    const mismatches = issues.filter((issue) => !issue.drift);
    if (mismatches.length > 0) {
      const list = mismatches
        .slice(0, 5)
        .map((i) => `${i.path || "/"}: expected ${i.expected}, got ${i.actual ?? "nothing"}`)
        .join("; ");
      const message = redactor.string(
        `${provider}: ${operationId} response does not match the spec (${mismatches.length} issue${mismatches.length > 1 ? "s" : ""}): ${list}`,
      );
      if (options.validateResponses === "warn") logger.warn(message);
      else
        throw new ResponseValidationError(message, {
          provider,
          operationId,
          issues: redactor.value(mismatches),
        });
    }
  }

  /** A redacted JSON excerpt of a body (200 characters), for errors; never throws. */
  function snippet(body: unknown): string {
    try {
      return redactor.string(JSON.stringify(body) ?? "").slice(0, 200);
    } catch {
      return "";
    }
  }

  return { handle, errorFrom };
}

const roundUp = (ms: number | undefined) => (ms === undefined ? undefined : Math.ceil(ms));
