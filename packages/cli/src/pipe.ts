/** A writable stream that reports write errors (process.stdout). */
export interface ErrorEmitter {
  on(event: "error", listener: (error: Error & { code?: string }) => void): unknown;
}

/**
 * Watches stdout for a closed pipe (`switchboard calls list -f ndjson | head -1`): on `EPIPE` (or any write
 * error) it aborts `controller`, so in-flight requests and pagination stop, and marks the output closed, so
 * that the command exits quietly with code 0 instead of a stack trace. Returns that state.
 */
export function watchClosedPipe(stdout: ErrorEmitter, controller: AbortController): { closed: boolean } {
  const state = { closed: false };
  stdout.on("error", () => {
    state.closed = true;
    controller.abort();
  });
  return state;
}
