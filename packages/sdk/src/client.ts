import {
  APIPromise,
  APIUserAbortError,
  COMMON_CLIENT_OPTION_KEYS,
  type CommonClientOptions,
  type IterateOptions,
  type RequestOptions,
  SwitchboardError,
} from "@switchboard/core";
import type { Call, WebhookEvent } from "@switchboard/normalizer";
import type { AnyProviderDescriptor, ProviderDescriptor, UnifiedFilterName } from "./descriptor.js";
import { ConfigurationError, invalidArgument, type ProviderFailure } from "./errors.js";
import { type CallFilters, matches, nativeParams, type ResolvedFilters, resolveFilters } from "./filters.js";
import { DESCRIPTORS } from "./generated/registry.js";
import { mergeArrival, mergeNewest, sortedNewest } from "./merge.js";
import {
  handleWebhookRequest,
  type WebhookCredentials,
  type WebhookProvider,
  webhookCredentialsFromEnv,
  webhookDescriptor,
} from "./webhooks.js";

/** The descriptors this package was built with, by provider id. */
export type Descriptors = typeof DESCRIPTORS;
/** A provider id this package knows (`"bland" | "butter" | "openmic" | "retell" | "thinnestai" | "vapi" | "zudu"`). */
export type ProviderName = keyof Descriptors & string;
type Infer<P extends ProviderName, K extends number> =
  Descriptors[P] extends ProviderDescriptor<string, infer C, infer I, infer _P, infer O>
    ? [C, I, O][K]
    : never;
/** The typed client of provider `P` (e.g. `OpenMicClient`). */
export type ClientOf<P extends ProviderName> = Infer<P, 0>;
/** The call id type of provider `P` (`string`, `number` for ThinnestAI). */
export type IdOf<P extends ProviderName> = Infer<P, 1>;
/** The client options of provider `P` (credentials and common options). */
export type OptionsOf<P extends ProviderName> = Infer<P, 2>;

/** Every descriptor, in alphabetical order of provider id. */
export const PROVIDERS: readonly AnyProviderDescriptor[] = Object.values(DESCRIPTORS);
/** Every provider id, in alphabetical order. */
export const PROVIDER_NAMES = Object.keys(DESCRIPTORS) as ProviderName[];

/**
 * Options of {@link createSwitchboard}. The common client options apply to every provider, each client on
 * its own: `concurrency` (a whole number ≥ 1, or `"auto"`) bounds the requests in flight of each
 * provider's client separately, and `rateLimit` replaces each provider's default ceiling.
 */
export interface SwitchboardOptions extends CommonClientOptions {
  /**
   * Explicit per-provider options (credentials, and overrides of the common options), e.g.
   * `{ openmic: { apiKey }, zudu: { apiKey, apiSecret } }`. When given, only these providers are used
   * and the environment is not read.
   */
  providers?: { [P in ProviderName]?: OptionsOf<P> } | undefined;
  /**
   * Where to read credentials and base URLs when `providers` is not given (default `process.env`): each
   * provider whose required variables are set is used (each descriptor's `credentials[].env`, e.g.
   * `RETELL_API_KEY`, `ZUDU_API_KEY` + `ZUDU_API_SECRET`; `switchboard --help` lists them all; optional
   * `<PROVIDER>_BASE_URL`).
   */
  env?: Record<string, string | undefined> | undefined;
  /**
   * Use only these providers. With the environment, a listed provider whose required variables are not
   * set is a {@link ConfigurationError} (unlisted ones are skipped).
   */
  only?: readonly ProviderName[] | undefined;
  /**
   * Webhook credentials per provider, e.g. `{ retell: { secret }, openmic: { token } }`. A provider not listed
   * here reads `<PROVIDER>_WEBHOOK_SECRET` / `<PROVIDER>_WEBHOOK_TOKEN` from `env` (default `process.env`).
   */
  webhooks?: { [P in ProviderName]?: WebhookCredentials } | undefined;
}

/** Options of {@link SwitchboardClient.iterateCalls}: unified filters and how to merge. */
export interface IterateCallsOptions extends CallFilters {
  /** Query only these of the configured providers (default: all configured). */
  providers?: readonly ProviderName[] | undefined;
  /** Stop after this many calls in total (across providers, after filtering). */
  limit?: number | undefined;
  /**
   * `"newest"` (default): newest `startedAt` first across providers, by a k-way merge of per-provider
   * streams. A provider whose list is in no order but filters by time is walked in time windows backwards
   * from the listing's start (the newest calls after a few requests, one window in memory); one with neither
   * (Butter) is read whole and sorted first (`descriptor.listing.newest`). `"arrival"`: calls as pages
   * arrive, in no order, with flat memory.
   */
  order?: "newest" | "arrival" | undefined;
  /** Cancels every request; the iteration then throws `APIUserAbortError` (no provider is reported failed). */
  signal?: AbortSignal | undefined;
  /** Called at once when a provider fails (after its retries); the other providers go on. */
  onError?: ((failure: ProviderFailure) => void) | undefined;
}

/**
 * The calls of a multi-provider listing (`for await`), and the providers that failed on the way.
 * A provider's failure (401, outage, timeout, a record that cannot be normalized) does not end the
 * iteration: that provider's requests are aborted at once, nothing more of it is yielded, the failure is
 * passed to `onError` and added to {@link CallStream.errors}, and the other providers' calls keep coming.
 * Calls of the failed provider yielded before its failure stay yielded (none, in `"newest"` order, for a
 * provider that is read whole before the merge).
 */
export interface CallStream extends AsyncIterable<Call> {
  /** The failures so far (complete once the iteration ended), one per failed provider. */
  readonly errors: readonly ProviderFailure[];
  /** The providers this listing queries. */
  readonly providers: readonly string[];
}

/** One client over several providers. */
export interface SwitchboardClient {
  /** The configured providers (alphabetical). */
  readonly providers: readonly ProviderName[];
  /** The descriptor of a configured provider. */
  descriptor<P extends ProviderName>(provider: P): Descriptors[P];
  /**
   * The typed client of one configured provider (`client("thinnestai").listCalls(...)`).
   * @throws {InvalidArgumentError} when `provider` is not configured.
   */
  client<P extends ProviderName>(provider: P): ClientOf<P>;
  /**
   * Every call of the configured providers as unified {@link Call}s. Unified filters are sent as each
   * provider's native filter where its API has one and applied client-side otherwise (docs/mapping.md);
   * every filter is re-checked on the normalized call.
   * @throws {InvalidArgumentError} synchronously for a bad filter, limit or provider name.
   */
  iterateCalls(options?: IterateCallsOptions): CallStream;
  /**
   * One call, normalized. `id` is the unified `Call.id` (a string; ThinnestAI's integer ids as `"77"`) or
   * the provider's own id type. Returns an `APIPromise`: `.withResponse()` gives `{ data, response,
   * requestId }`.
   * @throws {InvalidCallIdError} (rejects) for an id that is not valid for the provider; the provider's
   *   typed errors (`NotFoundError`, `AuthenticationError`, …); `NormalizeError`.
   */
  getCall<P extends ProviderName>(
    provider: P,
    id: string | IdOf<P>,
    options?: RequestOptions,
  ): APIPromise<Call>;
  /**
   * Verifies, parses and normalizes one webhook request of `provider` (any provider of the registry, configured
   * for listing or not) into a unified {@link WebhookEvent}, reading the raw body once. Credentials come from the
   * `webhooks` option, else `<PROVIDER>_WEBHOOK_SECRET` / `<PROVIDER>_WEBHOOK_TOKEN`; `options` may override them.
   * @throws as `handleWebhookRequest`: `WebhookVerificationError` (answer {@link webhookErrorStatus}), `Error`
   *   when the provider's secret or token is not configured, `InvalidArgumentError` for an unknown provider.
   */
  handleWebhook(
    request: Request,
    options: { provider: WebhookProvider } & WebhookCredentials,
  ): Promise<WebhookEvent>;
}

/** The options of {@link createSwitchboard} that are not client options (the compiler checks the list). */
const OWN_KEYS: readonly string[] = Object.keys({
  providers: true,
  env: true,
  only: true,
  webhooks: true,
} satisfies Record<Exclude<keyof SwitchboardOptions, keyof CommonClientOptions>, true>);

function checkBaseUrl(provider: string, field: string, value: unknown): void {
  if (value === undefined) return;
  let ok = false;
  try {
    const url = new URL(String(value));
    ok = url.protocol === "http:" || url.protocol === "https:";
  } catch {
    ok = false;
  }
  if (!ok)
    throw new ConfigurationError(
      provider,
      field,
      `must be an http(s) URL, got ${JSON.stringify(String(value))}`,
    );
}

/** The client options of one provider from the environment, or `undefined` when a required variable is unset. */
function fromEnv(
  descriptor: AnyProviderDescriptor,
  env: Record<string, string | undefined>,
  required: boolean,
): Record<string, unknown> | undefined {
  const options: Record<string, unknown> = {};
  const missing = descriptor.credentials.filter((c) => c.required && !env[c.env]).map((c) => c.env);
  if (missing.length > 0) {
    if (!required) return undefined;
    throw new ConfigurationError(
      descriptor.name,
      missing.join(" and "),
      `${missing.length > 1 ? "are" : "is"} not set (needed for ${descriptor.name})`,
    );
  }
  for (const credential of descriptor.credentials) {
    const value = env[credential.env];
    if (value === undefined || value === "") continue;
    if (value.trim() === "")
      throw new ConfigurationError(descriptor.name, credential.env, "is blank (only whitespace)");
    options[credential.option] = value;
  }
  const baseUrl = env[descriptor.baseUrlEnv];
  if (baseUrl) {
    checkBaseUrl(descriptor.name, descriptor.baseUrlEnv, baseUrl);
    options.baseUrl = baseUrl;
  }
  return options;
}

/**
 * Creates one client over any subset of providers, from explicit options or from the environment.
 *
 * @example
 * const sb = createSwitchboard(); // every provider whose API key is in process.env
 * const stream = sb.iterateCalls({ since: "2026-01-01", status: "ended", limit: 100 });
 * for await (const call of stream) console.log(call.provider, call.id, call.durationMs);
 * for (const { provider, error, requestId } of stream.errors) console.error(provider, error.name, requestId);
 *
 * @throws {ConfigurationError} when no provider is configured, a listed provider lacks a required
 *   credential, a credential is blank, or a base URL is not an http(s) URL (naming the variable or option).
 * @throws {InvalidArgumentError} for an unknown provider name in `providers` or `only`, or an unknown option
 *   (every client option of `@switchboard/core` is passed to each provider's client; any other key is refused).
 * @throws {SwitchboardError} from a provider's client factory (e.g. a negative `timeoutMs`).
 */
export function createSwitchboard(options: SwitchboardOptions = {}): SwitchboardClient {
  // Every client option reaches every provider's client; a key that is neither is refused, not dropped.
  for (const key of Object.keys(options)) {
    if (!OWN_KEYS.includes(key) && !(COMMON_CLIENT_OPTION_KEYS as readonly string[]).includes(key))
      throw invalidArgument(
        key,
        `unknown option; known: ${[...OWN_KEYS, ...COMMON_CLIENT_OPTION_KEYS].join(", ")}`,
      );
  }
  const common: Record<string, unknown> = {};
  for (const key of COMMON_CLIENT_OPTION_KEYS) if (options[key] !== undefined) common[key] = options[key];
  const only = options.only;
  for (const [i, name] of (only ?? []).entries()) {
    if (!Object.hasOwn(DESCRIPTORS, name))
      throw invalidArgument(
        `only[${i}]`,
        `unknown provider ${JSON.stringify(name)}; known: ${PROVIDER_NAMES.join(", ")}`,
      );
  }
  const wanted = (name: string) => !only || (only as readonly string[]).includes(name);
  const configured = new Map<string, Record<string, unknown>>();
  if (options.providers) {
    for (const [name, given] of Object.entries(
      options.providers as Record<string, Record<string, unknown> | undefined>,
    )) {
      if (!Object.hasOwn(DESCRIPTORS, name))
        throw invalidArgument(`providers.${name}`, `unknown provider; known: ${PROVIDER_NAMES.join(", ")}`);
      if (!given || !wanted(name)) continue;
      const descriptor = DESCRIPTORS[name as ProviderName] as AnyProviderDescriptor;
      for (const credential of descriptor.credentials) {
        const value = given[credential.option];
        if (typeof value === "string" && value !== "" && value.trim() === "")
          throw new ConfigurationError(
            name,
            `providers.${name}.${credential.option}`,
            "is blank (only whitespace)",
          );
      }
      checkBaseUrl(name, `providers.${name}.baseUrl`, given.baseUrl);
      configured.set(name, { ...common, ...given });
    }
  } else {
    const env = options.env ?? (globalThis.process?.env as Record<string, string | undefined>) ?? {};
    for (const descriptor of PROVIDERS) {
      if (!wanted(descriptor.name)) continue;
      const fromEnvironment = fromEnv(descriptor, env, only !== undefined);
      if (fromEnvironment) configured.set(descriptor.name, { ...common, ...fromEnvironment });
    }
  }
  if (configured.size === 0) {
    const vars = PROVIDERS.filter((d) => wanted(d.name))
      .map(
        (d) =>
          `${d.name}: ${d.credentials
            .filter((c) => c.required)
            .map((c) => c.env)
            .join(" + ")}`,
      )
      .join("; ");
    throw new ConfigurationError(
      undefined,
      "no provider",
      `is configured; set the API keys of at least one (${vars})`,
    );
  }

  const clients = new Map<string, unknown>();
  for (const [name, clientOptions] of configured) {
    const descriptor = DESCRIPTORS[name as ProviderName] as AnyProviderDescriptor;
    clients.set(name, descriptor.createClient(clientOptions));
  }
  const names = [...clients.keys()].sort() as ProviderName[];

  const entry = (provider: string, field: string) => {
    if (!Object.hasOwn(DESCRIPTORS, provider))
      throw invalidArgument(
        field,
        `unknown provider ${JSON.stringify(provider)}; known: ${PROVIDER_NAMES.join(", ")}`,
      );
    const client = clients.get(provider);
    if (client === undefined)
      throw invalidArgument(
        field,
        `provider ${JSON.stringify(provider)} is not configured; configured: ${names.join(", ")}`,
      );
    return { descriptor: DESCRIPTORS[provider as ProviderName] as AnyProviderDescriptor, client };
  };

  const webhookEnv = options.env ?? (globalThis.process?.env as Record<string, string | undefined>) ?? {};
  return {
    providers: names,
    async handleWebhook(request, webhookOptions) {
      const { provider } = webhookOptions;
      webhookDescriptor(provider);
      const configuredCredentials =
        options.webhooks?.[provider] ?? webhookCredentialsFromEnv(provider, webhookEnv);
      return handleWebhookRequest(request, { ...configuredCredentials, ...webhookOptions });
    },
    descriptor: (provider) => DESCRIPTORS[provider],
    client: (provider) => entry(provider, "provider").client as never,
    getCall(provider, id, requestOptions) {
      let parsed: unknown;
      let descriptor: AnyProviderDescriptor;
      let client: unknown;
      try {
        ({ descriptor, client } = entry(provider, "provider"));
        parsed = typeof id === "string" ? descriptor.parseId(id) : id;
      } catch (error) {
        return new APIPromise<Call>(Promise.reject(error));
      }
      const raw = descriptor.getCall(client, parsed, requestOptions) as APIPromise<unknown>;
      return new APIPromise(
        raw.withResponse().then(({ data, response }) => ({ data: descriptor.normalize(data), response })),
      );
    },
    iterateCalls(iterateOptions = {}) {
      const filters = resolveFilters(iterateOptions);
      const { limit, order = "newest" } = iterateOptions;
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
        throw invalidArgument("limit", "must be a whole number ≥ 0");
      if (order !== "newest" && order !== "arrival")
        throw invalidArgument("order", 'must be "newest" or "arrival"');
      const selected = iterateOptions.providers
        ? [...new Set(iterateOptions.providers)].map((p, i) => {
            entry(p, `providers[${i}]`);
            return p;
          })
        : names;
      const errors: ProviderFailure[] = [];
      return {
        errors,
        providers: selected,
        [Symbol.asyncIterator]: () =>
          listCalls(
            selected.map((p) => entry(p, "provider")),
            filters,
            { ...iterateOptions, order, limit },
            errors,
          )[Symbol.asyncIterator](),
      };
    },
  };
}

/** Rows read ahead of the consumer per provider: about one page, so a failing page is known at once. */
const READ_AHEAD = 100;

/**
 * The normalized, filtered calls of one provider, on the provider client's own walk (`iterateCalls`): pages
 * fetched concurrently where the list allows it (bounded by the client's `concurrency`, lowered on 429), the
 * walk pinned to its start where the API filters by time, and every call id yielded once. The walk is read up
 * to {@link READ_AHEAD} rows ahead of the consumer ({@link readAhead}), so a page that fails while the consumer
 * is busy is reported at once through `fail`, not when its rows would have been needed.
 */
async function* providerCalls(
  descriptor: AnyProviderDescriptor,
  client: unknown,
  filters: ResolvedFilters,
  controller: AbortController,
  fail: (error: unknown) => void,
  walkOptions: { order: "newest" | "arrival"; limit: number | undefined },
): AsyncGenerator<Call> {
  const { params, native } = nativeParams(descriptor, filters);
  // When every filter went to the API, the provider's walk needs no more calls than the listing's limit
  // (a newest-first walk then sizes its time windows to it), unless its newest calls are only known once the
  // whole list is read (`listing.newest: "sorted"`).
  const allNative = Object.keys(filters).every((name) => native.includes(name as UnifiedFilterName));
  const wholeList = walkOptions.order === "newest" && descriptor.listing.newest === "sorted";
  const options: IterateOptions = {
    signal: controller.signal,
    ...(walkOptions.order === "arrival"
      ? { order: "any" }
      : descriptor.listing.newest === "windows"
        ? { order: "newest" }
        : {}),
    ...(allNative && !wholeList && walkOptions.limit !== undefined ? { maxItems: walkOptions.limit } : {}),
  };
  const walk = (
    client as { iterateCalls(params: unknown, options: IterateOptions): AsyncIterable<unknown> }
  ).iterateCalls(params, options);
  try {
    for await (const row of readAhead(walk, READ_AHEAD, fail)) {
      if (controller.signal.aborted) return;
      const call = descriptor.normalize(row);
      if (matches(call, filters)) yield call;
    }
  } catch (error) {
    fail(error);
  }
}

/**
 * The items of `source`, read up to `limit` items ahead of the consumer by a pump of its own: the consumer's
 * pace never delays an error, which goes to `fail` as soon as `source` throws (the items still buffered are
 * then dropped, and the iteration ends). Memory: at most `limit` items. Ending the iteration early stops the
 * pump and returns `source`.
 */
async function* readAhead<T>(
  source: AsyncIterable<T>,
  limit: number,
  fail: (error: unknown) => void,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const buffer: T[] = [];
  let finished = false;
  let failed = false;
  let stopped = false;
  let wake: (() => void) | undefined;
  let room: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  void (async () => {
    try {
      while (!stopped) {
        if (buffer.length >= limit) {
          await new Promise<void>((resolve) => {
            room = resolve;
          });
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        buffer.push(next.value);
        signal();
      }
    } catch (error) {
      failed = true;
      fail(error);
    } finally {
      finished = true;
      signal();
    }
  })();
  try {
    while (!failed) {
      if (buffer.length > 0) {
        const item = buffer.shift() as T;
        room?.();
        room = undefined;
        yield item;
      } else if (finished) return;
      else
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
    }
  } finally {
    stopped = true;
    room?.();
    void iterator.return?.()?.catch(() => undefined);
  }
}

function requestIdOf(error: unknown): string | undefined {
  const id = (error as { requestId?: unknown })?.requestId;
  return typeof id === "string" ? id : undefined;
}

/** Runs one listing over `entries`; failures go to `errors` and `onError`. */
async function* listCalls(
  entries: { descriptor: AnyProviderDescriptor; client: unknown }[],
  filters: ResolvedFilters,
  options: IterateCallsOptions & { order: "newest" | "arrival" },
  errors: ProviderFailure[],
): AsyncGenerator<Call> {
  errors.length = 0;
  if (options.limit === 0) return;
  const outer = options.signal;
  const checkAbort = () => {
    if (outer?.aborted) throw new APIUserAbortError("the listing was aborted by the caller's signal");
  };
  checkAbort();
  const controllers = entries.map(() => new AbortController());
  const failedProviders = new Set<string>();
  const onOuterAbort = () => {
    for (const c of controllers) c.abort(outer?.reason);
  };
  outer?.addEventListener("abort", onOuterAbort, { once: true });
  const streams = entries.map(({ descriptor, client }, i) => {
    const controller = controllers[i] as AbortController;
    let failed = false;
    const fail = (error: unknown) => {
      // An abort we caused (limit reached, caller's signal) is not the provider's failure.
      if (failed || controller.signal.aborted) return;
      failed = true;
      failedProviders.add(descriptor.name);
      controller.abort();
      const failure: ProviderFailure = {
        provider: descriptor.name,
        error:
          error instanceof Error ? error : new SwitchboardError(String(error), { provider: descriptor.name }),
        requestId: requestIdOf(error),
      };
      errors.push(failure);
      options.onError?.(failure);
    };
    const calls = providerCalls(descriptor, client, filters, controller, fail, {
      order: options.order,
      limit: options.limit,
    });
    const stream =
      options.order === "newest" && descriptor.listing.newest === "sorted" ? sortedNewest(calls) : calls;
    return stream[Symbol.asyncIterator]();
  });
  const merged = options.order === "newest" ? mergeNewest(streams) : mergeArrival(streams);
  let count = 0;
  try {
    for await (const call of merged) {
      checkAbort();
      // A call a merge had already pulled before its provider failed is not handed out.
      if (failedProviders.has(call.provider)) continue;
      yield call;
      count++;
      if (options.limit !== undefined && count >= options.limit) return;
    }
    checkAbort();
  } finally {
    outer?.removeEventListener("abort", onOuterAbort);
    for (const c of controllers) c.abort();
    await Promise.allSettled(streams.map((s) => s.return?.(undefined)));
  }
}
