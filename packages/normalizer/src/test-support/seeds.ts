import type { Provider } from "../call.js";
import { loadSpec } from "./arbitrary.js";

/**
 * The call object of a provider's `getCall` example named `seed` in `specs/<provider>.yaml` (the
 * reference page's own example): the example itself, or its `data` for enveloped APIs (Zudu, Butter).
 * `example` picks another named example (Vapi's reference has no example of its own: `realistic`).
 */
export function seedCall(provider: Provider, example = "seed"): Record<string, unknown> {
  type Operation = {
    operationId?: string;
    responses: Record<
      string,
      { content: Record<string, { examples: Record<string, { value: Record<string, unknown> }> }> }
    >;
  };
  const spec = loadSpec(provider) as { paths: Record<string, Record<string, Operation>> };
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== "getCall") continue;
      const value = op.responses["200"]?.content["application/json"]?.examples[example]?.value as Record<
        string,
        unknown
      >;
      const data = value.data;
      return data && typeof data === "object" && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : value;
    }
  }
  throw new Error(`no getCall ${example} example in specs/${provider}.yaml`);
}

/** Every leaf path of a JSON value (arrays by index). */
export function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === "object") {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [path];
    return entries.flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  return [path];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function withLeaf<T>(value: T, path: (string | number)[], leaf: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = leaf;
  return copy as T;
}
