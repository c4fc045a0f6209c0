/**
 * The listing half of `createSwitchboard`: each provider's calls read through its client's walk (native filters
 * sent, the rest applied to the normalized calls), a little ahead of the consumer, then merged newest first
 * (a k-way merge) or in arrival order, with per-provider partial failure. The configuration is in `config.ts`.
 */
import { APIUserAbortError, type IterateOptions, SwitchboardError } from "@switchboard/core";
import type { Call } from "@switchboard/normalizer";
import type { IterateCallsOptions } from "./client.js";
import type { AnyProviderDescriptor, UnifiedFilterName } from "./descriptor.js";
import type { ProviderFailure } from "./errors.js";
import { matches, nativeParams, type ResolvedFilters } from "./filters.js";
import { mergeArrival, mergeNewest, sortedNewest } from "./merge.js";

/** Rows read ahead of the consumer per provider: about one page, so a failing page is known at once. */
const READ_AHEAD = 100;

/**
 * The normalized, filtered calls of one provider, on the provider client's own walk (`iterateCalls`): pages
 * fetched concurrently where the list allows it (bounded by the client's `concurrency`, lowered on 429), the
 * walk pinned to its start where the API filters by time, and every call id yielded once. The walk is read up
 * to {@link READ_AHEAD} rows ahead of the consumer ({@link readAhead}), so a page that fails while the consumer
 * is busy is reported at once through `fail`, not when its rows would have been needed.
 */
async function* providerCalls(
  descriptor: AnyProviderDescriptor,
  client: unknown,
  filters: ResolvedFilters,
  controller: AbortController,
  fail: (error: unknown) => void,
  walkOptions: { order: "newest" | "arrival"; limit: number | undefined },
): AsyncGenerator<Call> {
  const { params, native } = nativeParams(descriptor, filters);
  // When every filter went to the API, the provider's walk needs no more calls than the listing's limit
  // (a newest-first walk then sizes its time windows to it), unless its newest calls are only known once the
  // whole list is read (`listing.newest: "sorted"`).
  const allNative = Object.keys(filters).every((name) => native.includes(name as UnifiedFilterName));
  const wholeList = walkOptions.order === "newest" && descriptor.listing.newest === "sorted";
  const options: IterateOptions = {
    signal: controller.signal,
    ...(walkOptions.order === "arrival"
      ? { order: "any" }
      : descriptor.listing.newest === "windows"
        ? { order: "newest" }
        : {}),
    ...(allNative && !wholeList && walkOptions.limit !== undefined ? { maxItems: walkOptions.limit } : {}),
  };
  const walk = (
    client as { iterateCalls(params: unknown, options: IterateOptions): AsyncIterable<unknown> }
  ).iterateCalls(params, options);
  try {
    for await (const row of readAhead(walk, READ_AHEAD, fail)) {
      if (controller.signal.aborted) return;
      const call = descriptor.normalize(row);
      if (matches(call, filters)) yield call;
    }
  } catch (error) {
    fail(error);
  }
}

/**
 * The items of `source`, read up to `limit` items ahead of the consumer by a pump of its own: the consumer's
 * pace never delays an error, which goes to `fail` as soon as `source` throws (the items still buffered are
 * then dropped, and the iteration ends). Memory: at most `limit` items. Ending the iteration early stops the
 * pump and returns `source`.
 */
async function* readAhead<T>(
  source: AsyncIterable<T>,
  limit: number,
  fail: (error: unknown) => void,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const buffer: T[] = [];
  let finished = false;
  let failed = false;
  let stopped = false;
  let wake: (() => void) | undefined;
  let room: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  void (async () => {
    try {
      while (!stopped) {
        if (buffer.length >= limit) {
          await new Promise<void>((resolve) => {
            room = resolve;
          });
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        buffer.push(next.value);
        signal();
      }
    } catch (error) {
      failed = true;
      fail(error);
    } finally {
      finished = true;
      signal();
    }
  })();
  try {
    while (!failed) {
      if (buffer.length > 0) {
        const item = buffer.shift() as T;
        room?.();
        room = undefined;
        yield item;
      } else if (finished) return;
      else
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
    }
  } finally {
    stopped = true;
    room?.();
    void iterator.return?.()?.catch(() => undefined);
  }
}

function requestIdOf(error: unknown): string | undefined {
  const id = (error as { requestId?: unknown })?.requestId;
  return typeof id === "string" ? id : undefined;
}

/** Runs one listing over `entries`; failures go to `errors` and `onError`. */
export async function* listCalls(
  entries: { descriptor: AnyProviderDescriptor; client: unknown }[],
  filters: ResolvedFilters,
  options: IterateCallsOptions & { order: "newest" | "arrival" },
  errors: ProviderFailure[],
): AsyncGenerator<Call> {
  errors.length = 0;
  if (options.limit === 0) return;
  const outer = options.signal;
  const checkAbort = () => {
    if (outer?.aborted) throw new APIUserAbortError("the listing was aborted by the caller's signal");
  };
  checkAbort();
  const controllers = entries.map(() => new AbortController());
  const failedProviders = new Set<string>();
  const onOuterAbort = () => {
    for (const c of controllers) c.abort(outer?.reason);
  };
  outer?.addEventListener("abort", onOuterAbort, { once: true });
  const streams = entries.map(({ descriptor, client }, i) => {
    const controller = controllers[i] as AbortController;
    let failed = false;
    const fail = (error: unknown) => {
      // An abort we caused (limit reached, caller's signal) is not the provider's failure.
      if (failed || controller.signal.aborted) return;
      failed = true;
      failedProviders.add(descriptor.name);
      controller.abort();
      const failure: ProviderFailure = {
        provider: descriptor.name,
        error:
          error instanceof Error ? error : new SwitchboardError(String(error), { provider: descriptor.name }),
        requestId: requestIdOf(error),
      };
      errors.push(failure);
      options.onError?.(failure);
    };
    const calls = providerCalls(descriptor, client, filters, controller, fail, {
      order: options.order,
      limit: options.limit,
    });
    const stream =
      options.order === "newest" && descriptor.listing.newest === "sorted" ? sortedNewest(calls) : calls;
    return stream[Symbol.asyncIterator]();
  });
  const merged = options.order === "newest" ? mergeNewest(streams) : mergeArrival(streams);
  let count = 0;
  try {
    for await (const call of merged) {
      checkAbort();
      // A call a merge had already pulled before its provider failed is not handed out.
      if (failedProviders.has(call.provider)) continue;
      yield call;
      count++;
      if (options.limit !== undefined && count >= options.limit) return;
    }
    checkAbort();
  } finally {
    outer?.removeEventListener("abort", onOuterAbort);
    for (const c of controllers) c.abort();
    await Promise.allSettled(streams.map((s) => s.return?.(undefined)));
  }
}
