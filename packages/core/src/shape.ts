/** A JSON shape: `"object"` (a plain object, not an array or `null`) or `"array"`. */
export type JsonShape = "object" | "array";

/**
 * What a provider operation's 2xx body must look like. It is checked on every answer, whether or not
 * `validateResponses` is on, so that a body of the wrong shape is an `InvalidResponseBodyError` rather than a
 * `TypeError` inside the client or a silently empty page.
 *
 * @example { body: "object", arrays: ["calls"] } // OpenMic listCalls: an object whose `calls` is an array
 */
export interface BodyExpectation {
  /** The shape of the body as received (before `unwrap`). */
  body: JsonShape;
  /** The shape of what `unwrap` returns (the envelope's `data`, …). Default: not checked beyond `body`. */
  result?: JsonShape | undefined;
  /** Dotted paths, in what `unwrap` returns (or the body), that must hold an array (`"calls"`). */
  arrays?: readonly string[] | undefined;
  /** Dotted paths, in what `unwrap` returns (or the body), that must hold an object. */
  objects?: readonly string[] | undefined;
}

/** The type of a JSON value in words, never its content (it may hold anything, secrets included). */
export function jsonKind(value: unknown): string {
  if (value === undefined) return "no body";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

const matches = (value: unknown, shape: JsonShape): boolean =>
  shape === "array"
    ? Array.isArray(value)
    : typeof value === "object" && value !== null && !Array.isArray(value);

const article = (shape: JsonShape) => (shape === "array" ? "an array" : "an object");

/** Checks `value` against `shape` at the root; returns what was expected and what came, or `undefined`. */
export function checkRoot(value: unknown, shape: JsonShape, where: string): string | undefined {
  return matches(value, shape) ? undefined : `expected ${article(shape)} ${where}, got ${jsonKind(value)}`;
}

/** Checks the dotted paths of an expectation in `value`; returns the first mismatch in words, or `undefined`. */
export function checkPaths(value: unknown, expectation: BodyExpectation): string | undefined {
  const checks: [string, JsonShape][] = [
    ...(expectation.arrays ?? []).map((p): [string, JsonShape] => [p, "array"]),
    ...(expectation.objects ?? []).map((p): [string, JsonShape] => [p, "object"]),
  ];
  for (const [path, shape] of checks) {
    let node: unknown = value;
    for (const key of path.split(".")) {
      node = matches(node, "object") ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (!matches(node, shape)) return `expected ${article(shape)} at "${path}", got ${jsonKind(node)}`;
  }
  return undefined;
}
