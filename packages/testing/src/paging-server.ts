import { readdirSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { BenchSample, BenchSeed } from "./bench-records.js";

/**
 * One call of a provider's list as the paging server keeps it: its `index` (the `index` argument of
 * {@link PagingServerOptions.makeCall}) and its creation time, in epoch milliseconds. The calls the server
 * starts with were created before it started (call `i` at start − `newestAgeMs` − `i` × `spacingMs`); inserted calls are
 * created when inserted (see {@link PagingServerOptions.insertPerPage}).
 */
export interface ListedCall {
  readonly index: number;
  readonly createdAt: number;
}

/**
 * A minimal call any paging style can serve and any client can page by, for `makeCall`: every provider's
 * id field (`id` = `index`; `call_id` and `call_sid` = `call_<index>`), an `agent_id`, and its creation time
 * under every provider's time field (`createdAt`, `created_at`, `started_at` as ISO 8601, `start_timestamp`
 * in epoch ms): `createdAt` (epoch ms, as the server passes it), else one call a second before
 * 2026-03-01T00:00:00Z.
 */
export function pagingCall(
  _provider: string,
  index: number,
  createdAt: number = Date.parse("2026-03-01T00:00:00.000Z") - index * 1000,
): {
  id: number;
  call_id: string;
  call_sid: string;
  agent_id: string;
  createdAt: string;
  created_at: string;
  started_at: string;
  start_timestamp: number;
} {
  const iso = new Date(createdAt).toISOString();
  return {
    id: index,
    call_id: `call_${index}`,
    call_sid: `call_${index}`,
    agent_id: "a",
    createdAt: iso,
    created_at: iso,
    started_at: iso,
    start_timestamp: createdAt,
  };
}

/**
 * {@link pagingCall} for a provider whose call ids are `idType` (a descriptor's `idType`): `makeCall` gives
 * call `index` the id `index` (`"integer"`) or `"call_<index>"` (`"string"`, in `id` too, as Vapi reads it),
 * and `idOf(index)` is that call's unified `Call.id` (a string).
 */
export function pagingCalls(idType: "string" | "integer"): {
  makeCall: (provider: string, index: number, createdAt: number) => unknown;
  idOf: (index: number) => string;
} {
  return {
    makeCall: (provider, index, createdAt) => {
      const call = pagingCall(provider, index, createdAt);
      return idType === "integer" ? call : { ...call, id: `call_${index}` };
    },
    idOf: (index) => (idType === "integer" ? String(index) : `call_${index}`),
  };
}

/**
 * What a {@link PagingStyle} gets to answer one request under its provider's prefix
 * (`${server.urlOf(provider)}<path>`).
 */
export interface PageRequest {
  /** The HTTP method, upper case (`"GET"`, `"POST"`). */
  readonly method: string;
  /** The path after the provider's prefix, with its leading slash and without the query: `"/v1/calls"`. */
  readonly path: string;
  /** The query parameters. */
  readonly query: URLSearchParams;
  /** The request body parsed as JSON, or `undefined` when the request has no body. */
  readonly body: unknown;
  /**
   * The provider's current list, newest first, without the calls created after `until` (an ISO 8601
   * date-time, as a client pins a walk with `to_date` or `end_date`; `null`: all of them) nor those created
   * before `since` (ISO 8601, as `from_date` or `start_date` filter a list; `null` or absent: no lower bound). The first call of
   * this in a request inserts {@link PagingServerOptions.insertPerPage} new calls at the head of the list
   * (before filtering), as a live account gains calls while it is listed.
   */
  calls(until: string | null, since?: string | null): readonly ListedCall[];
  /** The calls `calls[start]` … `calls[start + count − 1]` (fewer at the end) built by `makeCall`. */
  slice(calls: readonly ListedCall[], start: number, count: number): unknown[];
  /** Call number `index` of this provider, built by {@link PagingServerOptions.makeCall}. */
  makeCall(index: number): unknown;
  /** The number of calls the server started with ({@link PagingServerOptions.total}), whatever was inserted since. */
  readonly initialTotal: number;
  /** This request's number among the provider's pages served so far, from 1 (1 on the first list request). */
  readonly requestNumber: number;
  /**
   * A place the style keeps what it computed for this server and provider across requests (e.g. Vapi's
   * calls sorted by their own `createdAt`), empty on the first request.
   */
  readonly memo: Map<string, unknown>;
}

/**
 * How one provider's list endpoint pages, for the loopback paging server: a default export of
 * `paging-styles/<provider>.ts`, made with {@link definePagingStyle}.
 */
export interface PagingStyle {
  /** The provider's name, which is also its style file's name and its URL prefix: `"openmic"`. */
  readonly provider: string;
  /** The provider's public documentation of the list endpoint(s) served, e.g. https://docs.openmic.ai/api-reference/calls/list-calls. */
  readonly docsUrl: string;
  /**
   * The JSON body answering `request` with status 200, or `undefined` when the request is not one of the
   * provider's list routes (the server answers 404). Counted in `server.pages[provider]` unless `undefined`.
   */
  serve(request: PageRequest): unknown;
  /**
   * A hand-written sequential walk of the whole list with plain `fetch`, for benchmarks: pages of
   * `pageSize` calls from `url` (`server.urlOf(provider)`), each yielded as the array of raw calls it
   * holds, until the provider's own end-of-list signal.
   */
  handLoop?(url: string, pageSize: number): AsyncIterable<unknown[]>;
  /**
   * Sets the provider's own time field(s) of `record` to `createdAt` (epoch ms), the time its list filters by
   * (e.g. OpenMic `start_timestamp`, Vapi `createdAt`), moving its end time with it: for
   * {@link PagingServerOptions.stampTimes}.
   */
  stamp?(record: Record<string, unknown>, createdAt: number): Record<string, unknown>;
  /** The field holding a call's id in the provider's records (`call_id`; ThinnestAI's `id`, an integer). */
  readonly idField?: string;
  /**
   * A realistic record for the benchmarks: the provider's seed call varied by one drawn `sample` and the
   * index `i` (ids, times, duration, cost, status, a 20-turn transcript), in the provider's own fields and units.
   */
  benchRecord?(seed: BenchSeed, sample: BenchSample, i: number): Record<string, unknown>;
}

/**
 * Moves a record's ISO 8601 time `key` to `createdAt` (epoch ms) and each of `others` by as much, so that
 * its times stay consistent (for {@link PagingStyle.stamp}); a field that is absent or not a date-time
 * stays as it is, and `key` is set in any case.
 */
export function shiftTimes(
  record: Record<string, unknown>,
  key: string,
  createdAt: number,
  others: readonly string[],
): Record<string, unknown> {
  const before = Date.parse(String(record[key]));
  for (const field of others) {
    const at = Date.parse(String(record[field]));
    if (!Number.isNaN(before) && !Number.isNaN(at))
      record[field] = new Date(createdAt + (at - before)).toISOString();
  }
  record[key] = new Date(createdAt).toISOString();
  return record;
}

/**
 * Moves a record's epoch-ms time `key` to `createdAt` and each of `others` by as much (e.g. OpenMic's and
 * Retell's `start_timestamp` and `end_timestamp`), for {@link PagingStyle.stamp}; `key` is set in any case.
 */
export function shiftEpochMs(
  record: Record<string, unknown>,
  key: string,
  createdAt: number,
  others: readonly string[],
): Record<string, unknown> {
  const before = record[key];
  for (const field of others) {
    const at = record[field];
    if (typeof before === "number" && typeof at === "number") record[field] = createdAt + (at - before);
  }
  record[key] = createdAt;
  return record;
}

/**
 * Declares a provider's paging style (the default export of `paging-styles/<provider>.ts`): returns
 * `style` as is, typed.
 */
export function definePagingStyle(style: PagingStyle): PagingStyle {
  return style;
}

/** The folder of the style modules, beside this module (`src/paging-styles/` or `dist/paging-styles/`). */
const STYLES_DIR = new URL("./paging-styles/", import.meta.url);

/** Whether `file` in the styles folder is a style module: `.js` or `.ts`, not `.d.ts`, a test or a map. */
const isStyleFile = (file: string) =>
  /\.(js|ts)$/.test(file) && !file.endsWith(".d.ts") && !/\.test\./.test(file) && !file.endsWith(".map");

let loaded: Promise<PagingStyle[]> | undefined;

/**
 * The paging styles in `directory` (default: the `paging-styles/` folder next to this module), sorted by
 * provider: every `<provider>.js`/`<provider>.ts` file (not `.d.ts`, `.test.*` or `.map`) is imported and
 * its default export checked. The default folder is read once per process.
 *
 * @throws {Error} naming the file when its default export is not a paging style, or its `provider` is not
 * the file's name (without extension).
 */
export function loadPagingStyles(directory?: URL): Promise<PagingStyle[]> {
  if (directory) return readStyles(directory);
  loaded ??= readStyles(STYLES_DIR);
  // A failed load is not kept: the next call reads the folder again.
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

async function readStyles(directory: URL): Promise<PagingStyle[]> {
  const folder = new URL(directory.href.endsWith("/") ? directory.href : `${directory.href}/`);
  const files = readdirSync(fileURLToPath(folder)).filter(isStyleFile).sort();
  const styles: PagingStyle[] = [];
  for (const file of files) {
    const name = file.replace(/\.(js|ts)$/, "");
    const url = new URL(file, folder);
    const where = fileURLToPath(url);
    const style = ((await import(url.href)) as { default?: Partial<PagingStyle> }).default;
    if (typeof style !== "object" || style === null || typeof style.serve !== "function")
      throw new Error(`${where}: the default export must be definePagingStyle({ provider, docsUrl, serve })`);
    if (style.provider !== name)
      throw new Error(
        `${where}: the style's provider is ${JSON.stringify(style.provider)}, but its file name says ${JSON.stringify(name)}; they must be equal`,
      );
    styles.push(style as PagingStyle);
  }
  return styles.sort((a, b) => a.provider.localeCompare(b.provider));
}

/** Options of {@link startPagingServer}. */
export interface PagingServerOptions {
  /** Calls served per provider. */
  total: number;
  /**
   * Builds call number `index` of `provider` (0-based); `createdAt` is its creation time in epoch ms (see
   * {@link ListedCall}), for records that carry their own start time.
   */
  makeCall: (provider: string, index: number, createdAt: number) => unknown;
  /** Server latency per page, in ms (default 0). */
  delayMs?: number;
  /**
   * A token bucket per provider: `requestsPerSecond` tokens a second, holding at most `burst` (default
   * `requestsPerSecond`). A request finding no token gets `429` with `Retry-After: retryAfterSeconds`
   * (default 1). Every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` (whole tokens left) and
   * `X-RateLimit-Reset` (seconds until the next token) unless `headers` is `false`.
   */
  rateLimit?: { requestsPerSecond: number; burst?: number; retryAfterSeconds?: number; headers?: boolean };
  /**
   * New calls inserted at the head of every provider's list (newest first) each time a page is served:
   * the list changes during a walk, as a live account's does. Inserted calls are newer than the walk's
   * start, so a walk pinned by `to_date` (OpenMic) or `end_date` (ThinnestAI, Bland) does not see them.
   * Styles that build their list from `makeCall` alone (Vapi's `createdAt` window) ignore them.
   */
  insertPerPage?: number;
  /**
   * Milliseconds between the creation times of consecutive initial calls (default 1): call `i` was created at
   * start − `newestAgeMs` − `i` × `spacingMs`. A larger spacing spreads a history over days, as a real account's is.
   */
  spacingMs?: number;
  /** How old the newest initial call is when the server starts, in ms (default 1000). */
  newestAgeMs?: number;
  /**
   * Stamp every record `makeCall` builds with its creation time in the provider's own time field (the
   * style's {@link PagingStyle.stamp}), so that realistic records (fixtures with times of their own) are
   * filtered and ordered by time as the provider would. Default `false`.
   */
  stampTimes?: boolean;
}

/**
 * A running paging server. Every counter is keyed by provider, with each provider of {@link providers}
 * present (0 until used).
 */
export interface PagingServer {
  /** The server's origin, `http://127.0.0.1:<port>`, without a provider prefix. */
  url: string;
  /** The providers served (the style files found), sorted. */
  providers: string[];
  /**
   * The base URL of `provider`'s API on this server: `${url}/${provider}`.
   * @throws {Error} when the server has no style for `provider`, naming the ones it has.
   */
  urlOf(provider: string): string;
  /** Pages (200 answers) served per provider. */
  pages: Record<string, number>;
  /** Requests answered 429 per provider (see {@link PagingServerOptions.rateLimit}). */
  throttled: Record<string, number>;
  /** The most requests of one provider the server was handling at once. */
  peakConcurrency: Record<string, number>;
  /** The requests of each provider the server is handling now (received, not yet answered). */
  active: Record<string, number>;
  /** Requests received per provider (every one, answered or not, 429s included). */
  received: Record<string, number>;
  close(): Promise<void>;
}

/** Sends a JSON answer. */
function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Serves `total` calls per provider over 127.0.0.1, each provider under its own prefix
 * (`server.urlOf("openmic")` = `${server.url}/openmic`) through its real list endpoint and pagination style.
 * The styles are the modules of the `paging-styles/` folder next to this one (one file per provider,
 * {@link loadPagingStyles}); each documents its endpoint and cites the provider's public reference.
 * A request outside every provider's prefix, or on a path its style does not serve, is answered 404; one
 * with a body that is not JSON, 400. Under a provider's prefix every request passes its rate limit and delay.
 * For benchmarks and pagination tests; it answers only on loopback.
 *
 * @throws {Error} when a style file is invalid (see {@link loadPagingStyles}).
 */
export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const {
    total: initialTotal,
    makeCall: build,
    delayMs = 0,
    rateLimit,
    insertPerPage = 0,
    spacingMs = 1,
    newestAgeMs = 1000,
    stampTimes = false,
  } = options;
  const styles = new Map((await loadPagingStyles()).map((style) => [style.provider, style]));
  const providers = [...styles.keys()];
  const makeCall = (provider: string, index: number, createdAt: number): unknown => {
    const record = build(provider, index, createdAt);
    const stamp = styles.get(provider)?.stamp;
    return stampTimes && stamp && record && typeof record === "object"
      ? stamp({ ...(record as Record<string, unknown>) }, createdAt)
      : record;
  };
  const perProvider = <T>(value: () => T) =>
    Object.fromEntries(providers.map((provider) => [provider, value()])) as Record<string, T>;
  const pages = perProvider(() => 0);
  const throttled = perProvider(() => 0);
  const peakConcurrency = perProvider(() => 0);
  const active = perProvider(() => 0);
  const received = perProvider(() => 0);
  const memos = perProvider(() => new Map<string, unknown>());
  // Each provider's list, newest first. The initial calls were created before the server started;
  // inserted ones are created "now".
  const started = Date.now();
  const lists = perProvider<ListedCall[]>(() =>
    Array.from({ length: initialTotal }, (_, i) => ({
      index: i,
      createdAt: started - newestAgeMs - i * spacingMs,
    })),
  );
  let nextIndex = initialTotal;
  const buckets = perProvider(() => ({
    tokens: rateLimit?.burst ?? rateLimit?.requestsPerSecond ?? 0,
    at: started,
  }));
  const sleep = () => (delayMs ? new Promise((r) => setTimeout(r, delayMs)) : undefined);

  /** Takes a token of `provider`'s bucket; the `X-RateLimit-*` headers, and whether a token was left. */
  const takeToken = (provider: string) => {
    const headers: Record<string, string> = {};
    if (!rateLimit) return { allowed: true, headers };
    const bucket = buckets[provider] as { tokens: number; at: number };
    const now = Date.now();
    const burst = rateLimit.burst ?? rateLimit.requestsPerSecond;
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rateLimit.requestsPerSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    if (rateLimit.headers !== false) {
      headers["x-ratelimit-limit"] = String(burst);
      headers["x-ratelimit-remaining"] = String(Math.floor(bucket.tokens));
      headers["x-ratelimit-reset"] = (Math.max(0, 1 - bucket.tokens) / rateLimit.requestsPerSecond).toFixed(
        3,
      );
    }
    return { allowed, headers };
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const [, prefix = "", ...rest] = url.pathname.split("/");
    const style = styles.get(prefix);
    if (!style) return answer(res, 404, { error: "not found" });
    const provider = style.provider;
    received[provider] = (received[provider] ?? 0) + 1;
    const token = takeToken(provider);
    if (!token.allowed) {
      throttled[provider] = (throttled[provider] ?? 0) + 1;
      await sleep();
      return answer(
        res,
        429,
        { error: "rate limited" },
        {
          "retry-after": String(rateLimit?.retryAfterSeconds ?? 1),
          ...token.headers,
        },
      );
    }
    active[provider] = (active[provider] ?? 0) + 1;
    peakConcurrency[provider] = Math.max(peakConcurrency[provider] ?? 0, active[provider]);
    try {
      await sleep();
    } finally {
      active[provider] = (active[provider] ?? 1) - 1;
    }
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return answer(res, 400, { error: "the request body is not JSON" }, token.headers);
    }
    const list = lists[provider] as ListedCall[];
    let inserted = false;
    const served = style.serve({
      method: req.method ?? "GET",
      path: `/${rest.join("/")}`,
      query: url.searchParams,
      body,
      calls(until, since) {
        if (!inserted && insertPerPage > 0) {
          inserted = true;
          const now = Date.now();
          for (let i = 0; i < insertPerPage; i++) list.unshift({ index: nextIndex++, createdAt: now });
        }
        const bound = until === null ? Number.POSITIVE_INFINITY : Date.parse(until);
        const floor = since === null || since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
        return list.filter((call) => call.createdAt <= bound && call.createdAt >= floor);
      },
      slice: (calls, start, count) =>
        calls.slice(start, start + count).map((call) => makeCall(provider, call.index, call.createdAt)),
      makeCall: (index) => makeCall(provider, index, started - newestAgeMs - index * spacingMs),
      initialTotal,
      requestNumber: (pages[provider] ?? 0) + 1,
      memo: memos[provider] as Map<string, unknown>,
    });
    if (served === undefined) return answer(res, 404, { error: "not found" }, token.headers);
    pages[provider] = (pages[provider] ?? 0) + 1;
    answer(res, 200, served, token.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    providers,
    urlOf(provider) {
      if (!styles.has(provider))
        throw new Error(
          `the paging server has no style for ${JSON.stringify(provider)} (it serves ${providers.join(", ")}): add packages/testing/src/paging-styles/${provider}.ts`,
        );
      return `${origin}/${provider}`;
    },
    pages,
    throttled,
    peakConcurrency,
    active,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
