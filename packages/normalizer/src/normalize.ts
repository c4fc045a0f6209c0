import type { Call } from "./call.js";
import { NormalizeError } from "./errors.js";
import { CALL_NORMALIZERS, type ProviderCallTypes } from "./generated/registry.js";

/**
 * The call records each provider's client returns, by provider id: what {@link normalizeCall} accepts for
 * that provider (a Get Call object, or a list row). Generated from the provider folders of `src/`.
 */
export type { ProviderCallTypes };

/** The providers this package has a normalizer for. */
export type NormalizerProvider = keyof ProviderCallTypes;

/** Every provider's normalizer, by provider id (the generated registry of the provider folders). */
export const NORMALIZERS: Readonly<Record<NormalizerProvider, (call: unknown) => Call>> = CALL_NORMALIZERS;

/** The providers {@link normalizeCall} accepts. */
export const PROVIDERS = Object.keys(NORMALIZERS) as NormalizerProvider[];

/**
 * Normalizes one provider call record (as its client returns it: envelopes already unwrapped) into the
 * unified {@link Call}. Equivalent to calling the provider's own `normalize<Provider>Call`. The record's
 * type is checked per provider at compile time (`normalizeCall("thinnestai", openMicCall)` does not
 * compile); for JSON of unknown shape use {@link normalizeUnknownCall}.
 *
 * @param provider - a provider id of the registry ({@link PROVIDERS}).
 * @param call - the provider's call object ({@link ProviderCallTypes}); not modified, returned as `raw`.
 * @throws {NormalizeError} for a missing/mistyped call id or agent id (with `provider` and `path`), and for
 *   any failure no check foresaw (never another error class). Any other problem is a `warnings` entry.
 */
export function normalizeCall<P extends NormalizerProvider>(provider: P, call: ProviderCallTypes[P]): Call {
  return normalizeUnknownCall(provider, call);
}

/**
 * Normalizes JSON of unknown shape (a webhook body, a stored record) from `provider` into a {@link Call}.
 * Every field is checked at run time: a wrong type is a `warnings` entry, never a silent coercion.
 *
 * @param provider - a provider id; checked at run time.
 * @throws {NormalizeError} for an unknown provider (path `""`), a payload that is not an object, or a
 *   missing/mistyped call id or agent id (with `provider` and `path`).
 */
export function normalizeUnknownCall(provider: string, json: unknown): Call {
  const normalize = Object.hasOwn(NORMALIZERS, provider)
    ? NORMALIZERS[provider as NormalizerProvider]
    : undefined;
  if (!normalize) {
    throw new NormalizeError(
      String(provider),
      "",
      `unknown provider; expected one of ${PROVIDERS.join(", ")}`,
    );
  }
  try {
    return normalize(json);
  } catch (error) {
    if (error instanceof NormalizeError) throw error;
    // Never another class: a failure no check foresaw is reported as a NormalizeError of the whole payload.
    throw new NormalizeError(
      provider,
      "",
      `could not be normalized (${error instanceof Error ? error.name : "error"})`,
    );
  }
}
