/** A console-like logger: `console` itself fits, and so do pino or winston loggers. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

/** Log levels, most verbose first; `"off"` logs nothing. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/** The lowest level each logger made by {@link createLogger} passes on (`"off"` when it has no user logger). */
const thresholds = new WeakMap<Logger, LogLevel>();

/**
 * Whether `logger` passes messages of `level` on: `false` only for a logger made by {@link createLogger}
 * that drops them, so that callers can skip building a message nobody reads. Any other logger: `true`.
 */
export function logsAt(logger: Logger, level: Exclude<LogLevel, "off">): boolean {
  const threshold = thresholds.get(logger);
  return threshold === undefined || RANK[level] >= RANK[threshold];
}

/**
 * Wraps a user's logger so that only messages at `level` or above reach it, each prefixed with
 * `[switchboard:<provider>]` and passed through `redact` (no API key ever reaches a log line).
 * With no logger the result is silent. Default level: `"warn"`.
 */
export function createLogger(
  provider: string,
  logger: Logger | undefined,
  level: LogLevel = "warn",
  redact: (text: string) => string = (t) => t,
): Logger {
  const make =
    (name: keyof Logger) =>
    (message: string, ...args: unknown[]): void => {
      if (!logger || RANK[name] < RANK[level]) return;
      logger[name](redact(`[switchboard:${provider}] ${message}`), ...args);
    };
  const wrapped: Logger = {
    debug: make("debug"),
    info: make("info"),
    warn: make("warn"),
    error: make("error"),
  };
  thresholds.set(wrapped, logger ? level : "off");
  return wrapped;
}
