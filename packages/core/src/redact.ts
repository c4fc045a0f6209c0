/** The text that stands in for a secret wherever one would appear. */
export const REDACTED = "[REDACTED]";

/**
 * Header names whose values are credentials. Matched case-insensitively: `Authorization`,
 * `Proxy-Authorization`, `Cookie`, `Set-Cookie`, every `X-API-*` header (`X-API-KEY`, `X-API-SECRET`,
 * `X-Api-Key`), and any header whose name contains `token`, `secret` or `key`.
 */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-.*)$|token|secret|key/i;

/** Removes secrets from text, headers and arbitrary JSON-like values. */
export interface Redactor {
  /** Replaces every occurrence of every known secret in `text` with `[REDACTED]`. */
  string(text: string): string;
  /**
   * Copies headers into a plain object (lower-case names), with credential headers' values replaced by
   * `[REDACTED]` and any known secret inside other values replaced too.
   */
  headers(headers: Headers | Record<string, string> | undefined): Record<string, string>;
  /** Deep-copies a JSON-like value, redacting secrets inside every string (keys and values). */
  value<T>(value: T): T;
}

/**
 * Creates a {@link Redactor} for a client's secrets (API keys, API secrets). Empty secrets and secrets shorter
 * than 4 characters are ignored, so that redaction never mangles ordinary text.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const known = [...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= 4))].sort(
    (a, b) => b.length - a.length,
  );
  const string = (text: string): string => {
    let out = text;
    for (const secret of known) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  };
  const headers = (input: Headers | Record<string, string> | undefined): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!input) return out;
    const entries = input instanceof Headers ? [...input.entries()] : Object.entries(input);
    for (const [name, value] of entries) {
      const lower = name.toLowerCase();
      out[lower] = SENSITIVE_HEADER.test(lower) ? REDACTED : string(String(value));
    }
    return out;
  };
  const value = <T>(input: T): T => {
    if (known.length === 0) return input;
    const walk = (v: unknown, depth: number): unknown => {
      if (typeof v === "string") return string(v);
      if (v === null || typeof v !== "object" || depth > 64) return v;
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[string(k)] = walk(x, depth + 1);
      return out;
    };
    return walk(input, 0) as T;
  };
  return { string, headers, value };
}
