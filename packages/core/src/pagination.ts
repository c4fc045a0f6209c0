import { SwitchboardError } from "./errors.js";
import type { RequestOptions } from "./transport.js";

/**
 * What a provider client returns for one fetched page: its items, the parameters of the next page
 * (`undefined` when this is the last one), and the page's response body (pagination info included).
 */
export interface PageResult<Item, Params, Body = unknown> {
  items: Item[];
  next: Params | undefined;
  body: Body;
}

/** Fetches one page for a provider; supplied by each provider client. */
export type PageFetcher<Item, Params, Body = unknown> = (
  params: Params,
  options: RequestOptions,
) => Promise<PageResult<Item, Params, Body>>;

/** Options of auto-pagination. */
export interface IterateOptions extends RequestOptions {
  /** Stop after this many items in total (across pages). Default: no limit. */
  maxItems?: number | undefined;
}

/**
 * One page of a list operation. `data` holds the page's items; `body` the provider's whole response (its
 * pagination block included). `hasNextPage()` / `getNextPage()` walk pages by hand;
 * `for await (const item of page)` walks every item from this page on.
 */
export class Page<Item, Params, Body = unknown> implements AsyncIterable<Item> {
  /** This page's items, as the provider's spec types them. */
  readonly data: Item[];
  /** The page's response body as the provider sent it (after envelope unwrapping). */
  readonly body: Body;
  /** The parameters that fetched this page. */
  readonly params: Params;
  readonly #next: Params | undefined;
  readonly #fetcher: PageFetcher<Item, Params, Body>;
  readonly #options: RequestOptions;

  constructor(
    result: PageResult<Item, Params, Body>,
    params: Params,
    fetcher: PageFetcher<Item, Params, Body>,
    options: RequestOptions,
  ) {
    this.data = result.items;
    this.body = result.body;
    this.params = params;
    this.#next = result.next;
    this.#fetcher = fetcher;
    this.#options = options;
  }

  /** Whether the provider said more items follow (and this page was not empty). */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** The parameters of the next page, or `undefined` on the last page. */
  nextPageParams(): Params | undefined {
    return this.#next;
  }

  /**
   * Fetches the next page with the same request options.
   * @throws {SwitchboardError} when there is no next page (check `hasNextPage()` first).
   */
  async getNextPage(): Promise<Page<Item, Params, Body>> {
    const next = this.#next;
    if (next === undefined) throw new SwitchboardError("no next page: check hasNextPage() first");
    return fetchPage(this.#fetcher, next, this.#options);
  }

  /** Iterates every item from this page to the last page, with one page of look-ahead. */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return iterateFrom<Item, Params, Body>(this.#fetcher, { first: this, options: this.#options })[
      Symbol.asyncIterator
    ]();
  }
}

/** Fetches one page and wraps it in a {@link Page}. */
export async function fetchPage<Item, Params, Body>(
  fetcher: PageFetcher<Item, Params, Body>,
  params: Params,
  options: RequestOptions = {},
): Promise<Page<Item, Params, Body>> {
  return new Page(await fetcher(params, options), params, fetcher, options);
}

/**
 * Iterates every item of a list operation across pages, in order.
 *
 * - **Look-ahead:** while the caller consumes page N, page N+1 is being fetched (never N+2), so at most two
 *   pages are held in memory.
 * - **Ends** on a page with no items, on a page whose `next` is `undefined` (the provider said `has_more:
 *   false`, a short page, or no cursor), or when the next parameters repeat ones already fetched (a provider
 *   returning the same cursor twice would otherwise loop forever).
 * - `maxItems` stops after that many items; a `break` in `for await` aborts the look-ahead request.
 *
 * Errors of any page (after the transport's retries) are thrown from the iterator at the point that page
 * is needed.
 */
export function iterateFrom<Item, Params, Body>(
  fetcher: PageFetcher<Item, Params, Body>,
  start: { params?: Params; first?: Page<Item, Params, Body>; options?: IterateOptions },
): AsyncIterable<Item> {
  const { maxItems, ...requestOptions } = start.options ?? {};
  return {
    async *[Symbol.asyncIterator]() {
      const stop = new AbortController();
      const signal = requestOptions.signal
        ? AbortSignal.any([requestOptions.signal, stop.signal])
        : stop.signal;
      const options: RequestOptions = { ...requestOptions, signal };
      const seen = new Set<string>();
      const load = (params: Params): Promise<PageResult<Item, Params, Body>> => {
        seen.add(JSON.stringify(params));
        return fetcher(params, options);
      };
      let yielded = 0;
      let current: PageResult<Item, Params, Body>;
      if (start.first) {
        seen.add(JSON.stringify(start.first.params));
        current = { items: start.first.data, next: start.first.nextPageParams(), body: start.first.body };
      } else {
        current = await load(start.params as Params);
      }
      try {
        while (true) {
          const remaining = maxItems === undefined ? Number.POSITIVE_INFINITY : maxItems - yielded;
          const nextParams = current.next;
          const canContinue =
            current.items.length > 0 &&
            nextParams !== undefined &&
            !seen.has(JSON.stringify(nextParams)) &&
            current.items.length < remaining;
          // Start the look-ahead before handing out this page's items.
          const pending = canContinue ? load(nextParams as Params) : undefined;
          pending?.catch(() => {}); // rethrown below when awaited; avoids an unhandled rejection meanwhile
          for (const item of current.items) {
            if (yielded >= (maxItems ?? Number.POSITIVE_INFINITY)) return;
            yielded++;
            yield item;
          }
          if (!pending) return;
          current = await pending;
        }
      } finally {
        stop.abort();
      }
    },
  };
}
