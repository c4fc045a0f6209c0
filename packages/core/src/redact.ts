/** The text that stands in for a secret wherever one would appear. */
export const REDACTED = "[REDACTED]";

/**
 * Header names whose values are credentials. Matched case-insensitively: `Authorization`,
 * `Proxy-Authorization`, `Cookie`, `Set-Cookie`, every `X-API-*` header (`X-API-KEY`, `X-API-SECRET`,
 * `X-Api-Key`), and any header whose name contains `token`, `secret` or `key`.
 */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-.*)$|token|secret|key/i;

/** The shortest start of a secret that is redacted at the end of a text cut short. */
const MIN_PARTIAL = 6;

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
 * than 4 characters are ignored, so that redaction never mangles ordinary text. Each secret is also matched
 * in its JSON-escaped and URL-encoded forms (as it would appear inside a JSON text or a URL).
 *
 * A text that ends with the first 6 or more characters of a secret (a body the server cut short) has that
 * tail redacted too. Redaction always runs on the whole text or value, before anything is cut to a snippet, and `value` walks
 * values of any depth (iteratively: a body nested 100 000 levels deep neither overflows the stack nor
 * keeps a secret below some depth).
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const base = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4);
  const variants = base.flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  const known = [...new Set(variants)].sort((a, b) => b.length - a.length);
  const string = (text: string): string => {
    let out = text;
    for (const secret of known) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    // A text cut short (a truncated body) may end with the start of a secret: redact that too (≥ 6 characters).
    for (const secret of known) {
      for (let n = secret.length - 1; n >= MIN_PARTIAL; n--) {
        if (out.endsWith(secret.slice(0, n))) {
          out = `${out.slice(0, out.length - n)}${REDACTED}`;
          break;
        }
      }
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
    if (typeof input === "string") return string(input) as T;
    if (input === null || typeof input !== "object") return input;
    // Iterative deep copy: a work list of (source, target) pairs instead of recursion.
    const root: unknown = Array.isArray(input) ? [] : {};
    const work: [object, Record<string | number, unknown>][] = [
      [input as object, root as Record<string, unknown>],
    ];
    const seen = new Map<object, unknown>([[input as object, root]]); // shared or cyclic references
    const copy = (v: unknown): unknown => {
      if (typeof v === "string") return string(v);
      if (v === null || typeof v !== "object") return v;
      if (seen.has(v)) return seen.get(v);
      const target = Array.isArray(v) ? [] : {};
      seen.set(v, target);
      work.push([v, target as Record<string, unknown>]);
      return target;
    };
    for (let item = work.pop(); item; item = work.pop()) {
      const [source, target] = item;
      if (Array.isArray(source)) {
        for (let i = 0; i < source.length; i++) target[i] = copy(source[i]);
      } else {
        for (const [k, x] of Object.entries(source)) {
          // defineProperty: a `__proto__` key stays a plain key.
          Object.defineProperty(target, string(k), {
            value: copy(x),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
    }
    return root as T;
  };
  return { string, headers, value };
}
