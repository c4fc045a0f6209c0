import { normalizeBlandCall } from "./bland/normalize-bland-call.js";
import type { BlandCall } from "./bland/types.js";
import type { ButterCall, ButterCallListItem } from "./butter/butter-call.js";
import { normalizeButterCall } from "./butter/normalize-butter-call.js";
import type { Call } from "./call.js";
import { NormalizeError } from "./errors.js";
import { normalizeOpenMicCall } from "./openmic/normalize-openmic-call.js";
import type { OpenMicCall } from "./openmic/openmic-call.js";
import { normalizeRetellCall } from "./retell/normalize-retell-call.js";
import type { RetellCall } from "./retell/types.js";
import { normalizeThinnestAICall } from "./thinnestai/normalize-thinnestai-call.js";
import type { ThinnestAICall, ThinnestAICallSummary } from "./thinnestai/thinnestai-call.js";
import { normalizeVapiCall } from "./vapi/normalize-vapi-call.js";
import type { VapiCall } from "./vapi/types.js";
import { normalizeZuduCall } from "./zudu/normalize-zudu-call.js";
import type { ZuduCall } from "./zudu/zudu-call.js";

/**
 * The call records each provider's client returns, by provider id: what {@link normalizeCall} accepts for
 * that provider (a Get Call object, or a list row).
 */
export interface ProviderCallTypes {
  /** `GET /v1/call/{id}` and the rows of `GET /v1/calls` (whole calls). */
  openmic: OpenMicCall;
  /** The `data` of `GET /api/calls/{call_id}` and the rows of `POST /api/calls` (whole calls). */
  zudu: ZuduCall;
  /** `GET /v2/calls/{call_id}` (`Call`) or a row of `GET /v2/calls` (`CallSummary`, no transcript). */
  thinnestai: ThinnestAICall | ThinnestAICallSummary;
  /** The `data` of `GET /api/calls/{call_sid}` (`Call`) or a row of `GET /api/calls` (`CallListItem`). */
  butter: ButterCall | ButterCallListItem;
  /** `GET /v2/get-call/{call_id}` and the items of `POST /v3/list-calls` (whole calls). */
  retell: RetellCall;
  /** `GET /call/{id}` and the rows of `GET /call` (whole calls). */
  vapi: VapiCall;
  /** `GET /v1/calls/{call_id}` and the rows of `GET /v1/calls`. */
  bland: BlandCall;
}

/** The providers this package has a normalizer for. */
export type NormalizerProvider = keyof ProviderCallTypes;

/** Every provider's normalizer, by provider id. */
export const NORMALIZERS: Readonly<Record<NormalizerProvider, (call: unknown) => Call>> = {
  openmic: normalizeOpenMicCall,
  zudu: normalizeZuduCall,
  thinnestai: normalizeThinnestAICall,
  butter: normalizeButterCall,
  retell: normalizeRetellCall,
  vapi: normalizeVapiCall,
  bland: normalizeBlandCall,
};

/** The providers {@link normalizeCall} accepts. */
export const PROVIDERS = Object.keys(NORMALIZERS) as NormalizerProvider[];

/**
 * Normalizes one provider call record (as its client returns it: envelopes already unwrapped) into the
 * unified {@link Call}. Equivalent to calling the provider's own `normalize<Provider>Call`. The record's
 * type is checked per provider at compile time (`normalizeCall("thinnestai", openMicCall)` does not
 * compile); for JSON of unknown shape use {@link normalizeUnknownCall}.
 *
 * @param provider - `"openmic" | "zudu" | "thinnestai" | "butter" | "retell" | "vapi" | "bland"`.
 * @param call - the provider's call object ({@link ProviderCallTypes}); not modified, returned as `raw`.
 * @throws {NormalizeError} for a missing/mistyped call id or agent id (with `provider` and `path`), and for
 *   any failure no check foresaw (never another error class). Any other problem is a `warnings` entry.
 */
export function normalizeCall(provider: "openmic", call: OpenMicCall): Call;
export function normalizeCall(provider: "zudu", call: ZuduCall): Call;
export function normalizeCall(provider: "thinnestai", call: ThinnestAICall | ThinnestAICallSummary): Call;
export function normalizeCall(provider: "butter", call: ButterCall | ButterCallListItem): Call;
export function normalizeCall(provider: "retell", call: RetellCall): Call;
export function normalizeCall(provider: "vapi", call: VapiCall): Call;
export function normalizeCall(provider: "bland", call: BlandCall): Call;
export function normalizeCall<P extends NormalizerProvider>(provider: P, call: ProviderCallTypes[P]): Call;
export function normalizeCall(provider: NormalizerProvider, call: unknown): Call {
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
