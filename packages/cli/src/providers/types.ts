import type { IterateOptions, RequestOptions } from "@switchboard/core";
import type { Call, Provider } from "@switchboard/normalizer";

/** Filters the CLI can pass to a provider's list operation (each provider maps what it supports). */
export interface ListFilters {
  /** Unified status; mapped to the provider's filter when it has one (always re-checked after normalizing). */
  status?: string | undefined;
  /** Only calls started at or after this ISO 8601 time. */
  since?: string | undefined;
}

/** A provider as the CLI uses it: credentials from the environment, unified calls out. */
export interface CliProvider {
  name: Provider;
  /** Environment variables that must be set for this provider. */
  requiredEnv: string[];
  /** Environment variables that may be set (base URL, organization id). */
  optionalEnv: string[];
  /**
   * Builds the provider's client from `env` and returns its operations, yielding normalized calls.
   * Called only when every `requiredEnv` variable is set.
   */
  connect(env: Record<string, string | undefined>): ProviderConnection;
}

/** A connected provider: the client's operations, normalized. */
export interface ProviderConnection {
  /** Every call matching `filters`, normalized, across pages. */
  iterate(filters: ListFilters, options: IterateOptions): AsyncIterable<Call>;
  /** One call: the provider's raw object and its normalized form. */
  get(id: string, options: RequestOptions): Promise<{ raw: unknown; call: Call }>;
}
