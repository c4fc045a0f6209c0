import { normalizeBlandCall } from "./bland/normalize-bland-call.js";
import { normalizeButterCall } from "./butter/normalize-butter-call.js";
import type { Call, Provider } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeOpenMicCall } from "./openmic/normalize-openmic-call.js";
import { normalizeRetellCall } from "./retell/normalize-retell-call.js";
import { normalizeThinnestAICall } from "./thinnestai/normalize-thinnestai-call.js";
import { normalizeVapiCall } from "./vapi/normalize-vapi-call.js";
import { normalizeZuduCall } from "./zudu/normalize-zudu-call.js";

/** Every provider's normalizer, by provider id. */
export const NORMALIZERS: Readonly<Record<Provider, ((call: unknown) => Call) | undefined>> = {
  openmic: normalizeOpenMicCall,
  zudu: normalizeZuduCall,
  thinnestai: normalizeThinnestAICall,
  butter: normalizeButterCall,
  vapi: normalizeVapiCall,
  bland: normalizeBlandCall,
  retell: normalizeRetellCall,
};

/** The providers {@link normalizeCall} accepts. */
export const PROVIDERS = Object.keys(NORMALIZERS) as Provider[];

/**
 * Normalizes one provider call record (as its client returns it: envelopes already unwrapped) into the
 * unified {@link Call}. Equivalent to calling the provider's own `normalize<Provider>Call`.
 *
 * @param provider - `"openmic" | "zudu" | "thinnestai" | "butter" | "vapi" | "bland" | "retell"`.
 * @param call - the provider's call object; it is not modified and is returned as `raw`.
 * @throws {NormalizeError} for an unknown provider, a payload that is not an object, or a missing/mistyped
 *   call id or agent id (with `provider` and `path`), and for any failure no check foresaw (never another
 *   error class). Any other problem is a `warnings` entry.
 */
export function normalizeCall(provider: Provider, call: unknown): Call {
  const normalize = Object.hasOwn(NORMALIZERS, provider) ? NORMALIZERS[provider] : undefined;
  if (!normalize) {
    throw new NormalizeError(
      String(provider),
      "",
      `unknown provider; expected one of ${PROVIDERS.join(", ")}`,
    );
  }
  try {
    return normalize(call);
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
