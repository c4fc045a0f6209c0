import { NormalizeError } from "../errors.js";

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Describes a value for a warning: its type and a short JSON excerpt (40 characters). A value too deep to
 * stringify (a free-form value nested thousands of levels, where `JSON.stringify` throws `RangeError`) is
 * named by its type only.
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return typeof value === "object" ? "an object" : typeof value;
  }
  return `${typeof value} ${text && text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

/**
 * A provider field path for a warning (`transcripts[3].created_at`), or a function building it: per-item
 * paths are built only when there is something to warn about, not for every item of every call.
 */
export type Path = string | (() => string);

/**
 * The state of one normalization: the provider name (for errors) and the warnings collected so far.
 * Readers return `undefined` for an absent or `null` field, and add a warning (naming the field path) for a
 * present field of the wrong type, so a bad value is reported, never silently dropped or coerced.
 */
export class Ctx {
  readonly warnings: string[] = [];
  constructor(readonly provider: string) {}

  /** Records a warning `<path>: <problem>` (a {@link Path} function is called only here). */
  warn(path: Path, problem: string): void {
    this.warnings.push(`${typeof path === "function" ? path() : path}: ${problem}`);
  }

  /** The payload itself, checked to be an object. @throws {NormalizeError} when it is not. */
  root(payload: unknown): JsonObject {
    if (!isObject(payload)) {
      throw new NormalizeError(this.provider, "", `expected a call object, got ${describe(payload)}`);
    }
    return payload;
  }

  /**
   * A required identity string (non-empty). With `integer: true`, a safe integer is accepted too and
   * returned as its decimal string (ThinnestAI's integer call ids).
   * @throws {NormalizeError} naming `path` when missing or mistyped.
   */
  id(value: unknown, path: string, options: { integer?: boolean } = {}): string {
    if (typeof value === "string" && value !== "") return value;
    if (options.integer && typeof value === "number" && Number.isSafeInteger(value)) return String(value);
    const expected = options.integer ? "an integer or a non-empty string" : "a non-empty string";
    throw new NormalizeError(
      this.provider,
      path,
      value === undefined ? "is required but missing" : `expected ${expected}, got ${describe(value)}`,
    );
  }

  /** An optional string; `""` counts as absent. */
  string(value: unknown, path: Path): string | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "string") return value;
    this.warn(path, `expected a string, got ${describe(value)}`);
    return undefined;
  }

  /** An optional finite number; with `nonNegative`, a negative value is a warning too. */
  number(value: unknown, path: Path, opts: { nonNegative?: boolean } = {}): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.warn(path, `expected a finite number, got ${describe(value)}`);
      return undefined;
    }
    if (opts.nonNegative && value < 0) {
      this.warn(path, `expected a number ≥ 0, got ${value}`);
      return undefined;
    }
    return value;
  }

  /** An optional boolean. */
  boolean(value: unknown, path: Path): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    this.warn(path, `expected a boolean, got ${describe(value)}`);
    return undefined;
  }

  /** An optional object. */
  object(value: unknown, path: Path): JsonObject | undefined {
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    this.warn(path, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  /** An optional array. */
  array(value: unknown, path: Path): unknown[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value;
    this.warn(path, `expected an array, got ${describe(value)}`);
    return undefined;
  }

  /** An optional array of strings; non-string items are warned about and left out. */
  strings(value: unknown, path: Path): string[] | undefined {
    const list = this.array(value, path);
    if (!list) return undefined;
    const out: string[] = [];
    list.forEach((item, i) => {
      if (typeof item === "string") out.push(item);
      else
        this.warn(
          `${typeof path === "function" ? path() : path}[${i}]`,
          `expected a string, got ${describe(item)}`,
        );
    });
    return out;
  }
}

/**
 * A deep copy of a free-form JSON value for `metadata`, so that changing the result never changes `raw`.
 * Keys are defined as own data properties: a `__proto__` key stays a plain key and reaches no prototype.
 * Non-JSON leaves (functions, symbols) are copied by reference. Depth is capped at 64 (deeper values are
 * shared, not copied).
 */
export function cloneData<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== "object" || depth > 64) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData(value[i], depth + 1);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneData((value as Record<string, unknown>)[key], depth + 1);
    if (key === "__proto__")
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/**
 * `value` without the keys whose value is `undefined`, so absent stays absent in JSON and in deep-equality:
 * `value` itself when it has none (callers pass objects they have just built, never the provider's input),
 * else a copy without them (a copy rather than `delete`, which would slow every later access to the object).
 */
export function compact<T extends object>(value: T): T {
  for (const key in value) if (value[key] === undefined) return withoutUndefined(value);
  return value;
}

function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item !== undefined) out[key] = item;
  }
  return out as T;
}

/** Returns `value` if the object has at least one key after {@link compact}, else `undefined`. */
export function nonEmpty<T extends object>(value: T): T | undefined {
  const out = compact(value);
  for (const _ in out) return out;
  return undefined;
}
