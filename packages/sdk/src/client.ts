/**
 * The multi-provider client: `createSwitchboard` puts together the configured provider clients
 * (`config.ts`), one call by id (`getCall`), the merged listing (`listing.ts`) and webhooks. The types of
 * its options and of provider names live here.
 */
import { APIPromise, type CommonClientOptions, type RequestOptions } from "@switchboard/core";
import type { Call, WebhookEvent } from "@switchboard/normalizer";
import { configureClients } from "./config.js";
import type { AnyProviderDescriptor, ProviderDescriptor } from "./descriptor.js";
import { ConfigurationError, invalidArgument, type ProviderFailure } from "./errors.js";
import { type CallFilters, resolveFilters } from "./filters.js";
import { DESCRIPTORS } from "./generated/registry.js";
import { listCalls } from "./listing.js";
import {
  handleWebhookRequest,
  type WebhookCredentials,
  type WebhookProvider,
  webhookCredentialsFromEnv,
  webhookDescriptor,
} from "./webhooks.js";

/** The descriptors this package was built with, by provider id. */
export type Descriptors = typeof DESCRIPTORS;
/** A provider id this package knows: the union of the registry's ids (generated from `src/providers/`). */
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
  const clients = configureClients(options);
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
