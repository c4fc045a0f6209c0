/** `@switchboard/cli`: the `switchboard` command as a library (for embedding and tests). */
export { ConfigError, describeError, EXIT } from "./errors.js";
export { formatCost, formatDuration, renderCallTable, renderTable } from "./format.js";
export { byStartedAt, type CliIO, createProgram, run } from "./program.js";
export { PROVIDERS } from "./providers/index.js";
