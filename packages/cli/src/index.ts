/** `@switchboard/cli`: the `switchboard` command as a library (for embedding and tests). */

export {
  MAX_WEBHOOK_BODY_BYTES,
  startWebhookListener,
  type WebhookListener,
  type WebhookListenerOptions,
} from "./commands/webhooks/listen.js";
export { type SendWebhookOptions, sendTestWebhook } from "./commands/webhooks/send.js";
export { ConfigError, describeError, EXIT } from "./errors.js";
export { formatCost, formatDuration, renderCallTable, renderTable } from "./format.js";
export { byStartedAt, type CliIO, createProgram, run } from "./program.js";
export { PROVIDERS } from "./providers/index.js";
export {
  handleWebhookPayload,
  handleWebhookRequest,
  WEBHOOK_PROVIDERS,
  type WebhookCredentials,
  type WebhookPayloadInput,
  type WebhookProvider,
  webhookErrorStatus,
} from "./webhooks/handle.js";
