/**
 * Reading the specs in specs/ from the repository's scripts (mapping matrix, benchmarks).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { root } from "./packages.mjs";

/** `specs/<name>.yaml` as JSON, or `undefined` when there is no such spec. */
export function loadSpec(name) {
  try {
    return parse(readFileSync(join(root, "specs", `${name}.yaml`), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The call object of the `getCall` example named `seed` (the reference page's own example): the example
 * itself, or its `data` for enveloped APIs (Zudu, Butter). `undefined` when the spec has none.
 */
export function seedCall(spec) {
  for (const item of Object.values(spec?.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== "getCall") continue;
      const value = op.responses?.["200"]?.content?.["application/json"]?.examples?.seed?.value;
      const data = value?.data;
      return data && typeof data === "object" && !Array.isArray(data) ? data : value;
    }
  }
  return undefined;
}

/**
 * The call object of the first `getCall` example (the one Prism's static mode serves), unwrapped from an
 * envelope's `data` (Zudu, Butter). `undefined` when the spec has none.
 */
export function firstGetCallExample(spec) {
  for (const item of Object.values(spec?.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== "getCall") continue;
      const content = op.responses?.["200"]?.content?.["application/json"];
      const first = Object.values(content?.examples ?? {})[0];
      let value = first?.value ?? content?.example;
      if (!value && typeof first?.$ref === "string")
        value = spec.components?.examples?.[first.$ref.split("/").pop()]?.value;
      const data = value?.data;
      return data && typeof data === "object" && !Array.isArray(data) ? data : value;
    }
  }
  return undefined;
}
