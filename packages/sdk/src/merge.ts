import type { Call } from "@switchboard/normalizer";
import { newestFirst } from "./filters.js";

/**
 * K-way merge of streams that are each newest first: holds one call per stream (its head) and yields the
 * newest head, then pulls the next call of that stream only. Memory: one call per stream plus each
 * stream's own page buffer. Output is newest first as long as every input is.
 */
export async function* mergeNewest(streams: AsyncIterator<Call>[]): AsyncGenerator<Call> {
  const heads = new Map<number, Call>();
  const pull = async (i: number) => {
    const result = await (streams[i] as AsyncIterator<Call>).next();
    if (result.done) heads.delete(i);
    else heads.set(i, result.value);
  };
  await Promise.all(streams.map((_, i) => pull(i)));
  while (heads.size > 0) {
    let best: number | undefined;
    for (const [i, call] of heads) {
      if (best === undefined || newestFirst(call, heads.get(best) as Call) < 0) best = i;
    }
    const index = best as number;
    yield heads.get(index) as Call;
    await pull(index);
  }
}

/** Yields calls from every stream as they arrive (no ordering, flat memory). */
export async function* mergeArrival(streams: AsyncIterator<Call>[]): AsyncGenerator<Call> {
  type Step = { i: number; result: IteratorResult<Call> };
  const next = (i: number): Promise<Step> =>
    (streams[i] as AsyncIterator<Call>).next().then((result) => ({ i, result }));
  const pending = new Map<number, Promise<Step>>(streams.map((_, i) => [i, next(i)]));
  while (pending.size > 0) {
    const { i, result } = await Promise.race(pending.values());
    if (result.done) {
      pending.delete(i);
      continue;
    }
    pending.set(i, next(i));
    yield result.value;
  }
}

/** Reads a stream whole and yields it sorted newest first (for a provider whose list order is unspecified). */
export async function* sortedNewest(stream: AsyncIterable<Call>): AsyncGenerator<Call> {
  const all: Call[] = [];
  for await (const call of stream) all.push(call);
  all.sort(newestFirst);
  yield* all;
}
