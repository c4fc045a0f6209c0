/**
 * The configuration half of `createSwitchboard`: which providers are used and with which client options,
 * from explicit `providers` options or from the environment, each checked (credentials, base URLs, option
 * names) before any client exists. The listing and the merge are in `listing.ts`.
 */
import { COMMON_CLIENT_OPTION_KEYS, type CommonClientOptions } from "@switchboard/core";
import type { ProviderName, SwitchboardOptions } from "./client.js";
import type { AnyProviderDescriptor } from "./descriptor.js";
import { ConfigurationError, invalidArgument } from "./errors.js";
import { DESCRIPTORS } from "./generated/registry.js";

/** Every descriptor, in alphabetical order of provider id. */
const PROVIDERS: readonly AnyProviderDescriptor[] = Object.values(DESCRIPTORS);
/** Every provider id, in alphabetical order. */
const PROVIDER_NAMES = Object.keys(DESCRIPTORS);

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
 * The clients of the providers `options` configures, by provider id: every common client option reaches
 * every provider's client, and a key that is neither a common option nor one of `createSwitchboard`'s is
 * refused, not dropped.
 *
 * @throws {ConfigurationError} when no provider is configured, a listed provider lacks a required
 *   credential, a credential is blank, or a base URL is not an http(s) URL (naming the variable or option).
 * @throws {InvalidArgumentError} for an unknown provider name in `providers` or `only`, or an unknown option.
 * @throws {SwitchboardError} from a provider's client factory (e.g. a negative `timeoutMs`).
 */
export function configureClients(options: SwitchboardOptions): Map<string, unknown> {
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
  return clients;
}
