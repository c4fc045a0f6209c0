/** Marks a `NormalizeError` for `instanceof` across the ESM and CommonJS copies of this package. */
const BRAND = Symbol.for("@switchboard/normalizer.NormalizeError");

/**
 * Thrown when a payload cannot be normalized at all: it is not an object, or its identity (call id,
 * agent id) is missing or of the wrong type. Everything less serious becomes a `warnings` entry instead.
 */
export class NormalizeError extends Error {
  override name = "NormalizeError" as const;
  /** The provider whose payload failed (`"openmic"`, …), or the unknown provider name that was asked for. */
  readonly provider: string;
  /** Dotted path of the offending field in the provider payload (e.g. `"call_id"`); `""` for the payload itself. */
  readonly path: string;

  constructor(provider: string, path: string, problem: string) {
    super(`${provider}: ${path ? `${path}: ` : ""}${problem}`);
    this.provider = provider;
    this.path = path;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /**
   * True for a `NormalizeError` from any copy of this package, ESM (`dist/`) or CommonJS (`dist/cjs/`):
   * the brand is a `Symbol.for` symbol, shared by both. A subclass of your own keeps the prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): value is NormalizeError {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass included.
    if (this !== NormalizeError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
