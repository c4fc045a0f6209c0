/**
 * Shared building blocks for verifying provider webhooks, on Web Crypto only (`globalThis.crypto.subtle`): they
 * run unchanged on Node ≥ 20.19, Deno, Bun, edge runtimes and Cloudflare Workers. Each provider package builds
 * its own `verify<Provider>Webhook` from these in a few lines; they know no provider.
 *
 * Rules they enforce: the signature is computed over the raw body bytes exactly as received (never re-serialised
 * JSON); comparisons are constant-time; failures are {@link WebhookVerificationError}s that never hold a secret
 * or a signature.
 */
import {
  InvalidArgumentError,
  SwitchboardError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "./errors.js";

/** A raw request body: the exact bytes received (`Uint8Array`/`ArrayBuffer`) or their UTF-8 text. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * Request headers: a web-standard `Headers`, or a plain record such as Node's `IncomingHttpHeaders`
 * (names in any case; an array value is a repeated header).
 */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The HMAC hash functions Web Crypto offers (Vapi lets the user choose among them). */
export type HmacAlgorithm = "SHA-256" | "SHA-512" | "SHA-1";

const encoder = new TextEncoder();

/** The body as bytes: a string is UTF-8 encoded; a `Uint8Array` is returned as is (not copied). */
export function bodyBytes(body: WebhookBody): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(body);
}

/**
 * The body as text (strict UTF-8).
 * @throws {WebhookVerificationError} `malformed` when the bytes are not valid UTF-8.
 */
export function bodyText(provider: string, body: WebhookBody): string {
  if (typeof body === "string") return body;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bodyBytes(body));
  } catch {
    throw webhookError(provider, "malformed", "the webhook body is not valid UTF-8");
  }
}

/**
 * Parses the body as a JSON object (the payload of every supported provider).
 * @throws {WebhookVerificationError} `malformed` when it is not UTF-8, not JSON, or not a JSON object.
 */
export function parseWebhookJson(provider: string, body: WebhookBody): Record<string, unknown> {
  const text = bodyText(provider, body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw webhookError(provider, "malformed", "the webhook body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw webhookError(provider, "malformed", "the webhook body is not a JSON object");
  }
  return value as Record<string, unknown>;
}

/**
 * One header's value, looked up case-insensitively; repeated values are joined with `", "` (as `Headers` does).
 * `undefined` when absent.
 */
export function getHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function" && typeof (headers as Headers).has === "function") {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(
    headers as Record<string, string | readonly string[] | undefined>,
  )) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

/** The bytes of a hex string (either case); `undefined` when it is not an even-length hex string. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Standard base64 (RFC 4648 §4, with padding) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The bytes of a base64 or base64url string (padding optional); `undefined` when it is not base64.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  const normalized = text.replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized) || normalized.replace(/=+$/, "").length % 4 === 1) {
    return undefined;
  }
  const padded = normalized.padEnd(Math.ceil(normalized.length / 4) * 4, "=");
  try {
    const binary = atob(padded);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * Compares two byte strings (or UTF-8 strings) in time that depends only on their lengths, never on where they
 * first differ. Different lengths compare unequal (still after a full pass).
 */
export function timingSafeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const x = typeof a === "string" ? encoder.encode(a) : a;
  const y = typeof b === "string" ? encoder.encode(b) : b;
  const length = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * HMAC of `message` under `key` on Web Crypto (`crypto.subtle`). A string key or message is UTF-8 encoded
 * (the `secret.encode()` every provider's sample uses).
 *
 * @param algorithm - `"SHA-256"` (default), `"SHA-512"` or `"SHA-1"`.
 * @returns the raw MAC bytes (32 for SHA-256).
 */
export async function hmac(
  key: string | Uint8Array,
  message: string | Uint8Array | readonly (string | Uint8Array)[],
  algorithm: HmacAlgorithm = "SHA-256",
): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new SwitchboardError("Web Crypto (globalThis.crypto.subtle) is not available in this runtime");
  const keyBytes = typeof key === "string" ? encoder.encode(key) : key;
  const cryptoKey = await subtle.importKey(
    "raw",
    keyBytes as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: algorithm },
    false,
    ["sign"],
  );
  const parts = typeof message === "string" || message instanceof Uint8Array ? [message] : message;
  const data = concatBytes(parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p)));
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, data as Uint8Array<ArrayBuffer>));
}

/** One `Uint8Array` holding `parts` back to back. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Options of {@link verifyHmacSignature}. */
export interface VerifyHmacOptions {
  /** Provider id, for the error (`"thinnestai"`, `"retell"`, …). */
  provider: string;
  /** The signing secret, as the provider hands it out (UTF-8 encoded unless bytes are given). */
  secret: string | Uint8Array;
  /** The exact bytes the provider signed, in order (e.g. `[timestamp, ".", rawBody]`). */
  message: readonly (string | Uint8Array)[];
  /** The received signature(s), already stripped of any prefix such as `sha256=`; any one may match. */
  signatures: readonly string[];
  /** How the signature is encoded: `"hex"` (default) or `"base64"`. */
  encoding?: "hex" | "base64";
  /** Hash function; default `"SHA-256"`. */
  algorithm?: HmacAlgorithm;
  /** The header the signature came from, named in the error. */
  header?: string;
}

/**
 * Checks a received HMAC signature against the one computed from the secret and the signed bytes, in
 * constant time.
 *
 * @throws {WebhookVerificationError} `bad_signature` when none matches (a signature that is not valid
 *   hex/base64 also counts as not matching).
 */
export async function verifyHmacSignature(options: VerifyHmacOptions): Promise<void> {
  const expected = await hmac(options.secret, options.message, options.algorithm ?? "SHA-256");
  let ok = false;
  for (const signature of options.signatures) {
    const received = options.encoding === "base64" ? fromBase64(signature.trim()) : fromHex(signature.trim());
    // Every candidate is compared (no early exit) so timing does not reveal which one matched.
    if (received && timingSafeEqual(received, expected)) ok = true;
  }
  if (!ok) {
    throw webhookError(
      options.provider,
      "bad_signature",
      `the webhook signature does not match the body and secret${options.header ? ` (${options.header})` : ""}`,
      options.header,
    );
  }
}

/** Options of {@link checkTimestamp}. */
export interface TimestampOptions {
  /** Provider id, for the error. */
  provider: string;
  /** The header's text: a decimal integer. */
  value: string;
  /** Unit of `value`: `"s"` (Unix seconds) or `"ms"` (Unix milliseconds). */
  unit: "s" | "ms";
  /** Largest accepted distance from now, in **seconds**, in either direction (past and future). */
  toleranceSeconds: number;
  /** The current time in epoch **ms**; default `Date.now()` (tests pass a fixed clock). */
  now?: number;
  /** The header the timestamp came from, named in the error. */
  header?: string;
}

/**
 * Parses a signed timestamp and checks it lies within ± `toleranceSeconds` of now (replay protection).
 * A tolerance of `Infinity` only parses.
 *
 * @returns the timestamp in epoch ms.
 * @throws {WebhookVerificationError} `malformed` when it is not a decimal integer; `stale_timestamp` when it is
 *   too old or too far in the future.
 */
export function checkTimestamp(options: TimestampOptions): number {
  const { provider, value, unit, header } = options;
  if (!/^\d{1,16}$/.test(value.trim())) {
    throw webhookError(provider, "malformed", `the webhook timestamp is not an integer (${header})`, header);
  }
  const ms = Number(value.trim()) * (unit === "s" ? 1000 : 1);
  const now = options.now ?? Date.now();
  const skewSeconds = Math.abs(now - ms) / 1000;
  if (skewSeconds > options.toleranceSeconds) {
    throw webhookError(
      provider,
      "stale_timestamp",
      `the webhook timestamp is ${Math.round(skewSeconds)} s ${ms < now ? "old" : "in the future"}; at most ${options.toleranceSeconds} s is accepted`,
      header,
    );
  }
  return ms;
}

/**
 * Reads a required header.
 * @throws {WebhookVerificationError} `missing_signature` when absent or empty.
 */
export function requireHeader(provider: string, headers: WebhookHeaders, name: string): string {
  const value = getHeader(headers, name);
  if (value === undefined || value.trim() === "") {
    throw webhookError(provider, "missing_signature", `the webhook request has no ${name} header`, name);
  }
  return value;
}

/** Options of {@link verifySharedToken}. */
export interface SharedTokenOptions {
  /** Provider id, for the error. */
  provider: string;
  /** Request headers; `Authorization: Bearer <token>` is checked. */
  headers: WebhookHeaders;
  /** The request URL (absolute, or a path such as `/webhooks/openmic?token=…`); its query parameter is checked. */
  url?: string | URL | undefined;
  /** The token you put in the webhook URL or header. Required unless `dangerouslyAcceptUnauthenticated`. */
  token?: string | undefined;
  /** Query parameter carrying the token; default `"token"`. */
  queryParam?: string;
  /** Header carrying the token; default `"Authorization"` (with or without a `Bearer ` prefix). */
  header?: string;
  /**
   * Accept requests that carry no proof at all. Anyone who learns the URL can then forge events: only for
   * local experiments behind a firewall. Default `false`.
   */
  dangerouslyAcceptUnauthenticated?: boolean;
}

/**
 * Verifies a provider that signs nothing (OpenMic, Butter, Zudu) by a shared token the user configured: in the
 * webhook URL's query (`?token=<token>`) or in a header (`Authorization: Bearer <token>`). Compared in constant
 * time; either place may carry it.
 *
 * @throws {WebhookVerificationError} `missing_signature` when neither place carries a token, `bad_signature`
 *   when it does not match; `InvalidArgumentError` (argument `token`) when no `token` was configured and
 *   `dangerouslyAcceptUnauthenticated` is not `true` (a configuration mistake, not a bad request).
 */
export function verifySharedToken(options: SharedTokenOptions): void {
  const { provider, token } = options;
  if (token === undefined || token === "") {
    if (options.dangerouslyAcceptUnauthenticated === true) return;
    throw new InvalidArgumentError(
      `${provider}: no webhook token configured. ${provider} does not sign its webhooks: put a random token in the webhook URL (?token=…) or an Authorization header and pass it as \`token\`, or pass \`dangerouslyAcceptUnauthenticated: true\` to accept forged requests.`,
      { argument: "token", provider },
    );
  }
  const headerName = options.header ?? "Authorization";
  const candidates: string[] = [];
  const fromHeader = getHeader(options.headers, headerName);
  if (fromHeader?.trim()) candidates.push(fromHeader.trim().replace(/^Bearer\s+/i, ""));
  if (options.url !== undefined) {
    const url = typeof options.url === "string" ? new URL(options.url, "http://localhost") : options.url;
    const fromQuery = url.searchParams.get(options.queryParam ?? "token");
    if (fromQuery) candidates.push(fromQuery);
  }
  if (candidates.length === 0) {
    throw webhookError(
      provider,
      "missing_signature",
      `the webhook request carries no token (neither ?${options.queryParam ?? "token"}= nor ${headerName})`,
      headerName,
    );
  }
  let ok = false;
  for (const candidate of candidates) if (timingSafeEqual(candidate, token)) ok = true;
  if (!ok) {
    throw webhookError(provider, "bad_signature", "the webhook token does not match", headerName);
  }
}

/** Builds a {@link WebhookVerificationError} `<provider>: <message>`. */
export function webhookError(
  provider: string,
  reason: WebhookVerificationReason,
  message: string,
  header?: string,
): WebhookVerificationError {
  return new WebhookVerificationError(`${provider}: ${message}`, { provider, reason, header });
}

/** Input of the `verify<Provider>Webhook` functions of providers that sign nothing (OpenMic, Butter, Zudu). */
export interface TokenWebhookInput {
  /** The raw request body, exactly as received. */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** The request URL (absolute, or the path with its query), where `?token=…` is looked up. */
  url?: string | URL | undefined;
  /** The secret token you put in the webhook URL (`?token=…`) or in an `Authorization` header. */
  token?: string | undefined;
  /** Query parameter carrying the token; default `"token"`. */
  queryParam?: string;
  /**
   * Accept requests that carry no token at all, when none is configured. Anyone who learns the URL can then
   * forge events: local experiments only. Default `false`.
   */
  dangerouslyAcceptUnauthenticated?: boolean;
}
