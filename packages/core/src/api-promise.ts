import { requestIdFrom } from "./errors.js";

/** The data of a client method with the HTTP response it came from (`.withResponse()`). */
export interface WithResponse<T> {
  /** What awaiting the method returns (a call, a page). */
  data: T;
  /**
   * The final HTTP response (after retries): status, headers such as ThinnestAI's `X-RateLimit-Remaining`.
   * Its body has already been read.
   */
  response: Response;
  /** The provider's request id (`x-request-id`, `request-id`, …), when it sent one. */
  requestId: string | undefined;
}

/**
 * The promise every client method returns: awaiting it gives the data, as usual; `.withResponse()` gives
 * `{ data, response, requestId }` and `.asResponse()` the raw `Response` (the pattern of Stainless-generated
 * SDKs). The request starts at once, whether or not it is awaited.
 *
 * @example
 * const { data: call, response, requestId } = await client.getCall(77).withResponse();
 * response.headers.get("x-ratelimit-remaining");
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<{ data: T; response: Response }>;
  #result: Promise<WithResponse<T>> | undefined;
  #data: Promise<T> | undefined;

  /** @param result - resolves to the data and the response of the request. */
  constructor(result: Promise<{ data: T; response: Response }>) {
    super((resolve) => resolve(undefined as T));
    this.#raw = result;
    // The rejection is delivered to whoever awaits; a promise nobody awaits must not crash the process.
    result.catch(() => {});
  }

  /** `{ data, response, requestId }`, the request id read from the headers only when asked for. */
  get #withResponse(): Promise<WithResponse<T>> {
    this.#result ??= this.#raw.then(({ data, response }) => ({
      data,
      response,
      requestId: requestIdFrom(Object.fromEntries(response.headers)),
    }));
    return this.#result;
  }

  /** Methods like `then` return a plain Promise, not an APIPromise. */
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The data and the HTTP response (status, headers) with the provider's request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#withResponse;
  }

  /** Only the HTTP response (its body already read). */
  asResponse(): Promise<Response> {
    return this.#raw.then((r) => r.response);
  }

  #parse(): Promise<T> {
    this.#data ??= this.#raw.then((r) => r.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a Promise; `then` resolves to the data.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parse().finally(onfinally);
  }
}

/** Request-option key under which the runtime reports each final response of a request (internal). */
export const ON_RESPONSE: unique symbol = Symbol.for("switchboard.onResponse");

/** Request options that may carry the internal response hook. */
export type WithResponseHook = { [ON_RESPONSE]?: ((response: Response) => void) | undefined };

/**
 * Runs `request` with options that capture the HTTP response its client call ends with, and returns an
 * {@link APIPromise} of the result.
 * @throws {Error} (rejects) when the request produced no response (cannot happen for a client method).
 */
export function withResponseOf<T, O extends object>(
  options: O | undefined,
  request: (options: O) => Promise<T>,
): APIPromise<T> {
  let last: Response | undefined;
  const hooked = { ...(options ?? ({} as O)), [ON_RESPONSE]: (r: Response) => (last = r) } as O;
  return new APIPromise(
    request(hooked).then((data) => {
      if (!last) throw new Error("no HTTP response was recorded for this request");
      return { data, response: last };
    }),
  );
}
