import { InvalidCallIdError } from "./errors.js";

/** A parser for string call ids: any non-blank string. */
export function stringId(provider: string): (id: string) => string {
  return (id) => {
    if (typeof id !== "string" || id.trim() === "")
      throw new InvalidCallIdError(provider, String(id), "a non-empty string");
    return id;
  };
}

/**
 * A parser for integer call ids given as their decimal string (the unified `Call.id` of ThinnestAI is
 * `"77"`): digits only, a safe integer.
 */
export function integerId(provider: string): (id: string) => number {
  return (id) => {
    const n = typeof id === "string" && /^\d+$/.test(id) ? Number(id) : Number.NaN;
    if (!Number.isSafeInteger(n))
      throw new InvalidCallIdError(provider, String(id), "a whole number such as 77");
    return n;
  };
}
