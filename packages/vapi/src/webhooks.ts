import { InvalidArgumentError } from "@switchboard/core";
import {
  bodyBytes,
  checkTimestamp,
  fromBase64,
  type HmacAlgorithm,
  hmac,
  parseWebhookJson,
  requireHeader,
  toBase64,
  toHex,
  verifyHmacSignature,
  verifySharedToken,
  type WebhookBody,
  type WebhookHeaders,
  webhookError,
} from "@switchboard/core/webhooks";

/**
 * The body of any Vapi Server URL message: `{ message: { type, timestamp?, call?, … } }`
 * (https://docs.vapi.ai/server-url/events). `end-of-call-report` and `status-update` are typed in detail by
 * `VapiEndOfCallReportWebhook` / `VapiStatusUpdateWebhook`.
 */
export interface VapiServerMessage {
  message: { type: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * How your Vapi server credential authenticates requests (https://docs.vapi.ai/server-url/server-authentication):
 * - `"bearer"`: `Authorization: Bearer <token>` (a Bearer Token credential, the default header);
 * - `"x-vapi-secret"`: the legacy `X-Vapi-Secret: <secret>` header (the inline `server.secret`);
 * - `"hmac"`: an HMAC credential (`HMACAuthenticationPlan`): `x-signature` = hex HMAC-SHA256 over
 *   `{timestamp}.{body}`, `x-timestamp` the timestamp, unless you changed those settings (see {@link VapiHmacOptions}).
 */
export type VapiWebhookScheme = "bearer" | "x-vapi-secret" | "hmac";

/** The defaults of Vapi's `HMACAuthenticationPlan` (https://docs.vapi.ai/server-url/server-authentication). */
export const VAPI_HMAC_DEFAULTS = {
  signatureHeader: "x-signature",
  timestampHeader: "x-timestamp",
  algorithm: "sha256",
  signatureEncoding: "hex",
} as const;

/**
 * Replay window for the HMAC scheme's timestamp, in seconds (both directions). Vapi documents no tolerance nor the
 * timestamp's unit: 300 s is the common convention; a value above 10^11 is read as epoch ms, else epoch seconds.
 */
export const VAPI_WEBHOOK_TOLERANCE_SECONDS = 300;

/** The HMAC credential's settings, when they differ from Vapi's defaults ({@link VAPI_HMAC_DEFAULTS}). */
export interface VapiHmacOptions {
  /** `"sha256"` (default), `"sha512"` or `"sha1"`. */
  algorithm?: "sha256" | "sha512" | "sha1";
  /** Default `x-signature`. */
  signatureHeader?: string;
  /** Default `x-timestamp`. */
  timestampHeader?: string;
  /** A prefix before the signature, e.g. `"sha256="`; default none. */
  signaturePrefix?: string;
  /** Whether the timestamp is signed (`{timestamp}.{body}`) and checked; default `true`. Else the body alone. */
  includeTimestamp?: boolean;
  /** `"hex"` (default) or `"base64"`. */
  signatureEncoding?: "hex" | "base64";
  /** The secret is base64 (its decoded bytes are the key); default `false` (UTF-8). */
  secretIsBase64?: boolean;
  /**
   * What is signed, as a template: `{body}` (the raw body), `{timestamp}` (the timestamp header's text),
   * `{method}` (the HTTP method), `{url}` (the absolute URL Vapi posted to), `{svix-id}` (the message id
   * header's value); any other text as is. Default `{timestamp}.{body}`, or `{body}` when `includeTimestamp`
   * is false. The timestamp is checked whenever the template signs it.
   */
  payloadFormat?: string;
  /** The header carrying the unique message id signed as `{svix-id}` (Svix-style webhooks); default `svix-id`. */
  messageIdHeader?: string;
}

/** The placeholders of {@link VapiHmacOptions.payloadFormat}. */
const PLACEHOLDER = /\{(body|timestamp|method|url|svix-id)\}/g;

/** What a custom payload format is filled with. */
interface PayloadParts {
  body: Uint8Array;
  timestamp?: string | undefined;
  method: string;
  url?: string | undefined;
  messageId?: string | undefined;
}

/**
 * The signed message of an HMAC credential: its `payloadFormat` with each placeholder replaced, as text and
 * body bytes (the body is never decoded). Source: Vapi's `HMACAuthenticationPlan.payloadFormat`
 * (https://docs.vapi.ai/api-reference/credentials/create, "Use {body} for request body, {timestamp} for
 * timestamp, {method} for HTTP method, {url} for URL, {svix-id} for unique message ID").
 * @throws {InvalidArgumentError} when the format signs `{url}` and no absolute `url` is given (a configuration mistake).
 */
function payloadMessage(format: string, parts: PayloadParts): (string | Uint8Array)[] {
  const message: (string | Uint8Array)[] = [];
  let last = 0;
  for (const match of format.matchAll(PLACEHOLDER)) {
    if (match.index > last) message.push(format.slice(last, match.index));
    const name = match[1];
    if (name === "body") message.push(parts.body);
    else if (name === "timestamp") message.push(parts.timestamp ?? "");
    else if (name === "method") message.push(parts.method.toUpperCase());
    else if (name === "url") {
      if (!parts.url || !/^https?:\/\//i.test(parts.url))
        throw new InvalidArgumentError(
          "vapi: the HMAC payloadFormat signs {url}: pass the absolute URL Vapi posted to as `url`",
          { argument: "url", provider: "vapi" },
        );
      message.push(parts.url);
    } else message.push(parts.messageId ?? "");
    last = match.index + match[0].length;
  }
  if (last < format.length) message.push(format.slice(last));
  return message;
}

/** The payload format of a credential: its own, else Vapi's default for `includeTimestamp`. */
function formatOf(options: VapiHmacOptions): string {
  return options.payloadFormat ?? ((options.includeTimestamp ?? true) ? "{timestamp}.{body}" : "{body}");
}

/** Input of {@link verifyVapiWebhook} and {@link unwrapVapiWebhook}. */
export interface VapiWebhookInput {
  /** The raw request body, exactly as received (never re-serialised JSON). */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** Which authentication your server credential uses (Vapi sends only that one). */
  scheme: VapiWebhookScheme;
  /** The Bearer token, the `X-Vapi-Secret` value, or the HMAC secret key. */
  secret: string;
  /** HMAC settings that differ from Vapi's defaults (scheme `"hmac"` only). */
  hmac?: VapiHmacOptions;
  /** Bearer scheme: the header carrying the token, if you changed it; default `Authorization`. */
  bearerHeader?: string;
  /** Largest accepted HMAC timestamp skew in **seconds**, both ways; default 300. */
  toleranceSeconds?: number;
  /** Current time in epoch **ms** (tests); default `Date.now()`. */
  now?: number;
  /** The request's HTTP method, signed as `{method}` by a custom `payloadFormat`; default `POST`. */
  method?: string;
  /** The absolute URL Vapi posted to, signed as `{url}` by a custom `payloadFormat`. */
  url?: string | URL;
}

const ALGORITHMS: Readonly<Record<string, HmacAlgorithm>> = {
  sha256: "SHA-256",
  sha512: "SHA-512",
  sha1: "SHA-1",
};

/**
 * Verifies a Vapi Server URL request by the scheme you configured
 * (https://docs.vapi.ai/server-url/server-authentication), in constant time:
 * - `bearer`: `Authorization: Bearer <secret>` (or your `bearerHeader`);
 * - `x-vapi-secret`: `X-Vapi-Secret: <secret>`;
 * - `hmac`: the signature header (default `x-signature`, hex) must equal HMAC (default SHA-256) keyed with the
 *   secret over the credential's `payloadFormat` (default `"{timestamp}.{raw body}"`, `timestamp` = the
 *   `x-timestamp` header's text; custom formats may also sign `{method}`, `{url}` and `{svix-id}`), and a signed
 *   timestamp must lie within ±`toleranceSeconds` (300 s) of now — read as epoch ms when above 10^11, else
 *   epoch seconds (Vapi documents neither unit nor window).
 *
 * @throws {WebhookVerificationError} `missing_signature` (header absent), `malformed` (HMAC timestamp not an
 *   integer), `bad_signature` (mismatch), `stale_timestamp` (outside the window, for a genuine signature).
 * @throws {InvalidArgumentError} when `secret` is empty or `scheme` unknown (configuration mistakes).
 */
export async function verifyVapiWebhook(input: VapiWebhookInput): Promise<void> {
  if (!input.secret)
    throw new InvalidArgumentError("vapi: the webhook secret is empty", {
      argument: "secret",
      provider: "vapi",
    });
  switch (input.scheme) {
    case "bearer":
      verifySharedToken({
        provider: "vapi",
        headers: input.headers,
        header: input.bearerHeader ?? "Authorization",
        token: input.secret,
      });
      return;
    case "x-vapi-secret":
      verifySharedToken({
        provider: "vapi",
        headers: input.headers,
        header: "X-Vapi-Secret",
        token: input.secret,
      });
      return;
    case "hmac":
      await verifyVapiHmac(input);
      return;
    default:
      throw new InvalidArgumentError(
        `vapi: unknown webhook scheme ${JSON.stringify(input.scheme)}; expected "bearer", "x-vapi-secret" or "hmac"`,
        { argument: "scheme", provider: "vapi" },
      );
  }
}

function secretKey(input: { secret: string; hmac?: VapiHmacOptions | undefined }): string | Uint8Array {
  if (!input.hmac?.secretIsBase64) return input.secret;
  const key = fromBase64(input.secret);
  if (!key)
    throw new InvalidArgumentError("vapi: the HMAC secret is not base64 although secretIsBase64 is set", {
      argument: "secret",
      provider: "vapi",
    });
  return key;
}

async function verifyVapiHmac(input: VapiWebhookInput): Promise<void> {
  const options = input.hmac ?? {};
  const sigHeader = options.signatureHeader ?? VAPI_HMAC_DEFAULTS.signatureHeader;
  const tsHeader = options.timestampHeader ?? VAPI_HMAC_DEFAULTS.timestampHeader;
  const algorithm = ALGORITHMS[options.algorithm ?? "sha256"];
  if (!algorithm)
    throw new InvalidArgumentError(`vapi: unknown HMAC algorithm ${JSON.stringify(options.algorithm)}`, {
      argument: "hmac.algorithm",
      provider: "vapi",
    });
  let signature = requireHeader("vapi", input.headers, sigHeader).trim();
  const prefix = options.signaturePrefix ?? "";
  if (prefix) {
    if (!signature.startsWith(prefix)) {
      throw webhookError("vapi", "bad_signature", `${sigHeader} does not start with ${prefix}`, sigHeader);
    }
    signature = signature.slice(prefix.length);
  }
  const format = formatOf(options);
  const timestamp = format.includes("{timestamp}")
    ? requireHeader("vapi", input.headers, tsHeader).trim()
    : undefined;
  const messageId = format.includes("{svix-id}")
    ? requireHeader("vapi", input.headers, options.messageIdHeader ?? "svix-id").trim()
    : undefined;
  if (timestamp !== undefined) {
    checkTimestamp({
      provider: "vapi",
      value: timestamp,
      unit: "ms",
      toleranceSeconds: Infinity,
      header: tsHeader,
    });
  }
  await verifyHmacSignature({
    provider: "vapi",
    secret: secretKey(input),
    message: payloadMessage(format, {
      body: bodyBytes(input.body),
      timestamp,
      method: input.method ?? "POST",
      url: input.url === undefined ? undefined : String(input.url),
      messageId,
    }),
    signatures: [signature],
    encoding: options.signatureEncoding ?? "hex",
    algorithm,
    header: sigHeader,
  });
  if (timestamp !== undefined) {
    checkTimestamp({
      provider: "vapi",
      value: timestamp,
      unit: Number(timestamp) > 1e11 ? "ms" : "s",
      toleranceSeconds: input.toleranceSeconds ?? VAPI_WEBHOOK_TOLERANCE_SECONDS,
      now: input.now,
      header: tsHeader,
    });
  }
}

/**
 * Verifies ({@link verifyVapiWebhook}) then parses the body: `{ message: { type, … } }`
 * (https://docs.vapi.ai/server-url/events).
 *
 * @throws {WebhookVerificationError} as {@link verifyVapiWebhook}; `malformed` when the body is not a JSON object
 *   whose `message` is an object with a string `type`.
 */
export async function unwrapVapiWebhook(input: VapiWebhookInput): Promise<VapiServerMessage> {
  await verifyVapiWebhook(input);
  const payload = parseWebhookJson("vapi", input.body);
  const message = payload.message;
  if (
    typeof message !== "object" ||
    message === null ||
    Array.isArray(message) ||
    typeof (message as { type?: unknown }).type !== "string" ||
    (message as { type: string }).type === ""
  ) {
    throw webhookError("vapi", "malformed", "the webhook body has no `message` object with a string `type`");
  }
  return payload as VapiServerMessage;
}

/**
 * Produces the headers Vapi would send for `body` under `scheme`, for tests and local replays
 * (`switchboard webhooks send`).
 *
 * @param options.timestamp - for `hmac`: Unix **milliseconds**; default now.
 * @param options.method - for a `payloadFormat` with `{method}`; default `POST`.
 * @param options.url - for a `payloadFormat` with `{url}`: the absolute URL posted to.
 * @param options.messageId - for a `payloadFormat` with `{svix-id}`; default a random UUID.
 */
export async function signVapiWebhook(options: {
  body: WebhookBody;
  secret: string;
  scheme: VapiWebhookScheme;
  hmac?: VapiHmacOptions;
  timestamp?: number;
  method?: string;
  url?: string | URL;
  messageId?: string;
}): Promise<Record<string, string>> {
  if (options.scheme === "bearer") return { Authorization: `Bearer ${options.secret}` };
  if (options.scheme === "x-vapi-secret") return { "X-Vapi-Secret": options.secret };
  const settings = options.hmac ?? {};
  const algorithm = ALGORITHMS[settings.algorithm ?? "sha256"] ?? "SHA-256";
  const timestamp = String(options.timestamp ?? Date.now());
  const format = formatOf(settings);
  const messageId = format.includes("{svix-id}") ? (options.messageId ?? crypto.randomUUID()) : undefined;
  const message = payloadMessage(format, {
    body: bodyBytes(options.body),
    timestamp,
    method: options.method ?? "POST",
    url: options.url === undefined ? undefined : String(options.url),
    messageId,
  });
  const mac = await hmac(secretKey(options), message, algorithm);
  const encoded = settings.signatureEncoding === "base64" ? toBase64(mac) : toHex(mac);
  const headers: Record<string, string> = {
    [settings.signatureHeader ?? VAPI_HMAC_DEFAULTS.signatureHeader]:
      `${settings.signaturePrefix ?? ""}${encoded}`,
  };
  if (format.includes("{timestamp}"))
    headers[settings.timestampHeader ?? VAPI_HMAC_DEFAULTS.timestampHeader] = timestamp;
  if (messageId !== undefined) headers[settings.messageIdHeader ?? "svix-id"] = messageId;
  return headers;
}
