import type { APIPromise, CommonClientOptions, Page, RequestOptions } from "@switchboard/core";
import type { WebhookBody, WebhookHeaders } from "@switchboard/core/webhooks";
import type { Call, Direction, UnifiedStatus, WebhookEvent } from "@switchboard/normalizer";
import type { VapiHmacOptions } from "@switchboard/vapi";

/** One credential of a provider: the client option it fills and the environment variable it is read from. */
export interface CredentialDescriptor {
  /** The client option, e.g. `apiKey`, `apiSecret`, `organizationId`. */
  option: string;
  /** The environment variable, e.g. `OPENMIC_API_KEY`. */
  env: string;
  /** Whether the provider cannot be used without it. */
  required: boolean;
  /** What it is, for `--help` and errors (never its value). */
  description: string;
}

/** What a provider's webhook verifier is given: the raw request and the endpoint's credentials. */
export interface WebhookVerifyInput {
  /** The raw request body, exactly as received (never re-serialised JSON). */
  body: WebhookBody;
  /** The request headers (`Headers` or a plain record, any case). */
  headers: WebhookHeaders;
  /** The request URL, absolute or the path with its query (token providers read `?token=` there). */
  url?: string | URL | undefined;
  /** The request's HTTP method (a Vapi HMAC credential whose `payloadFormat` signs `{method}`); default `POST`. */
  method?: string | undefined;
  /** The signing secret, for a provider whose `auth` is `"signature"` or `"signature-or-token"`. */
  secret?: string | undefined;
  /** The shared token, for a provider whose `auth` is `"token"` or `"signature-or-token"`. */
  token?: string | undefined;
  /**
   * How the token is sent, for providers with more than one way (Vapi: `"bearer"`, the default, or
   * `"x-vapi-secret"`); ignored by the others.
   */
  scheme?: string | undefined;
  /** Token providers: accept requests without any token when none is configured. Forgeable: local use only. */
  dangerouslyAcceptUnauthenticated?: boolean | undefined;
  /** Largest accepted timestamp skew in seconds, for signatures with a timestamp (default: the provider's). */
  toleranceSeconds?: number | undefined;
  /** Current time in epoch ms (tests). */
  now?: number | undefined;
  /**
   * Vapi: the HMAC credential's settings when they differ from Vapi's defaults (`algorithm`, `signatureHeader`,
   * `timestampHeader`, `signaturePrefix`, `signatureEncoding`, `secretIsBase64`, `payloadFormat` with `{body}`,
   * `{timestamp}`, `{method}`, `{url}`, `{svix-id}`, `messageIdHeader`; https://docs.vapi.ai/server-url/server-authentication).
   * Ignored by the other providers.
   */
  hmac?: VapiHmacOptions | undefined;
}

/**
 * How a provider delivers and authenticates webhooks: what `handleWebhookRequest`, `switchboard
 * webhooks listen` and `switchboard webhooks send` need to know, in one place.
 */
export interface WebhookDescriptor {
  /**
   * `"signature"`: the provider signs each delivery (needs `secret`); `"token"`: it signs nothing, a shared
   * token you chose authenticates it (needs `token`); `"signature-or-token"`: either, as you configured it
   * (Vapi).
   */
  readonly auth: "signature" | "token" | "signature-or-token";
  /** The environment variable of the signing secret (`<PROVIDER>_WEBHOOK_SECRET`), if the provider signs. */
  readonly secretEnv?: string;
  /** The environment variable of the shared token (`<PROVIDER>_WEBHOOK_TOKEN`), if a token authenticates. */
  readonly tokenEnv?: string;
  /** The provider's public documentation of its webhook authentication. */
  readonly docsUrl: string;
  /** The header carrying a delivery id that stays the same across retries (ThinnestAI), if any. */
  readonly deliveryIdHeader?: string;
  /**
   * Verifies the delivery (constant time; errors never hold a secret) and parses it into the provider's payload.
   * @throws {WebhookVerificationError} missing/bad/stale signature or token, or a malformed body.
   * @throws {Error} when the credential it needs is not given (a configuration mistake).
   */
  unwrap(input: WebhookVerifyInput): Promise<Record<string, unknown>>;
  /** Normalizes a verified payload into the unified event. @throws {NormalizeError}. */
  normalize(payload: unknown): WebhookEvent;
  /**
   * The headers the provider would send with `body` (signed with its real scheme), for tests and
   * `switchboard webhooks send`.
   * @throws {Error} when the provider signs and no `secret` is given.
   */
  sign(input: {
    body: Uint8Array;
    secret?: string | undefined;
    token?: string | undefined;
    scheme?: string | undefined;
    deliveryId?: string | undefined;
  }): Promise<Record<string, string>>;
}

/** The unified filters of {@link SwitchboardClient.iterateCalls}, by name. */
export interface UnifiedFilterValues {
  /** ISO 8601 UTC instant; calls that started at or after it. */
  since: string;
  /** ISO 8601 UTC instant; calls that started at or before it. */
  until: string;
  /** A unified status. */
  status: UnifiedStatus;
  /** `inbound` or `outbound`. */
  direction: Direction;
  /** The provider's agent (bot, assistant) id. */
  agentId: string;
}

/** The name of a unified filter. */
export type UnifiedFilterName = keyof UnifiedFilterValues;

/** Every unified filter name, in documentation order. */
export const FILTER_NAMES: readonly UnifiedFilterName[] = [
  "since",
  "until",
  "status",
  "direction",
  "agentId",
];

/**
 * How one unified filter becomes the provider's own list filter. A filter a provider has no native
 * parameter for is applied client-side, on the normalized call; native filters are re-checked there too,
 * so the result is the same either way (native filters only make fewer calls travel).
 */
export interface NativeFilter<Params, V> {
  /** The provider's parameter, for docs/mapping.md (e.g. `from_date`, `filter_criteria.call_status`). */
  param: string;
  /**
   * Sets the parameter on `params` (a fresh object per listing). Returns `false` when this value has no
   * native equivalent (e.g. unified status `not_connected` on OpenMic): then it is applied client-side only.
   */
  apply(params: Params, value: V): boolean;
}

/** The native filters of a provider; a missing entry means "applied client-side". */
export type NativeFilters<Params> = {
  [K in UnifiedFilterName]?: NativeFilter<Params, UnifiedFilterValues[K]>;
};

/**
 * How a provider's client walks its list of calls, for docs/mapping.md ("Listing") and the benchmarks; the
 * sdk's listing test checks each claim against the client's behaviour on the loopback paging server.
 */
export interface ListingDescriptor {
  /**
   * `true` when the pages after the first are fetched concurrently (the list reports a total, so every
   * page is known after the first), `false` when each page needs the one before it (a cursor, a time
   * window): those walks stay sequential.
   */
  readonly concurrentPages: boolean;
  /**
   * The list parameter that pins a walk to its start (an upper time bound fixed when the walk starts, so
   * calls created during the walk are not in it), when the API filters by time; absent otherwise.
   */
  readonly snapshot?: string;
  /** The documented rate limit the client keeps under by default (requests per `intervalMs` ms), if any. */
  readonly rateLimit?: { readonly requests: number; readonly intervalMs: number };
  /** What a walk guarantees while new calls arrive, in one sentence. */
  readonly guarantee: string;
  /**
   * The list parameters that filter by time, which the walk uses for time windows (e.g.
   * `"from_date/to_date"`); absent when the list has no time filter (docs/mapping.md says so).
   */
  readonly timeFilter?: string;
  /**
   * How a newest-first listing is served: `"list"`, the list's own newest-first order; `"windows"`, time
   * windows walked backwards from the listing's start (the k newest calls in a few requests, whatever the
   * history's size); `"sorted"`, the whole history read and sorted (a list with neither an order nor a time
   * filter: the CLI says so on stderr).
   */
  readonly newest: "list" | "windows" | "sorted";
}

/**
 * Everything Switchboard knows about one provider, in one place: `packages/sdk/src/providers/<name>.ts`
 * exports one descriptor, and the registry (`src/generated/registry.ts`, generated from that folder), the
 * CLI, the docs build, the mapping matrix, the demo and the benchmarks all read it from there.
 *
 * @typeParam Name - the provider id (`"openmic"`): also the name of `specs/<name>.yaml`.
 * @typeParam Client - the provider package's client type.
 * @typeParam Id - the type of its call ids (`string`, or `number` for ThinnestAI).
 * @typeParam Params - its list parameters.
 * @typeParam Options - its client options (credentials and {@link CommonClientOptions}).
 */
export interface ProviderDescriptor<
  Name extends string = string,
  Client = unknown,
  Id = unknown,
  Params = unknown,
  Options extends CommonClientOptions = CommonClientOptions,
> {
  /** Provider id, lower case (`"openmic"`); the unified `Call.provider`. */
  readonly name: Name;
  /** Name for people (`"OpenMic"`). */
  readonly displayName: string;
  /** The provider's public API reference. */
  readonly docsUrl: string;
  /** The npm package of its client (`"@switchboard/openmic"`). */
  readonly packageName: string;
  /** Its credentials, in the order the provider's docs give them. */
  readonly credentials: readonly CredentialDescriptor[];
  /** The environment variable that overrides the base URL (`OPENMIC_BASE_URL`). */
  readonly baseUrlEnv: string;
  /** The production base URL. */
  readonly defaultBaseUrl: string;
  /** The list endpoint's pagination style. */
  readonly pagination: "offset" | "page" | "cursor";
  /** How `iterateCalls` walks that list: concurrency, snapshot, rate limit, guarantee (docs/mapping.md). */
  readonly listing: ListingDescriptor;
  /**
   * The order of the list endpoint: `"newest"` when the provider documents (or lets us ask for) newest
   * first, `"unspecified"` otherwise; an unspecified stream is read whole and sorted before the merge.
   */
  readonly order: "newest" | "unspecified";
  /** The call id's type as the API has it: `"string"`, or `"integer"` (ThinnestAI). */
  readonly idType: "string" | "integer";
  /**
   * The call id as the unified `Call.id` carries it (a string) → the client's id type.
   * @throws {InvalidCallIdError} when it is not a valid id for this provider.
   */
  parseId(id: string): Id;
  /** Creates the provider's client. @throws {SwitchboardError} for a missing or empty credential. */
  createClient(options: Options): Client;
  /** Fresh list parameters for a full listing (page size, sort order), before filters. */
  listParams(): Params;
  /** The unified filters this provider can send natively. */
  readonly filters: NativeFilters<Params>;
  /** Gets one call (the provider's record, envelope unwrapped). */
  getCall(client: Client, id: Id, options?: RequestOptions): APIPromise<unknown>;
  /** Fetches the first page of a listing; `page.getNextPage()` walks on. */
  listCalls(
    client: Client,
    params: Params,
    options?: RequestOptions,
  ): APIPromise<Page<unknown, Params, unknown>>;
  /** The normalizer of its records (Get Call objects and list rows). @throws {NormalizeError}. */
  normalize(record: unknown): Call;
  /** Its webhooks: authentication, verification, normalization ({@link WebhookDescriptor}). */
  readonly webhook: WebhookDescriptor;
}

/** Any provider descriptor (for registries and loops). */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds descriptors of every client and id type.
export type AnyProviderDescriptor = ProviderDescriptor<string, any, any, any, any>;

/**
 * Declares a provider descriptor with its types inferred (an identity function): the one thing a new
 * provider adds to `@switchboard/sdk` is `src/providers/<name>.ts` exporting `defineProvider({...})`.
 */
export function defineProvider<Name extends string, Client, Id, Params, Options extends CommonClientOptions>(
  descriptor: ProviderDescriptor<Name, Client, Id, Params, Options>,
): ProviderDescriptor<Name, Client, Id, Params, Options> {
  return descriptor;
}
