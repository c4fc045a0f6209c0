import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WebhookEvent } from "@switchboard/normalizer";
import {
  handleWebhookPayload,
  WEBHOOK_PROVIDERS,
  type WebhookProvider,
  webhookCredentialsFromEnv,
  webhookErrorStatus,
} from "@switchboard/sdk";
import { EventStore } from "./store.js";

/** Largest accepted body: 1 MiB. Bigger requests get 413 and are not read further. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** Options of {@link startWebhookListener}. */
export interface WebhookListenerOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to bind; default `127.0.0.1` (loopback only). */
  host?: string | undefined;
  /** NDJSON file the unified events are appended to (when no `sink` is given). */
  out?: string | undefined;
  /**
   * Where events go instead of `out`: e.g. the store's `webhook_events` table (`webhooks listen --db`). It must
   * make an event durable before `append` resolves, and answer `duplicate` for a redelivery.
   */
  sink?: EventSink | undefined;
  /** Where `<PROVIDER>_WEBHOOK_SECRET` / `<PROVIDER>_WEBHOOK_TOKEN` are read. */
  env: Record<string, string | undefined>;
  /** Accept requests to token providers that have no token configured (forgeable; local experiments only). */
  dangerouslyAcceptUnauthenticated?: boolean | undefined;
  /** One line per request handled (status, provider, event type, call id). */
  log?: ((line: string) => void) | undefined;
  /** Body limit in bytes; default {@link MAX_WEBHOOK_BODY_BYTES}. */
  maxBodyBytes?: number | undefined;
  /**
   * Re-posts each verified, newly stored event to this URL (the app under development), like `stripe listen
   * --forward-to`; `{provider}` in it is replaced by the provider's name. Redeliveries are not forwarded.
   */
  forwardTo?: string | undefined;
  /**
   * What is forwarded: `"original"` (default), the provider's body byte for byte with its headers (so the app
   * verifies the signature itself); `"unified"`, the unified event as JSON.
   */
  forwardFormat?: "original" | "unified" | undefined;
}

/** Request headers not forwarded: they describe the connection to the listener, not the event. */
const HOP_BY_HOP = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "expect",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer",
]);

/** A running listener. */
export interface WebhookListener {
  /** Base URL, e.g. `http://127.0.0.1:8787`; providers post to `<url>/webhooks/<provider>`. */
  url: string;
  port: number;
  /** Events already in the file when the listener started. */
  loaded: number;
  /**
   * Stops accepting connections, lets in-flight requests finish (each acknowledged event is on disk), answers 503
   * to requests that arrive on kept-alive connections meanwhile, then closes the file.
   */
  close(): Promise<void>;
}

/** Where a listener puts verified events: the NDJSON {@link EventStore}, or the store (`--db`). */
export interface EventSink {
  /** Events already stored when the listener started. */
  readonly loaded: number;
  /** Stores `event` durably; `duplicate` when it was a redelivery (nothing written). */
  append(event: WebhookEvent): Promise<{ duplicate: boolean }>;
  /** Releases the sink (called once every in-flight request is done). */
  close(): Promise<void>;
}

class PayloadTooLarge extends Error {}

/**
 * Starts the local webhook receiver: `POST /webhooks/<provider>` for every provider of `@switchboard/sdk`'s
 * registry (`WEBHOOK_PROVIDERS`, generated from its descriptors), credentials from `<PROVIDER>_WEBHOOK_SECRET` /
 * `<PROVIDER>_WEBHOOK_TOKEN` (Vapi: a secret means its HMAC credential, a token its Bearer token).
 * Answers `200 {"received":true,"duplicate":false}` only after the unified event is durable: appended to `out`
 * (written and fdatasync'd), or committed to the `sink` (with `--db`: the event and its call in one transaction); a redelivery (same delivery id, or same provider event for the same call — also
 * across restarts) gets `200 {"duplicate":true}` and no second line. Errors: 401 missing/bad/stale signature or
 * token, 400 malformed body, 413 body above 1 MiB (not read further), 404 unknown path or provider, 405 not POST,
 * 503 provider not configured or shutting down, 500 write failure (the provider should retry). With
 * `forwardTo`, each newly stored event is then re-posted to the app (its answer is logged, never returned to
 * the provider).
 */
export async function startWebhookListener(options: WebhookListenerOptions): Promise<WebhookListener> {
  const store: EventSink = options.sink ?? (await EventStore.open(options.out ?? "events.ndjson"));
  const maxBytes = options.maxBodyBytes ?? MAX_WEBHOOK_BODY_BYTES;
  const log = options.log ?? (() => {});
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const forwarding = new Set<Promise<void>>();

  /** Posts a stored event to `forwardTo` and logs the app's answer (never fails the provider's delivery). */
  const forward = (provider: string, req: IncomingMessage, body: Buffer, event: WebhookEvent) => {
    const target = options.forwardTo;
    if (!target) return;
    const url = target.replaceAll("{provider}", encodeURIComponent(provider));
    const unified = options.forwardFormat === "unified";
    const headers: Record<string, string> = {};
    if (unified) headers["content-type"] = "application/json";
    else
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined && !HOP_BY_HOP.has(name))
          headers[name] = Array.isArray(value) ? value.join(", ") : value;
    headers["x-switchboard-provider"] = provider;
    const started = performance.now();
    const done = fetch(url, {
      method: "POST",
      headers,
      body: unified ? JSON.stringify(event) : new Uint8Array(body),
      signal: AbortSignal.timeout(30_000),
    })
      .then(async (response) => {
        await response.arrayBuffer().catch(() => {});
        log(
          `  → forwarded to ${url}: ${response.status} ${response.statusText} (${Math.round(performance.now() - started)} ms)`,
        );
      })
      .catch((error: unknown) => {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        log(
          `  → forwarding to ${url} failed: ${cause ?? (error instanceof Error ? error.message : String(error))}`,
        );
      })
      .finally(() => forwarding.delete(done));
    forwarding.add(done);
  };

  const reply = (res: ServerResponse, status: number, body: Record<string, unknown>, close = closing) => {
    if (res.headersSent) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      ...(close ? { connection: "close" } : {}),
    });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/webhooks\/([^/]+)\/?$/.exec(url.pathname);
    const provider = match?.[1] as WebhookProvider | undefined;
    if (!provider || !Object.hasOwn(WEBHOOK_PROVIDERS, provider)) {
      req.resume();
      return reply(res, 404, {
        error: `not found; POST to /webhooks/<provider>, provider one of ${Object.keys(WEBHOOK_PROVIDERS).join(", ")}`,
      });
    }
    if (req.method !== "POST") {
      req.resume();
      res.setHeader("allow", "POST");
      return reply(res, 405, { error: "method not allowed; use POST" });
    }
    if (closing) {
      req.resume();
      return reply(res, 503, { error: "shutting down; retry later" }, true);
    }
    const config = WEBHOOK_PROVIDERS[provider];
    const credentials = webhookCredentialsFromEnv(provider, options.env);
    const configured = credentials.secret !== undefined || credentials.token !== undefined;
    if (!configured && !(config.auth === "token" && options.dangerouslyAcceptUnauthenticated)) {
      req.resume();
      const vars = [config.secretEnv, config.tokenEnv].filter(Boolean).join(" or ");
      return reply(res, 503, { error: `${vars} is not set; cannot authenticate ${provider} webhooks` });
    }

    let body: Buffer;
    try {
      body = await readBody(req, maxBytes);
    } catch (error) {
      if (!(error instanceof PayloadTooLarge)) throw error;
      log(`413 ${provider} body above ${maxBytes} bytes`);
      reply(res, 413, { error: `body larger than ${maxBytes} bytes` }, true);
      res.once("finish", () => req.socket.destroy());
      return;
    }

    try {
      const event = await handleWebhookPayload({
        provider,
        body,
        headers: req.headers,
        url: req.url,
        ...credentials,
        dangerouslyAcceptUnauthenticated: options.dangerouslyAcceptUnauthenticated,
      });
      const { duplicate } = await store.append(event);
      log(
        `200 ${provider} ${event.type} ${event.raw.type} ${event.callId ?? "-"}${duplicate ? " (duplicate)" : ""}`,
      );
      reply(res, 200, { received: true, duplicate, type: event.type });
      if (!duplicate) forward(provider, req, body, event);
      return;
    } catch (error) {
      const status = webhookErrorStatus(error);
      const message = error instanceof Error ? error.message : String(error);
      log(`${status ?? 500} ${provider} ${message}`);
      return reply(res, status ?? 500, { error: status ? message : "could not store the event; retry" });
    }
  };

  const server = createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    handle(req, res).catch((error) => {
      log(`500 ${error instanceof Error ? error.message : String(error)}`);
      reply(res, 500, { error: "internal error" });
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), 5_000);
      await serverClosed;
      clearTimeout(timer);
      // Forwards already under way finish (each has its own 30 s timeout).
      await Promise.all([...forwarding]);
      await store.close();
    })();
    return closed;
  };

  return { url: `http://${host}:${address.port}`, port: address.port, loaded: store.loaded, close };
}

/** Reads the whole body, refusing (without reading further) beyond `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) {
    req.pause();
    return Promise.reject(new PayloadTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off("data", onData);
        req.pause();
        reject(new PayloadTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
