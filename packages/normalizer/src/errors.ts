import { brandErrorClass, SwitchboardError } from "@switchboard/core/errors";

/**
 * Thrown when a payload cannot be normalized at all: it is not an object, or its identity (call id,
 * agent id) is missing or of the wrong type. Everything less serious becomes a `warnings` entry instead. A
 * {@link SwitchboardError}, branded: `instanceof` holds across this package's ESM and CommonJS copies.
 */
export class NormalizeError extends SwitchboardError {
  override name = "NormalizeError" as const;
  /** The provider whose payload failed (`"openmic"`, …), or the unknown provider name that was asked for. */
  override readonly provider: string;
  /** Dotted path of the offending field in the provider payload (e.g. `"call_id"`); `""` for the payload itself. */
  readonly path: string;

  constructor(provider: string, path: string, problem: string) {
    super(`${provider}: ${path ? `${path}: ` : ""}${problem}`, { provider });
    this.provider = provider;
    this.path = path;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), path: this.path };
  }
}
brandErrorClass(NormalizeError, "@switchboard/normalizer:NormalizeError");
