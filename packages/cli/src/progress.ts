import { clearLine, cursorTo, moveCursor } from "node:readline";
import ora, { type Ora } from "ora";
import type { CliIO } from "./context.js";

/** Redraws of the progress line per second, at most (ora's frame interval: 100 ms). */
export const PROGRESS_FPS = 10;

/** A running progress line; `stop()` erases it (call it before printing the result). */
export interface Progress {
  stop(): void;
}

/**
 * A spinner line on stderr while a command works (`calls list`, `calls summary`, `sync`), drawn by `ora`:
 * the first frame at once, then at most {@link PROGRESS_FPS} redraws a second, the text read anew for each
 * (so counting calls costs nothing per call). Only when stderr is a terminal; nothing at all otherwise (a pipe,
 * a file, CI logs). `NO_COLOR` turns the spinner's colour off.
 *
 * @param text - the line's text, read on every frame (e.g. `fetching calls… openmic 120, vapi 80`).
 */
export function startProgress(io: CliIO, text: () => string): Progress {
  if (io.stderr.isTTY !== true) return { stop() {} };
  const stderr = io.stderr;
  // ora drives a TTY stream (cursorTo, moveCursor, clearLine); node:readline writes those as ANSI sequences
  // through the CLI's own stderr, so output stays in one place (and in memory in tests).
  const stream = {
    isTTY: true,
    get columns() {
      return stderr.columns ?? 80;
    },
    write: (chunk: string) => stderr.write(chunk) !== false,
    cursorTo(x: number) {
      return cursorTo(stream as unknown as NodeJS.WritableStream, x);
    },
    moveCursor(dx: number, dy: number) {
      return moveCursor(stream as unknown as NodeJS.WritableStream, dx, dy);
    },
    clearLine(direction: -1 | 0 | 1) {
      return clearLine(stream as unknown as NodeJS.WritableStream, direction);
    },
    once() {
      return stream;
    },
  };
  let spinner: Ora | undefined = ora({
    stream: stream as unknown as NodeJS.WritableStream,
    isEnabled: true,
    discardStdin: false,
    hideCursor: false,
    interval: 1000 / PROGRESS_FPS,
    color: io.env.NO_COLOR ? false : "cyan",
    text: text(),
  }).start();
  const timer = setInterval(() => {
    if (spinner) spinner.text = text();
  }, 1000 / PROGRESS_FPS);
  timer.unref?.();
  return {
    stop() {
      clearInterval(timer);
      spinner?.stop();
      spinner = undefined;
    },
  };
}
