import { requestIdFrom, SwitchboardError } from "./errors.js";

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
  readonly #data: Promise<T>;
  readonly #response: () => Response | undefined;
  #result: Promise<WithResponse<T>> | undefined;

  /**
   * Two forms:
   * - `new APIPromise(result)`: `result` resolves to `{ data, response }`;
   * - `new APIPromise(data, response)`: `data` resolves to the data, and `response()` gives the HTTP response
   *   it came from once `data` has resolved (how the clients build it: no intermediate object per request).
   */
  constructor(result: Promise<{ data: T; response: Response }>);
  constructor(data: Promise<T>, response: () => Response | undefined);
  constructor(
    source: Promise<T> | Promise<{ data: T; response: Response }>,
    response?: () => Response | undefined,
  ) {
    super((resolve) => resolve(undefined as T));
    if (response) {
      this.#data = source as Promise<T>;
      this.#response = response;
    } else {
      let recorded: Response | undefined;
      this.#data = (source as Promise<{ data: T; response: Response }>).then((r) => {
        recorded = r.response;
        return r.data;
      });
      this.#response = () => recorded;
    }
    // The rejection is delivered to whoever awaits; a promise nobody awaits must not crash the process.
    this.#data.catch(() => {});
  }

  /** The response recorded for the data. @throws {SwitchboardError} when none was (cannot happen for a client method). */
  #responseOf(): Response {
    const response = this.#response();
    if (!response) throw new SwitchboardError("no HTTP response was recorded for this request");
    return response;
  }

  /** Methods like `then` return a plain Promise, not an APIPromise. */
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The data and the HTTP response (status, headers) with the provider's request id. */
  withResponse(): Promise<WithResponse<T>> {
    // The request id is read from the headers only when asked for.
    this.#result ??= this.#data.then((data) => {
      const response = this.#responseOf();
      return { data, response, requestId: requestIdFrom(Object.fromEntries(response.headers)) };
    });
    return this.#result;
  }

  /** Only the HTTP response (its body already read). */
  asResponse(): Promise<Response> {
    return this.#data.then(() => this.#responseOf());
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a Promise; `then` resolves to the data.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#data.then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#data.catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#data.finally(onfinally);
  }
}

/** Request-option key under which the runtime reports each final response of a request (internal). */
export const ON_RESPONSE: unique symbol = Symbol.for("switchboard.onResponse");

/** Request options that may carry the internal response hook. */
export type WithResponseHook = { [ON_RESPONSE]?: ((response: Response) => void) | undefined };

/**
 * Runs `request` with options that capture the HTTP response its client call ends with, and returns an
 * {@link APIPromise} of the result.
 * @throws {SwitchboardError} (rejects) when the request produced no response (cannot happen for a client method).
 */
export function withResponseOf<T, O extends object>(
  options: O | undefined,
  request: (options: O) => Promise<T>,
): APIPromise<T> {
  let last: Response | undefined;
  const hook = (r: Response) => {
    last = r;
  };
  const hooked = (options ? { ...options, [ON_RESPONSE]: hook } : { [ON_RESPONSE]: hook }) as O;
  return new APIPromise(request(hooked), () => last);
}
