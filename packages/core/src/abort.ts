/** One listener per signal, fanning out to the callbacks of every request that shares it. */
interface Fanout {
  callbacks: Set<() => void>;
  detach: () => void;
}

const fanouts = new WeakMap<AbortSignal, Fanout>();

/**
 * Runs `callback` once when `signal` aborts, and returns the function that unsubscribes it. However many
 * requests share one signal, at most ONE `abort` listener is added to it (so 1 000 concurrent requests
 * with one `AbortSignal` print no `MaxListenersExceededWarning`); it is removed when the last request
 * unsubscribes.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let fanout = fanouts.get(signal);
  if (!fanout) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      fanouts.delete(signal);
      for (const cb of [...callbacks]) cb();
      callbacks.clear();
    };
    signal.addEventListener("abort", fire, { once: true });
    fanout = { callbacks, detach: () => signal.removeEventListener("abort", fire) };
    fanouts.set(signal, fanout);
  }
  const current = fanout;
  current.callbacks.add(callback);
  return () => {
    if (!current.callbacks.delete(callback) || current.callbacks.size > 0) return;
    if (fanouts.get(signal) === current) fanouts.delete(signal);
    current.detach();
  };
}
