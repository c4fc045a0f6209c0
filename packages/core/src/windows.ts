/**
 * One job: walking a list that filters by time as a sequence of time windows, newest window first. Two
 * walks use it: `order: "newest"` on a list in no documented order (the k newest calls cost a few requests,
 * not the whole history), and the concurrent walk of a cursor list that reports no total (Vapi, Retell),
 * whose windows are walked side by side because each one pages on its own.
 */
import { type IterateOptions, iterateFrom, Page, type PageFetcher, type PageResult } from "./pagination.js";
import type { RequestOptions } from "./transport.js";

/**
 * How a list filters by time, for the window walk ({@link iterateWindows}): the provider client supplies it
 * as `ListStrategy.timeWindow`.
 */
export interface TimeWindowStrategy<Item, Params> {
  /**
   * `params` asking only for items whose time is within `fromMs` … `toMs` (epoch ms, both inclusive as far
   * as the API's own filter goes; the walk asks a second beyond each inner edge and keeps only its window's
   * items, so an API that treats a bound as exclusive, or truncates it to the second, loses nothing).
   * `fromMs` `undefined`: no lower bound.
   */
  range(params: Params, fromMs: number | undefined, toMs: number): Params;
  /** The time bounds the caller set in `params` (e.g. OpenMic `from_date`/`to_date`), in epoch ms. */
  bounds(params: Params): { fromMs?: number | undefined; toMs?: number | undefined };
  /**
   * The item's time as the API's time filter compares it (e.g. Vapi `createdAt`, Retell `start_timestamp`),
   * in epoch ms; `undefined` when the item has none (it then stays in the window that returned it).
   */
  timeOf(item: Item): number | undefined;
  /** The page size `params` ask for (the list's `limit`), to size windows in pages. */
  pageSize(params: Params): number;
  /**
   * The precision of the API's time filter in ms: how far past each inner window edge the walk asks, so
   * that a bound read as exclusive or truncated loses nothing (default 1000: a filter that may read its
   * bound to the second; 1 for a filter documented in milliseconds, such as epoch ms).
   */
  resolutionMs?: number | undefined;
}

/** The width of the first window: 15 minutes (narrowed or widened by what its first page reports). */
export const FIRST_WINDOW_MS = 15 * 60_000;
/** The narrowest window: one second. */
const MIN_WINDOW_MS = 1_000;
/** How far past an inner window edge the walk asks by default (the API may truncate a bound to the second). */
const EDGE_MS = 1_000;
/** A window is narrowed and asked again when it holds more than this many times its target. */
const DENSE = 4;
/**
 * Pages per window in a walk without `maxItems`: a window in order is held whole (sorted), so it stays small
 * (4 pages, at most {@link MAX_WINDOW_ITEMS} calls); a walk in any order hands pages out as they come, so its
 * windows are larger (fewer partial last pages).
 */
const PAGES_PER_WINDOW = 4;
const PAGES_PER_WINDOW_ANY_ORDER = 16;
/** The most calls a window held in memory is sized for (a page can be larger: Bland's 1,000). */
const MAX_WINDOW_ITEMS = 1_000;
/** Windows held ahead of the one being yielded, in order (each about its target): a memory bound. */
const MAX_AHEAD = 2;
/** How much an empty window's successor is widened. */
const WIDEN = 8;

/** A window the walk has chosen: calls with `lo` < time ≤ `hi` (`lo` `undefined`: no lower edge). */
interface Window<Item, Params, Body> {
  lo: number | undefined;
  hi: number;
  query: Params;
  first: PageResult<Item, Params, Body>;
  /** The items it holds, as its first page reports or estimates them. */
  count: number;
}

/** What {@link iterateWindows} walks with. */
export interface WindowWalk<Item, Params, Body> {
  params: Params;
  options: IterateOptions;
  timeWindow: TimeWindowStrategy<Item, Params>;
  /** The strategy's other parts (pages of a window fetched concurrently when it reports a total). */
  planPages?: ((first: PageResult<Item, Params, Body>, params: Params) => Params[] | undefined) | undefined;
  itemId?: ((item: Item) => string) | undefined;
  totalOf?: ((page: PageResult<Item, Params, Body>) => number | undefined) | undefined;
  /** Pages (or, without a total, windows) in flight at once. */
  window: number;
  /** Whether the list itself comes newest first (a page then tells where older calls begin). */
  newestFirst?: boolean | undefined;
  /**
   * Hand out each window's pages as they arrive, from every window in flight, in no order (memory: the
   * pages in flight); default: window by window, newest first.
   */
  anyOrder?: boolean | undefined;
  /** Now, in epoch ms (tests). */
  now?: () => number;
}

/**
 * Walks a time-filtered list window by window, newest window first, each window's items sorted newest first
 * by `timeWindow.timeOf` (items without a time last, in the API's order).
 *
 * - **Snapshot:** the first window ends at the caller's upper bound, else at the moment the walk starts;
 *   calls created during the walk are not in it.
 * - **Sizing:** the first window spans {@link FIRST_WINDOW_MS}. A window whose first page reports (by its
 *   total, or by how much of the window its page's times cover) more than 4× the target is narrowed in
 *   proportion and asked again; an empty one is followed by one request for everything older (which ends the
 *   walk when there is nothing, or reads it whole when it is small) and a window 8× wider. The target is one
 *   page when `maxItems` fits in one, else `maxItems` or 4 pages, whichever is fewer; without `maxItems`, 4
 *   pages (at most 1,000 calls, or one page if larger) in order, 16 pages with `anyOrder`.
 * - **Exactly once:** a window keeps the items with `lo` < time ≤ `hi`; inner edges are asked a second wider,
 *   so items sharing a timestamp at an edge belong to exactly one window, whether the API's bounds are
 *   inclusive or not. An item whose id was in the window before is dropped too.
 * - **Concurrency:** while a window's pages are read (concurrently when the list reports a total), the next
 *   window's first page is already asked; lists without a total keep up to 3 windows in flight in order
 *   (each paging on its own; memory: those windows, each about its target), or `window` windows with
 *   `anyOrder`, whose pages are handed out as they arrive (memory: the pages in flight).
 * - **Ends** when the window reaches the caller's lower bound, or nothing older exists; `maxItems` stops it
 *   after that many items, and a `break` aborts every request in flight.
 *
 * @throws {SwitchboardError} (from the iterator) what a page throws; the failure aborts the others.
 */
export function iterateWindows<Item, Params, Body>(
  fetcher: PageFetcher<Item, Params, Body>,
  walk: WindowWalk<Item, Params, Body>,
): AsyncIterable<Item[]> {
  const { maxItems, concurrency: _c, snapshot: _s, order: _o, ...requestOptions } = walk.options;
  const tw = walk.timeWindow;
  const limit = maxItems ?? Number.POSITIVE_INFINITY;
  const pageSize = Math.max(1, tw.pageSize(walk.params));
  const target = Number.isFinite(limit)
    ? Math.max(pageSize, Math.min(limit, pageSize * PAGES_PER_WINDOW))
    : walk.anyOrder
      ? pageSize * PAGES_PER_WINDOW_ANY_ORDER
      : Math.max(pageSize, Math.min(MAX_WINDOW_ITEMS, pageSize * PAGES_PER_WINDOW));
  const edge = tw.resolutionMs ?? EDGE_MS;
  const countOf = (page: PageResult<Item, Params, Body>): number | undefined =>
    walk.totalOf?.(page) ?? (page.next === undefined ? page.items.length : undefined);

  return {
    async *[Symbol.asyncIterator]() {
      const stop = new AbortController();
      const signal = requestOptions.signal
        ? AbortSignal.any([requestOptions.signal, stop.signal])
        : stop.signal;
      const options: RequestOptions = { ...requestOptions, signal };
      const { fromMs: floor, toMs: callerTop } = tw.bounds(walk.params);
      const top = callerTop ?? (walk.now ?? Date.now)();

      /** The windows, newest first, each with its first page (fetched here, to size the next one). */
      async function* plan(): AsyncGenerator<Window<Item, Params, Body>> {
        let hi = top;
        let width = FIRST_WINDOW_MS;
        // No call predates 1970 (epoch 0): a list that ignores the time filter cannot keep the walk going.
        const low = floor ?? 0;
        while (hi >= low) {
          const reachesFloor = hi - width < low;
          const lo = reachesFloor ? undefined : hi - width;
          const query = tw.range(
            walk.params,
            reachesFloor ? floor : (lo as number) - edge,
            hi === top ? top : hi + edge,
          );
          const first = await fetcher(query, options);
          const counted = countOf(first);
          const estimate = counted ?? estimateFromTimes(first.items, hi, lo, pageSize, tw);
          const span = hi - (lo ?? low);
          if (estimate > DENSE * target && span > MIN_WINDOW_MS) {
            width = Math.max(MIN_WINDOW_MS, Math.floor((span * target) / estimate));
            continue;
          }
          yield { lo: lo === undefined ? low - 1 : lo, hi, query, first, count: estimate };
          if (lo === undefined) return;
          if (estimate === 0) {
            // Nothing in this window: is anything older? One request for all of it tells.
            const tailQuery = tw.range(walk.params, floor, lo + edge);
            const tail = await fetcher(tailQuery, options);
            if (tail.items.length === 0) return;
            const tailCount = countOf(tail);
            if (tailCount !== undefined && tailCount <= DENSE * target) {
              yield {
                lo: floor === undefined ? undefined : floor - 1,
                hi: lo,
                query: tailQuery,
                first: tail,
                count: tailCount,
              };
              return;
            }
            // A newest-first page tells where the older calls begin: the next window starts there.
            const newest = walk.newestFirst ? newestTime(tail.items, tw) : undefined;
            hi = newest !== undefined && newest < lo ? newest : lo;
            width *= WIDEN;
            continue;
          }
          // Half a page below the target, so that a window's last page is a short one rather than a full
          // page followed by an empty request.
          width = Math.max(MIN_WINDOW_MS, Math.floor(((hi - lo) * (target - pageSize / 2)) / estimate));
          hi = lo;
        }
      }

      /**
       * Every window's items as they arrive, up to `walk.window` windows read at once, each window's items
       * handed out in chunks of up to a page (memory: the chunks waiting, at most `walk.window` of them).
       */
      async function* anyOrder(): AsyncGenerator<Item[]> {
        const ready: Item[][] = [];
        const untimed = new Set<string>();
        let active = 0;
        let planned = false;
        let stopped = false;
        let failure: { error: unknown } | undefined;
        let wake: (() => void) | undefined;
        const waiting: Array<() => void> = [];
        const notify = () => {
          wake?.();
          wake = undefined;
        };
        const release = () => {
          for (const resolve of waiting.splice(0)) resolve();
        };
        const pause = () =>
          new Promise<void>((resolve) => {
            waiting.push(resolve);
          });
        const push = async (chunk: Item[]) => {
          while (!stopped && ready.length >= walk.window) await pause();
          ready.push(chunk);
          notify();
        };
        const readWindow = async (w: Window<Item, Params, Body>) => {
          try {
            let chunk: Item[] = [];
            for await (const item of pagesOf(w)) {
              if (stopped) return;
              chunk.push(item);
              if (chunk.length >= pageSize) {
                await push(chunk);
                chunk = [];
              }
            }
            if (chunk.length > 0) await push(chunk);
          } catch (error) {
            failure ??= { error };
            stop.abort();
          } finally {
            active--;
            release();
            notify();
          }
        };
        void (async () => {
          try {
            while (!stopped) {
              while (!stopped && active >= walk.window) await pause();
              if (stopped) break;
              const next = await windows.next();
              if (next.done || stopped) break;
              active++;
              void readWindow(next.value);
            }
          } catch (error) {
            failure ??= { error };
            stop.abort();
          } finally {
            planned = true;
            notify();
          }
        })();
        let yielded = 0;
        try {
          while (true) {
            const chunk = ready.shift();
            if (!chunk) {
              if (failure) throw failure.error;
              if (planned && active === 0) return;
              await new Promise<void>((resolve) => {
                wake = resolve;
              });
              continue;
            }
            release();
            const out: Item[] = [];
            for (const item of chunk) {
              if (walk.itemId && tw.timeOf(item) === undefined) {
                const id = walk.itemId(item);
                if (untimed.has(id)) continue;
                untimed.add(id);
              }
              out.push(item);
              if (++yielded >= limit) break;
            }
            if (out.length > 0) yield out;
            if (yielded >= limit) return;
          }
        } finally {
          stopped = true;
          stop.abort();
          release();
          await windows.return(undefined).catch(() => undefined);
        }
      }

      /** The items of one window that belong to it, in the window's own order (its pages concurrently). */
      async function* pagesOf(w: Window<Item, Params, Body>): AsyncGenerator<Item> {
        const page = new Page(w.first, w.query, fetcher, options);
        const inner = iterateFrom(fetcher, {
          first: page,
          options: { ...options, concurrency: walk.window },
          strategy: { planPages: walk.planPages, itemId: walk.itemId, totalOf: walk.totalOf },
        });
        for await (const item of inner) {
          const t = tw.timeOf(item);
          if (t !== undefined && (t > w.hi || (w.lo !== undefined && t <= w.lo))) continue;
          yield item;
        }
      }

      /** The items of one window that belong to it, newest first. */
      const read = async (w: Window<Item, Params, Body>): Promise<Item[]> => {
        const items: Item[] = [];
        for await (const item of pagesOf(w)) items.push(item);
        return sortNewest(items, tw);
      };

      const windows = plan();
      if (walk.anyOrder) {
        yield* anyOrder();
        return;
      }
      // Windows read ahead of the one being yielded: none when a window's pages are concurrent already (the
      // next window is still read while this one is yielded), else up to 2 (each window then pages on its
      // own). With `maxItems`, no window is planned beyond the ones that hold enough items.
      const ahead = walk.planPages ? 0 : Math.max(1, Math.min(MAX_AHEAD, walk.window - 1));
      const queue: Array<{ items: Promise<Item[]>; count: number }> = [];
      let planned = false;
      let failure: { error: unknown } | undefined;
      let stopped = false;
      let yielded = 0;
      let wake: (() => void) | undefined;
      let room: (() => void) | undefined;
      const notify = () => {
        wake?.();
        wake = undefined;
      };
      const queuedCount = () => queue.reduce((n, w) => n + w.count, 0);
      const full = () => queue.length > ahead || (queue.length > 0 && yielded + queuedCount() >= limit);
      void (async () => {
        try {
          while (!stopped) {
            const next = await windows.next();
            if (next.done || stopped) break;
            const items = read(next.value);
            items.catch(() => {}); // rethrown when awaited
            queue.push({ items, count: next.value.count });
            notify();
            while (!stopped && full())
              await new Promise<void>((resolve) => {
                room = resolve;
              });
          }
        } catch (error) {
          failure = { error };
        } finally {
          planned = true;
          notify();
        }
      })();
      let previous = new Set<string>();
      // Items without a time cannot be placed in one window: each is yielded once, by its id.
      const untimed = new Set<string>();
      try {
        while (true) {
          const head = queue.shift();
          if (!head) {
            if (failure) throw failure.error;
            if (planned) return;
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            continue;
          }
          room?.();
          room = undefined;
          const items = await head.items;
          const ids = new Set<string>();
          const out: Item[] = [];
          for (const item of items) {
            if (walk.itemId) {
              const id = walk.itemId(item);
              if (ids.has(id)) continue;
              ids.add(id);
              if (previous.has(id)) continue;
              if (tw.timeOf(item) === undefined) {
                if (untimed.has(id)) continue;
                untimed.add(id);
              }
            }
            out.push(item);
            if (++yielded >= limit) break;
          }
          previous = ids;
          if (out.length > 0) yield out;
          if (yielded >= limit) return;
        }
      } finally {
        stopped = true;
        stop.abort();
        room?.();
        await windows.return(undefined).catch(() => undefined);
      }
    },
  };
}

/** Sorts newest first by time (stable; items without a time last). */
function sortNewest<Item, Params>(items: Item[], tw: TimeWindowStrategy<Item, Params>): Item[] {
  const keyed = items.map((item, i) => ({ item, t: tw.timeOf(item), i }));
  keyed.sort((a, b) => {
    if (a.t === b.t) return a.i - b.i;
    if (a.t === undefined) return 1;
    if (b.t === undefined) return -1;
    return b.t - a.t;
  });
  return keyed.map((k) => k.item);
}

function newestTime<Item, Params>(items: Item[], tw: TimeWindowStrategy<Item, Params>): number | undefined {
  let newest: number | undefined;
  for (const item of items) {
    const t = tw.timeOf(item);
    if (t !== undefined && (newest === undefined || t > newest)) newest = t;
  }
  return newest;
}

/**
 * The number of items a window holds, estimated from a full first page of a list without a total: the page's
 * calls are the window's newest, so their spacing tells the density: (items − 1) over the span from the
 * newest to the oldest, times the window's width.
 */
function estimateFromTimes<Item, Params>(
  items: Item[],
  hi: number,
  lo: number | undefined,
  pageSize: number,
  tw: TimeWindowStrategy<Item, Params>,
): number {
  let oldest: number | undefined;
  let newest: number | undefined;
  for (const item of items) {
    const t = tw.timeOf(item);
    if (t === undefined) continue;
    if (oldest === undefined || t < oldest) oldest = t;
    if (newest === undefined || t > newest) newest = t;
  }
  const floor = Math.max(items.length, pageSize);
  if (oldest === undefined || newest === undefined || lo === undefined || items.length < 2) return floor;
  const spacing = Math.max(1, newest - oldest) / (items.length - 1);
  return Math.max(floor, Math.round((hi - lo) / spacing));
}
