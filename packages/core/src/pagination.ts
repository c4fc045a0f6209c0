/**
 * Pagination: one page (`fetchPage`, `Page`) and the walks over every page (`iterateFrom`): the first page,
 * then the planned pages side by side (`concurrentPages`) or one after the other with a page of look-ahead
 * (`sequentialPages`), each page filtered by `pageGate` (repeats dropped by id, the `maxItems` cut). Time-window
 * walks are in `windows.ts`.
 */
import { ON_RESPONSE, type WithResponseHook } from "./api-promise.js";
import { SwitchboardError } from "./errors.js";
import { AUTO_CONCURRENCY, type Concurrency } from "./limiter.js";
import { checkIterateOptions } from "./options.js";
import type { RequestOptions } from "./transport.js";
import { iterateWindows, type TimeWindowStrategy } from "./windows.js";

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

/**
 * What a provider client knows about its list operation beyond fetching one page; every part is optional
 * and switches on one behaviour of {@link iterateFrom}.
 */
export interface ListStrategy<Item, Params, Body = unknown> {
  /**
   * For offset/page styles that report a total: the parameters of every page after `first` (in the
   * provider's order), so that they can be fetched concurrently. `undefined` when the total is unknown
   * (the walk then stays sequential).
   */
  planPages?: ((first: PageResult<Item, Params, Body>, params: Params) => Params[] | undefined) | undefined;
  /**
   * Pins a walk to a snapshot: returns `params` with an upper time bound of `atIso` (ISO 8601 UTC, the
   * moment the walk starts) when the API filters by time and the caller set no bound, so that calls
   * arriving at the head of the list during the walk cannot shift the pages.
   */
  pinSnapshot?: ((params: Params, atIso: string) => Params) | undefined;
  /** The item's id, to drop an item seen again on a later page (the last line of defence against shifts). */
  itemId?: ((item: Item) => string) | undefined;
  /**
   * The list's total as a page reports it. When a planned page reports another total than the first page,
   * the list changed during the walk and the walk goes on sequentially (see {@link iterateFrom}).
   */
  totalOf?: ((page: PageResult<Item, Params, Body>) => number | undefined) | undefined;
  /**
   * For lists that filter by time: how, so that `order: "newest"` walks time windows backwards (the k newest
   * calls in a few requests) and a list without a total is walked as time windows side by side
   * (see {@link iterateWindows}).
   */
  timeWindow?: TimeWindowStrategy<Item, Params> | undefined;
  /** `"newest"` when the list itself comes newest first (its own order serves `order: "newest"`). */
  order?: "newest" | undefined;
}

/** Options of auto-pagination. */
export interface IterateOptions extends RequestOptions {
  /** Stop after this many items in total (across pages): a whole number ≥ 0. Default: no limit. */
  maxItems?: number | undefined;
  /**
   * Pages fetched at once when the list reports a total (offset/page styles): a whole number ≥ 1, or
   * `"auto"` (the client's bound; {@link AUTO_CONCURRENCY}`.max` pages in flight at most, paced by the
   * client's rate limiter). Default: the client's `concurrency` option. Items are still yielded in the
   * provider's order; at most `concurrency` + 1 pages are held in memory.
   */
  concurrency?: Concurrency | undefined;
  /**
   * Pin the walk to the moment it starts, where the API filters by time (see {@link ListStrategy}).
   * Default `true`; `false` also lists calls that arrive during the walk (and risks shifted pages).
   */
  snapshot?: boolean | undefined;
  /**
   * `"list"` (default): the provider's list order. `"newest"`: newest first by the time the list filters by;
   * a list in no documented order is then walked in time windows backwards from the walk's start, so the
   * first items come after a few requests whatever the history's size (`ListStrategy.timeWindow`).
   * A list with neither a newest-first order nor a time filter cannot do this: a `SwitchboardError`.
   * `"any"`: no order is needed; a list walked in time windows side by side (a cursor list that filters by
   * time) then hands out each window's pages as they arrive, so memory stays at the pages in flight.
   */
  order?: "list" | "newest" | "any" | undefined;
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
  /**
   * The HTTP response of this page (status and headers, e.g. ThinnestAI's `X-RateLimit-Remaining`; its body
   * already read). `undefined` only for a custom page fetcher that does not use the runtime's `init()`.
   */
  readonly response: Response | undefined;
  readonly #next: Params | undefined;
  readonly #fetcher: PageFetcher<Item, Params, Body>;
  readonly #options: RequestOptions;

  constructor(
    result: PageResult<Item, Params, Body>,
    params: Params,
    fetcher: PageFetcher<Item, Params, Body>,
    options: RequestOptions,
    response?: Response,
  ) {
    this.data = result.items;
    this.response = response;
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
  let response: Response | undefined;
  const outer = (options as WithResponseHook)[ON_RESPONSE];
  const hooked: RequestOptions & WithResponseHook = {
    ...options,
    [ON_RESPONSE]: (r: Response) => {
      response = r;
      outer?.(r);
    },
  };
  const { [ON_RESPONSE]: _hook, ...plain } = options as RequestOptions & WithResponseHook;
  return new Page(await fetcher(params, hooked), params, fetcher, plain, response);
}

/**
 * The offsets of the pages after the one at `offset`, `pageSize` apart, below `total` (for
 * {@link ListStrategy.planPages} of offset styles). Empty when `pageSize` or `total` is not a positive
 * whole number.
 */
export function remainingOffsets(offset: number, pageSize: number, total: number): number[] {
  if (!(Number.isInteger(pageSize) && pageSize > 0 && Number.isInteger(total) && total > 0)) return [];
  const offsets: number[] = [];
  for (let next = offset + pageSize; next < total; next += pageSize) offsets.push(next);
  return offsets;
}

/** The number of pages a walk keeps in flight for a {@link Concurrency} setting. */
export function pageWindow(concurrency: Concurrency | undefined): number {
  if (concurrency === undefined || concurrency === "auto") return AUTO_CONCURRENCY.max;
  return concurrency;
}

/**
 * Iterates every item of a list operation across pages, in the provider's order.
 *
 * - **Sequential with look-ahead** (cursor styles, or no total): while the caller consumes page N, page
 *   N+1 is being fetched (never N+2), so at most two pages are held in memory.
 * - **Concurrent** (offset/page styles whose first page reports a total, `strategy.planPages`): after the
 *   first page, up to `concurrency` of the remaining pages are in flight at once (each request still waits
 *   for the client's rate limiter), yielded in order; at most `concurrency` + 1 pages in memory. If a page
 *   reports another total than the first (`strategy.totalOf`: the list changed during an unpinned walk),
 *   the planned pages in flight are cancelled and the walk goes on sequentially from that page; so it does
 *   when the last planned page says more follow.
 * - **Snapshot:** with `strategy.pinSnapshot` (APIs that filter by time) the walk asks only for calls up to
 *   the moment it started, unless the caller set an upper bound or `snapshot: false`.
 * - **Exactly once:** with `strategy.itemId`, an item whose id was yielded on one of the last
 *   `concurrency` + 2 pages is not yielded again (calls inserted at the head of an unpinned offset list
 *   push earlier calls onto the next page).
 * - **Ends** on a page with no items, on a page whose `next` is `undefined` (the provider said `has_more:
 *   false`, a short page, or no cursor), or when the next parameters repeat ones already fetched (a provider
 *   returning the same cursor twice would otherwise loop forever).
 * - `maxItems` stops after that many items; a `break` in `for await` aborts every request in flight.
 *
 * Errors of any page (after the transport's retries) are thrown once from the iterator at the point that
 * page is needed; the failure aborts the sibling requests in flight.
 *
 * @throws {InvalidArgumentError} when an option is invalid ({@link checkIterateOptions}: `maxItems` not a whole
 *   number ≥ 0, an unknown `order`, `concurrency` neither `"auto"` nor a whole number ≥ 1, bad request options).
 */
export function iterateFrom<Item, Params, Body>(
  fetcher: PageFetcher<Item, Params, Body>,
  start: {
    params?: Params;
    first?: Page<Item, Params, Body>;
    options?: IterateOptions;
    strategy?: ListStrategy<Item, Params, Body> | undefined;
    /** The client's `concurrency` option, used when `options.concurrency` is not set. */
    concurrency?: Concurrency | undefined;
    /** The provider, for the errors of bad options (default `switchboard`). */
    provider?: string | undefined;
  },
): AsyncIterable<Item> {
  checkIterateOptions(start.provider ?? "switchboard", start.options, start.concurrency);
  const { maxItems, concurrency, snapshot = true, order = "list", ...requestOptions } = start.options ?? {};
  const resolved = concurrency ?? start.concurrency;
  const window = pageWindow(resolved);
  const strategy = start.strategy ?? {};
  const limit = maxItems ?? Number.POSITIVE_INFINITY;
  const timeWindow = strategy.timeWindow;
  const newestByList = order !== "newest" || strategy.order === "newest";
  if (!newestByList && !timeWindow) {
    throw new SwitchboardError(
      'order "newest" needs a list in newest-first order or a time filter, and this list has neither: read it whole and sort it',
    );
  }
  // Time windows: for the newest calls of a list in no order, and to walk a list without a total (a cursor
  // or a moving time bound) concurrently, one window per walker.
  if (!start.first && timeWindow && (!newestByList || (!strategy.planPages && window > 1))) {
    const windows = iterateWindows(fetcher, {
      params: start.params as Params,
      options: { ...requestOptions, maxItems },
      timeWindow,
      planPages: strategy.planPages,
      itemId: strategy.itemId,
      totalOf: strategy.totalOf,
      window,
      newestFirst: strategy.order === "newest",
      anyOrder: order === "any",
    });
    return {
      [Symbol.asyncIterator]: () =>
        flatten(windows[Symbol.asyncIterator]() as AsyncGenerator<Item[], void, undefined>),
    };
  }
  return {
    [Symbol.asyncIterator]: () => flatten(pages()),
  };

  /**
   * The walk, one page of new items at a time (at most the items `maxItems` still allows); {@link flatten}
   * hands them out one by one, so that no generator step is paid per item. The first page, then the planned
   * pages side by side ({@link concurrentPages}) when the list reports a total, then the rest one after the
   * other ({@link sequentialPages}).
   */
  async function* pages(): AsyncGenerator<Item[], void, undefined> {
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
    const gate = pageGate<Item>(strategy.itemId, window, limit);
    try {
      let current: PageResult<Item, Params, Body>;
      let firstParams: Params;
      if (start.first) {
        firstParams = start.first.params;
        seen.add(JSON.stringify(firstParams));
        current = { items: start.first.data, next: start.first.nextPageParams(), body: start.first.body };
      } else {
        firstParams = start.params as Params;
        if (snapshot && strategy.pinSnapshot) {
          firstParams = strategy.pinSnapshot(firstParams, new Date().toISOString());
        }
        current = await load(firstParams);
      }
      let planned =
        window > 1 && current.items.length > 0 && current.items.length < limit && current.next !== undefined
          ? strategy.planPages?.(current, firstParams)
          : undefined;
      // With `maxItems`, plan only the pages it needs (pages as large as the first).
      if (planned && Number.isFinite(limit)) {
        planned = planned.slice(0, Math.ceil((limit - current.items.length) / current.items.length));
      }
      if (planned && planned.length > 0) {
        const after = yield* concurrentPages(
          { fetcher, options, signal, stop, window, limit, gate, strategy },
          current,
          planned,
        );
        if (after === undefined) return;
        // Go on sequentially from the last page yielded when the list changed or grew past the plan.
        seen.clear();
        current = await load(after);
      }
      yield* sequentialPages(current, { load, seen, limit, gate });
    } finally {
      stop.abort();
    }
  }
}

/** What {@link pageGate} decides for a page. */
interface PageGate<Item> {
  /**
   * The new items of a page that may still be yielded (all of them, or the first ones up to `maxItems`), or
   * `undefined` when the walk must end (`maxItems` reached before one of them).
   */
  take(items: Item[]): Item[] | undefined;
  /** Whether the last `take` left items out (`maxItems` reached inside a page): the walk ends after them. */
  readonly cut: boolean;
  /** Items yielded so far. */
  readonly yielded: number;
}

/**
 * The items a walk may still hand out: a repeated item (same id within the last `window + 2` pages: an item
 * pushed onto the next page by an insert) is dropped, one map lookup per item whatever the window; the walk
 * stops at `limit` items (`maxItems`).
 */
function pageGate<Item>(
  itemId: ((item: Item) => string) | undefined,
  window: number,
  limit: number,
): PageGate<Item> {
  const remembered = window + 2;
  const lastPageOf = new Map<string, number>();
  const idsOfPage: string[][] = [];
  let pageNumber = 0;
  const fresh = (items: Item[]): Item[] => {
    if (!itemId) return items;
    pageNumber++;
    const ids: string[] = [];
    const out: Item[] = [];
    for (const item of items) {
      const id = itemId(item);
      const seenOn = lastPageOf.get(id);
      if (seenOn !== undefined && seenOn > pageNumber - 1 - remembered) continue;
      lastPageOf.set(id, pageNumber);
      ids.push(id);
      out.push(item);
    }
    idsOfPage.push(ids);
    if (idsOfPage.length > remembered) {
      const expired = pageNumber - remembered;
      for (const id of idsOfPage.shift() as string[]) {
        if (lastPageOf.get(id) === expired) lastPageOf.delete(id);
      }
    }
    return out;
  };
  const gate = {
    cut: false,
    yielded: 0,
    take(items: Item[]): Item[] | undefined {
      const out = fresh(items);
      if (out.length === 0) return out;
      if (gate.yielded >= limit) return undefined;
      const room = limit - gate.yielded;
      gate.cut = out.length > room;
      const page = gate.cut ? out.slice(0, room) : out;
      gate.yielded += page.length;
      return page;
    },
  };
  return gate;
}

/** What the concurrent walk needs of its iteration. */
interface ConcurrentWalk<Item, Params, Body> {
  fetcher: PageFetcher<Item, Params, Body>;
  options: RequestOptions;
  signal: AbortSignal;
  /** Aborts the whole walk (a page's failure). */
  stop: AbortController;
  window: number;
  limit: number;
  gate: PageGate<Item>;
  strategy: ListStrategy<Item, Params, Body>;
}

/**
 * The concurrent walk over the pages `planned` after the first one (`current`): at most `window` in flight,
 * yielded in order. Returns the params of the page to go on from sequentially (the list changed under the
 * walk, or grew past the plan), or `undefined` when the walk is over. The first page to fail cancels its
 * siblings and is the one thrown.
 */
async function* concurrentPages<Item, Params, Body>(
  walk: ConcurrentWalk<Item, Params, Body>,
  first: PageResult<Item, Params, Body>,
  planned: Params[],
): AsyncGenerator<Item[], Params | undefined, undefined> {
  const { fetcher, options, signal, stop, window, limit, gate, strategy } = walk;
  let current = first;
  // The planned pages run under their own controller: a change of the list cancels them alone.
  const batch = new AbortController();
  const batchOptions: RequestOptions = { ...options, signal: AbortSignal.any([signal, batch.signal]) };
  const firstTotal = strategy.totalOf?.(current);
  const inFlight: Array<Promise<PageResult<Item, Params, Body>>> = [];
  let nextIndex = 0;
  // The first page to fail: it cancels its siblings, and it (not their aborts) is what is thrown.
  let failure: { error: unknown } | undefined;
  const launch = (): void => {
    while (inFlight.length < window && nextIndex < planned.length) {
      const params = planned[nextIndex++] as Params;
      const pending = fetcher(params, batchOptions).catch((error: unknown) => {
        if (batch.signal.aborted && !signal.aborted) throw error; // cancelled on purpose, never awaited
        failure ??= { error };
        stop.abort();
        throw failure.error;
      });
      pending.catch(() => {}); // rethrown when awaited; avoids an unhandled rejection meanwhile
      inFlight.push(pending);
    }
  };
  try {
    launch();
    const ready = gate.take(current.items);
    if (ready === undefined) return undefined;
    if (ready.length > 0) yield ready;
    if (gate.cut) return undefined;
    let changed = false;
    while (inFlight.length > 0) {
      current = await (inFlight.shift() as Promise<PageResult<Item, Params, Body>>);
      if (current.items.length === 0) return undefined;
      // The list changed under the walk (its total moved): pages fetched out of order could skip calls, so
      // the planned pages still in flight are cancelled and the walk goes on sequentially from this page (a
      // later page can then only repeat calls, and repeats are dropped by id).
      changed = firstTotal !== undefined && strategy.totalOf?.(current) !== firstTotal;
      if (changed) batch.abort();
      else if (gate.yielded + current.items.length < limit) launch();
      const ready = gate.take(current.items);
      if (ready === undefined) return undefined;
      if (ready.length > 0) yield ready;
      if (gate.cut) return undefined;
      if (changed) break;
    }
    return current.next;
  } finally {
    batch.abort();
  }
}

/**
 * The sequential walk from `current`, with one page of look-ahead (requested before this page's items are
 * handed out). Ends on an empty page, a page without a next one, a next page already asked for (a list that
 * loops), or `limit` items.
 */
async function* sequentialPages<Item, Params, Body>(
  first: PageResult<Item, Params, Body>,
  walk: {
    load: (params: Params) => Promise<PageResult<Item, Params, Body>>;
    seen: Set<string>;
    limit: number;
    gate: PageGate<Item>;
  },
): AsyncGenerator<Item[], void, undefined> {
  const { load, seen, limit, gate } = walk;
  let current = first;
  while (true) {
    const nextParams = current.next;
    const canContinue =
      current.items.length > 0 &&
      nextParams !== undefined &&
      !seen.has(JSON.stringify(nextParams)) &&
      current.items.length < limit - gate.yielded;
    // Start the look-ahead before handing out this page's items.
    const pending = canContinue ? load(nextParams as Params) : undefined;
    pending?.catch(() => {}); // rethrown below when awaited; avoids an unhandled rejection meanwhile
    const ready = gate.take(current.items);
    if (ready === undefined) return;
    if (ready.length > 0) yield ready;
    if (gate.cut) return;
    if (!pending) return;
    current = await pending;
  }
}

/**
 * Hands out the items of a sequence of pages one by one (the async iterator `iterateFrom` returns): an item
 * of a page already received costs one resolved promise, not a step of an async generator. `next()` calls
 * made before the previous one settled are answered in order; `return()` (a `break` in `for await`) ends
 * the page sequence, which runs its `finally` (aborting the requests in flight).
 */
function flatten<Item>(pages: AsyncGenerator<Item[], void, undefined>): AsyncIterableIterator<Item> {
  let buffer: Item[] = [];
  let index = 0;
  let pulling: Promise<IteratorResult<Item>> | undefined;
  const pull = async (): Promise<IteratorResult<Item>> => {
    while (true) {
      const page = await pages.next();
      if (page.done) return { done: true, value: undefined };
      buffer = page.value;
      index = 0;
      if (buffer.length > 0) return { done: false, value: buffer[index++] as Item };
    }
  };
  const settled = (): void => {
    pulling = undefined;
  };
  const iterator: AsyncIterableIterator<Item> = {
    next(): Promise<IteratorResult<Item>> {
      if (pulling) return pulling.then(iterator.next, iterator.next);
      if (index < buffer.length) return Promise.resolve({ done: false, value: buffer[index++] as Item });
      const pending = pull();
      pulling = pending;
      pending.then(settled, settled);
      return pending;
    },
    async return(): Promise<IteratorResult<Item>> {
      buffer = [];
      index = 0;
      await pages.return(undefined);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
