/** `@switchboard/cli`: the `switchboard` command as a library (for embedding and tests). */
export { COMMANDS } from "./commands/index.js";
export { WebhookSendError } from "./commands/webhooks/index.js";
export {
  MAX_WEBHOOK_BODY_BYTES,
  startWebhookListener,
  type WebhookListener,
  type WebhookListenerOptions,
} from "./commands/webhooks/listen.js";
export { type SendWebhookOptions, sendTestWebhook } from "./commands/webhooks/send.js";
export type { CliCommand, CliContext, CliIO } from "./context.js";
export { group } from "./context.js";
export {
  ConfigError,
  describeError,
  EXIT,
  EXIT_CODES,
  EXIT_HELP,
  exitClasses,
  exitCodeOf,
  failureLine,
} from "./errors.js";
export { formatCost, formatDuration, renderCallTable, renderSummaryTable, renderTable } from "./format.js";
export { createProgram, run } from "./program.js";
