import { brandErrorClass, InvalidArgumentError, SwitchboardError } from "@switchboard/core";

/**
 * The configuration of a provider is unusable: a required credential is missing or blank, or a base URL is
 * not an http(s) URL. Names the provider and the option or environment variable, never its value.
 */
export class ConfigurationError extends SwitchboardError {
  override name = "ConfigurationError";
  /** The option or environment variable at fault (`OPENMIC_API_KEY`, `providers.zudu.apiSecret`). */
  readonly field: string;
  constructor(provider: string | undefined, field: string, problem: string) {
    super(`${provider ? `${provider}: ` : ""}${field} ${problem}`, { provider });
    this.field = field;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}
brandErrorClass(ConfigurationError, "@switchboard/sdk:ConfigurationError");

/** A call id that cannot be one of this provider's ids (e.g. `"abc"` for ThinnestAI's integer ids). */
export class InvalidCallIdError extends SwitchboardError {
  override name = "InvalidCallIdError";
  /** The id as given. */
  readonly id: string;
  constructor(provider: string, id: string, expected: string) {
    super(`${provider}: invalid call id ${JSON.stringify(id)}: expected ${expected}`, { provider });
    this.id = id;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), id: this.id };
  }
}
brandErrorClass(InvalidCallIdError, "@switchboard/sdk:InvalidCallIdError");

export { InvalidArgumentError };

/**
 * A bad argument of a Switchboard method (an unknown provider, a filter value, a limit): core's
 * {@link InvalidArgumentError} (one class for every bad argument, whatever the package), with `argument` the
 * argument path, e.g. `since`, `providers[1]`.
 */
export function invalidArgument(field: string, problem: string, provider?: string): InvalidArgumentError {
  return new InvalidArgumentError(`${provider ? `${provider}: ` : ""}${field}: ${problem}`, {
    provider,
    argument: field,
  });
}

/** One provider's failure during a multi-provider listing. */
export interface ProviderFailure {
  /** The provider that failed; its listing stopped there (no further request was made). */
  provider: string;
  /** The typed error (`AuthenticationError`, `APITimeoutError`, `InternalServerError`, `NormalizeError`, …). */
  error: Error;
  /** The provider's request id of the failed answer, when it sent one. */
  requestId: string | undefined;
}
